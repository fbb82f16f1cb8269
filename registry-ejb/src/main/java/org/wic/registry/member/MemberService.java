package org.wic.registry.member;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.SearchText;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.PreconditionRequiredException;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.error.TextInput;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.persistence.RowLocks;
import org.wic.registry.persistence.Versions;
import org.wic.registry.security.Account;
import org.wic.registry.security.AccountService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Inject
    private AccountService accounts;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    private Event<DirectoryChanged> directoryChanges;

    /** A member as one caller may see it: in full (address, contacts) or only its public fields. */
    public record View(Member member, boolean full) {
    }

    /** Admits a new member, in the caller's transaction (the approval's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Member admit(Caller caller, Member.Admission admission, Tier tier, LocalDate joinedOn) {
        Member member = Member.admit(admission, tier, joinedOn, clock.instant());
        entityManager.persist(member);
        entityManager.flush(); // the number is the id: known from here on
        audit.record(caller, "member.created", ENTITY, member.number().toString(), Changes.created("legalName", member.legalName())
                .set("category", member.category()).set("country", member.countryCode()).set("tier", tier.code())
                .set("status", member.status()).set("joinedOn", member.joinedOn()));
        return member;
    }

    /** Writes an imported member, in the caller's transaction (the import's); its number is kept when it has one. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Member restore(Caller caller, MemberRecord record) {
        caller.require(Role.SECRETARIAT);
        Member member = Member.restore(record, clock.instant());
        entityManager.persist(member);
        entityManager.flush();
        audit.record(caller, "member.imported", ENTITY, member.number().toString(), Changes.created("legalName", member.legalName())
                .set("category", member.category()).set("country", member.countryCode()).set("tier", member.tier().code())
                .set("status", member.status()).set("joinedOn", member.joinedOn()).set("contacts", member.contacts().size()));
        return member;
    }

    /**
     * Makes the member sequence hand out numbers above {@code highest} from now on, for members
     * imported with their numbers. Sequences stand outside transactions: a rolled-back import leaves
     * only a gap in the numbers, which are never reused anyway.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reserveNumbersUpTo(MemberNumber highest) {
        MemberSequence.reserveUpTo(entityManager.unwrap(Connection.class), highest.value());
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
                .map(parsed -> entityManager.find(Member.class, parsed.value()))
                .orElseThrow(() -> unknown(number));
    }

    /** The member, in full for the secretariat and its own representatives, else its public fields. */
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
        String keyset = switch (query.sort()) {
            case NAME -> "m.sortName >= :afterName AND (m.sortName > :afterName OR m.id > :afterId)";
            case NUMBER -> "m.id > :afterId";
        };
        List<Member> found = new QueryFilters()
                .add("m.status = :status", "status", Optional.of(query.status()))
                .add("m.countryCode = :country", "country", query.countryCode())
                .add("m.countryCode IN :countries", "countries", query.countryCodes())
                .add("m.tier.code = :tier", "tier", query.tierCode())
                .add("m.category = :category", "category", query.category())
                .add("m.searchName LIKE :name ESCAPE '\\'", "name",
                        query.nameContains().map(SearchText::fold).filter(text -> !text.isEmpty()).map(QueryFilters::containing))
                .add("m.joinedOn >= :joinedFrom", "joinedFrom", query.joinedFrom())
                .add("m.joinedOn <= :joinedTo", "joinedTo", query.joinedTo())
                .addAll(keyset, page.after().map(cursor -> keysetParameters(query.sort(), cursor)))
                .query(entityManager, "SELECT m FROM Member m", query.sort() == DirectoryQuery.Sort.NAME ? "ORDER BY m.sortName, m.id" : "ORDER BY m.id",
                        Member.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(found, page, member -> query.sort() == DirectoryQuery.Sort.NAME
                ? Cursor.of(query.sort().cursorScope(), member.sortName(), member.number().value())
                : Cursor.of(query.sort().cursorScope(), member.number().value()));
    }

    private static Map<String, ?> keysetParameters(DirectoryQuery.Sort sort, Cursor after) {
        return switch (sort) {
            case NAME -> Map.of("afterName", after.part(0), "afterId", after.longPart(1));
            case NUMBER -> Map.of("afterId", after.longPart(0));
        };
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
        if (!changes.isEmpty()) {
            audit.record(caller, "member.updated", ENTITY, member.number().toString(), changes);
            entityManager.flush(); // the new version, for the answer's ETag
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
    public Member changeStatus(Caller caller, String number, String ifMatch, String status, String reason) {
        caller.require(Role.SECRETARIAT);
        MemberStatus target = MemberStatus.parse(status).orElseThrow(() -> new InvalidInputException("status",
                "must be one of ACTIVE, SUSPENDED, WITHDRAWN, TERMINATED"));
        String why = TextInput.required("reason", reason, MAX_REASON);
        Member member = lockPrivate(caller, number);
        Versions.require(ifMatch, member.version(), ENTITY, member.number().toString());
        MemberStatus before = member.status();
        entityManager.persist(member.changeStatus(target, why, caller, clock.instant()));
        audit.record(caller, "member.status-changed", ENTITY, member.number().toString(),
                Changes.none().field("status", before, target).set("reason", why));
        entityManager.flush();
        directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_STATUS_CHANGED));
        return member;
    }

    /** Whether the member's latest status change was to SUSPENDED for exactly this reason (such as ARREARS). */
    public boolean suspendedFor(Member member, String reason) {
        return entityManager.createNamedQuery(MemberStatusChange.LATEST_OF_MEMBER, MemberStatusChange.class).setParameter("member", member)
                .setMaxResults(1).getResultStream().findFirst()
                .filter(latest -> latest.to() == MemberStatus.SUSPENDED && latest.reason().equals(reason)).isPresent();
    }

    /** Oldest first. */
    public List<MemberStatusChange> statusHistory(Caller caller, String number) {
        Member member = getPrivate(caller, number);
        return entityManager.createNamedQuery(MemberStatusChange.OF_MEMBER, MemberStatusChange.class).setParameter("member", member).getResultList();
    }

    /**
     * Moves a member to another tier, which must be active and open to its category, at the version
     * the secretariat last read.
     *
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the member changed since that version
     */
    public Member changeTier(Caller caller, String number, String ifMatch, String tierCode, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_REASON);
        Member member = lockPrivate(caller, number);
        Versions.require(ifMatch, member.version(), ENTITY, member.number().toString());
        Tier tier = tiers.find(tierCode).orElseThrow(() -> new InvalidInputException("tier", "is not a tier: see GET /api/v1/tiers"));
        if (!tier.admits(member.category())) {
            throw new InvalidInputException("tier", tier.active() ? "is not open to " + member.category() : "is not active");
        }
        String before = member.tier().code();
        member.changeTier(tier);
        audit.record(caller, "member.tier-changed", ENTITY, member.number().toString(),
                Changes.none().field("tier", before, tier.code()).set("reason", why));
        entityManager.flush();
        directoryChanges.fire(new DirectoryChanged(member, DirectoryChanged.Type.MEMBER_TIER_CHANGED));
        return member;
    }

    /** Opens a MEMBER account that represents this member. */
    public Account openRepresentative(Caller caller, String memberNumber, String username, String password) {
        return openRepresentative(caller, memberNumber, username, password, Optional.empty());
    }

    public Account openRepresentative(Caller caller, String memberNumber, String username, String password, Optional<String> email) {
        caller.require(Role.SECRETARIAT);
        Member member = MemberNumber.parse(memberNumber).flatMap(this::find)
                .orElseThrow(() -> new InvalidInputException("memberNumber", "is not the number of a member"));
        return accounts.open(caller, username, Role.MEMBER, password, Optional.of(member.number().toString()), email);
    }

    /** Members with this normalized legal name in this country, for duplicate checks. */
    /** At most {@code limit} members with this normalized name in this country. */
    public List<Member> withNormalizedName(String normalizedName, String countryCode, int limit) {
        return entityManager.createNamedQuery(Member.BY_NORMALIZED_NAME, Member.class)
                .setParameter("name", normalizedName).setParameter("country", countryCode).setMaxResults(limit).getResultList();
    }

    Optional<Member> find(MemberNumber number) {
        return Optional.ofNullable(entityManager.find(Member.class, number.value()));
    }

    /** The member, once the caller may reach its private record, locked until the transaction ends and read fresh. */
    Member lockPrivate(Caller caller, String number) {
        return RowLocks.lockFresh(entityManager, getPrivate(caller, number), LockModeType.PESSIMISTIC_WRITE);
    }

    static UnknownEntityException unknown(String number) {
        return new UnknownEntityException(ENTITY, String.valueOf(number));
    }
}
