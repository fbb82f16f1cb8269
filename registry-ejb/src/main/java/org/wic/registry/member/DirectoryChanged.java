package org.wic.registry.member;

/**
 * Fired, synchronously and inside the changing transaction, when something of a member the public
 * directory shows has changed: the change feed records it in that transaction, or neither happens.
 */
public record DirectoryChanged(Member member, Type type) {

    /** What happened, as the change feed names it. */
    public enum Type { MEMBER_CREATED, MEMBER_UPDATED, MEMBER_STATUS_CHANGED, MEMBER_TIER_CHANGED }
}
