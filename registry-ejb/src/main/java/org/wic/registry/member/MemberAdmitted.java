package org.wic.registry.member;

import org.wic.registry.caller.Caller;

/**
 * Fired, synchronously and inside the approval's transaction, when an application makes a new
 * member: whatever observes it (the first dues invoice, for one) commits or fails with the approval.
 */
public record MemberAdmitted(Member member, long applicationId, Caller admittedBy) {
}
