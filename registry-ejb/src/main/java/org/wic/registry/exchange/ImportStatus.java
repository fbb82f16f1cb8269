package org.wic.registry.exchange;

/** Where a members import stands: RUNNING until it has written every member (COMPLETED) or nothing (FAILED). */
public enum ImportStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
