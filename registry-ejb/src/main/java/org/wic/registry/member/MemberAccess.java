package org.wic.registry.member;

import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.NotPermittedException;

/**
 * Who reaches a member's private record (address, contacts, status history, invoices): the
 * secretariat, and the member's own representatives. Checked on the object, in every use case
 * that reads or writes it, not only on the endpoint.
 */
public final class MemberAccess {

    private MemberAccess() {
    }

    public static boolean canSeePrivate(Caller caller, Member member) {
        return caller.is(Role.SECRETARIAT) || caller.represents(member.number().toString());
    }

    /** @throws NotPermittedException for anyone else, a representative of another member too */
    public static void requirePrivate(Caller caller, Member member) {
        if (!canSeePrivate(caller, member)) {
            throw new NotPermittedException(caller.is(Role.MEMBER)
                    ? "A member's representative reaches its own member's records only."
                    : "This needs the role SECRETARIAT, or a representative of " + member.number() + ".");
        }
    }

    /**
     * Who may change a member's records: the secretariat, and its own representatives while the
     * membership lasts; a representative of a TERMINATED or WITHDRAWN member still reads them.
     *
     * @throws NotPermittedException for anyone else
     */
    public static void requireEditable(Caller caller, Member member) {
        requirePrivate(caller, member);
        boolean ended = member.status() == MemberStatus.TERMINATED || member.status() == MemberStatus.WITHDRAWN;
        if (ended && !caller.is(Role.SECRETARIAT)) {
            throw new NotPermittedException("The membership of " + member.number() + " has ended (" + member.status()
                    + "): its representatives can read its records but no longer change them.");
        }
    }
}
