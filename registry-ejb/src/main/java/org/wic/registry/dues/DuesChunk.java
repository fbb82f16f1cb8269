package org.wic.registry.dues;

import java.util.List;

/** Fired inside a chunk's transaction before its members are invoiced: an observer that fails makes the chunk fail. */
public record DuesChunk(long runId, int year, List<Long> memberIds) {
}
