package org.wic.registry.dues;

/** Where a dues run stands. A FAILED run (or one a crash left RUNNING) can be resumed. */
public enum DuesRunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
