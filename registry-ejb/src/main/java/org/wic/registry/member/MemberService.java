package org.wic.registry.member;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.PreconditionRequiredException;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.notification.MessageValues;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Notifications;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.Versions;
import org.wic.registry.text.TextInput;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierCode;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Members: admitted through approved applications, listed in the public directory, read publicly
 * or in full, edited by the secretariat and their own representatives, moved between statuses and
 * tiers by the secretariat. Every write locks the member row, so concurrent writers queue and the
 * later one sees the earlier one's version.
 */
@Stateless
public class MemberService {

    static final String ENTITY = "member";
    /** What a PATCH may change that the directory shows; the address is private. */
    private static final Set<String> PUBLIC_PROFILE_FIELDS = Set.of("legalName", "displayName", "website", "description", "category",
            "country", "joinedOn");
    private static final int MAX_REASON = 2000;

    @Inject
    private Notifications notifications;

    @Inject
    private MemberRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    private Event<DirectoryChanged> directoryChanges;

    @Inject
    private Event<MembersCreated> membersCreated;

    /** A member as one caller may see it: in full (address, contacts) or only its public fields. */
    public record View(Member member, boolean full) {
    }

    /** Admits a new member, in the caller's transaction (the approval's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Member admit(Caller caller, Member.Admission admission, Tier tier, LocalDate joinedOn) {
        Member member = repository.add(Member.admit(admission, tier, joinedOn, clock.instant()));
        audit.record(caller, "member.created", ENTITY, member.number().toString(), Changes.created("legalName", member.legalName())
                .set("category", member.category()).set("country", member.countryCode()).set("tier", tier.code())
                .set("status", member.status()).set("joinedOn", member.joinedOn()));
        return member;
    }

    /**
     * Writes imported members in bulk, in the caller's transaction (the import's): numbers kept where
     * the records give them, the next ones otherwise; each audited and announced on the change feed,
     * both in bulk too. Answers the members as written, numbered.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Member> restoreAll(Caller caller, List<MemberRecord> records) {
        caller.require(Role.SECRETARIAT);
        Instant now = clock.instant();
        List<Member> restored = records.stream().map(record -> Member.restore(record, now)).toList();
        repository.addAll(restored);
        var changes = new LinkedHashMap<String, Changes>();
        restored.forEach(member -> changes.put(member.number().toString(), Changes.created("legalName", member.legalName())
                .set("category", member.category()).set("country", member.countryCode()).set("tier", member.tier().code())
                .set("status", member.status()).set("joinedOn", member.joinedOn()).set("contacts", member.contacts().size())));
        audit.recordAll(caller, "member.imported", ENTITY, changes);
        membersCreated.fire(new MembersCreated(restored));
        return restored;
    }

    /**
     * Tells the directory's followers (the change feed) that the member joined: the last step of an
     * admission's transaction, since the feed's head row is locked last in every transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void announce(Member member) {
        directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_CREATED));
    }

    /** A member by its number, for its public fields; anything that is not one is unknown. */
    public Member get(String number) {
        return MemberNumber.parse(number)
                .flatMap(repository::find)
                .orElseThrow(() -> unknown(number));
    }

    /**
     * The member, in full for the secretariat and its own representatives, else its public fields.
     * A read of one row needs no transaction of its own (a member's page is the most requested).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public View read(Caller caller, String number) {
        Member member = get(number);
        return new View(member, MemberAccess.canSeePrivate(caller, member));
    }

    /** The member's private record: for the secretariat and its own representatives only. */
    public Member getPrivate(Caller caller, String number) {
        Member member = get(number);
        MemberAccess.requirePrivate(caller, member);
        return member;
    }

    /** The public directory: one page, in the query's order, keyset-paginated. */
    public Page<Member> directory(DirectoryQuery query, PageRequest page) {
        return repository.directory(query, page);
    }

