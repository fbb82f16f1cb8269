package org.wic.registry.dues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.persistence.Versions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Arrears: ACTIVE members with an invoice overdue by more than the grace period
 * (REGISTRY_ARREARS_GRACE_DAYS, 90) are suspended with the reason ARREARS, each change in the
 * status history and the audit trail. Paying the balance reinstates them ({@link InvoiceService}).
 * The check is idempotent: run again, or on two instances at once, it suspends no one twice.
 */
@Stateless
public class ArrearsService {

    /** The daily job's identity in the status history and the audit trail. */
    public static final Caller DAILY_JOB = new Caller(Caller.Kind.SYSTEM, "arrears-check", "arrears check", Optional.of(Role.SECRETARIAT),
            Optional.empty());

    @Inject
    private InvoiceRepository invoices;

    @Inject
    private MemberRepository memberRepository;

    @Inject
    private MemberService members;

    @Inject
    @ConfigProperty(name = "registry.arrears-grace-days", defaultValue = "90")
    private int graceDays;

    /** Suspends whom the rule says, as of {@code today}; answers their numbers. */
    public List<String> check(Caller caller, LocalDate today) {
        caller.require(Role.SECRETARIAT);
        List<Member> inArrears = invoices.activeMembersOwingSince(today.minusDays(graceDays));
        // every member row first, in number order, then the changes: the change feed's head row, which each
        // change locks, comes last, so a concurrent edit of one of these members cannot wait on this check in a circle
        memberRepository.lockAllAndRead(inArrears.stream().sorted(Comparator.comparingLong(member -> member.number().value())).toList());
        // a check running at the same time (another instance's) may have suspended some while this one waited for their locks:
        // those are left as they are, so two checks at once both succeed and each member is suspended once
        return inArrears.stream()
                .filter(member -> member.status() == MemberStatus.ACTIVE)
                .map(member -> members.changeStatus(caller, member.number().toString(), Versions.ANY, MemberStatus.SUSPENDED, InvoiceService.ARREARS))
                .map(member -> member.number().toString())
                .sorted()
                .toList();
    }

    public int graceDays() {
        return graceDays;
    }
}
