package org.wic.registry.member;

/** Where a membership stands; every change of it records a reason and who made it. */
public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    /** Left on its own request. */
    WITHDRAWN,
    TERMINATED
}