    /**
     * Applies a merge patch, if the member is still at the version {@code ifMatch} names (see
     * {@link Versions}). A representative changes the profile; the secretariat also category,
     * country and join date.
     *
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the member changed since that version
     */
    public Member update(Caller caller, String number, String ifMatch, MemberPatch patch) {
        Member member = lockPrivate(caller, number);
        MemberAccess.requireEditable(caller, member);
        Versions.require(ifMatch, member.version(), ENTITY, member.number().toString());
        MemberProfile profile = patch.applyTo(member, caller.is(Role.SECRETARIAT), code -> countries.country(code).map(Country::alpha2),
                calendar.today());
        Changes changes = member.apply(profile);
        patch.language().filter(language -> language != member.language()).ifPresent(language -> {
            changes.field("language", member.language().code(), language.code());
            member.language(language);
        });
        if (!changes.isEmpty()) {
            audit.record(caller, "member.updated", ENTITY, member.number().toString(), changes);
            repository.flush(); // the new version, for the answer's ETag
        }
        if (changes.touchesAny(PUBLIC_PROFILE_FIELDS)) {
            directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_UPDATED));
        }
        return member;
    }

    /**
     * Moves a member to another status, for a reason; the move must be one its status allows, from
     * the version the caller last read ({@link Versions#ANY} for the registry's own moves).
     *
     * @throws org.wic.registry.error.IllegalTransitionException naming the statuses it may move to
     * @throws PreconditionRequiredException                     without {@code ifMatch}
     * @throws StaleVersionException                             when the member changed since that version
     */
    public Member changeStatus(Caller caller, String number, String ifMatch, MemberStatus target, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_REASON);
        Member member = lockPrivate(caller, number);
        Versions.require(ifMatch, member.version(), ENTITY, member.number().toString());
        MemberStatus before = member.status();
        repository.addStatusChange(member.changeStatus(target, why, caller, clock.instant()));
        audit.record(caller, "member.status-changed", ENTITY, member.number().toString(),
                Changes.none().field("status", before, target).set("reason", why));
        repository.flush();
        directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_STATUS_CHANGED));
        if (target == MemberStatus.SUSPENDED || before == MemberStatus.SUSPENDED && target == MemberStatus.ACTIVE) {
            NotificationKind kind = target == MemberStatus.SUSPENDED ? NotificationKind.MEMBER_SUSPENDED : NotificationKind.MEMBER_REINSTATED;
            notifications.queue(kind, member.recipients(kind), MessageValues.of("memberNumber", member.number()).with("legalName", member.legalName())
                    .with("reason", why), Notification.Subject.member(member.number().toString()), Optional.empty());
        }
        return member;
    }

    /** Whether the member's latest status change was to SUSPENDED for exactly this reason (such as ARREARS). */
    public boolean suspendedFor(Member member, String reason) {
        return repository.latestStatusChange(member).filter(latest -> latest.to() == MemberStatus.SUSPENDED && latest.reason().equals(reason)).isPresent();
    }

    /** Oldest first. */
    public List<MemberStatusChange> statusHistory(Caller caller, String number) {
        Member member = getPrivate(caller, number);
        return repository.statusHistory(member);
    }

    /**
     * Moves a member to another tier, which must be active and open to its category, at the version
     * the secretariat last read.
     *
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the member changed since that version
     */
    public Member changeTier(Caller caller, String number, String ifMatch, TierCode tierCode, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_REASON);
        Member member = lockPrivate(caller, number);
        Versions.require(ifMatch, member.version(), ENTITY, member.number().toString());
        Tier tier = tiers.find(tierCode.value()).orElseThrow(() -> new InvalidInputException("tier", "is not a tier: see GET /api/v1/tiers"));
        tier.refusal(member.category()).ifPresent(refusal -> {
            throw new InvalidInputException("tier", refusal);
        });
        String before = member.tier().code();
        member.changeTier(tier);
        audit.record(caller, "member.tier-changed", ENTITY, member.number().toString(),
                Changes.none().field("tier", before, tier.code()).set("reason", why));
        repository.flush();
        directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_TIER_CHANGED));
        return member;
    }

    /** The member, once the caller may reach its private record, locked until the transaction ends and read fresh. */
    Member lockPrivate(Caller caller, String number) {
        return repository.lock(getPrivate(caller, number));
    }

    static UnknownEntityException unknown(String number) {
        return new UnknownEntityException(ENTITY, String.valueOf(number));
    }
}
