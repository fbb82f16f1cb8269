package org.wic.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Recipient;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.BulkInsert;
import org.wic.registry.persistence.PlannerStatistics;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.persistence.RowLocks;
import org.wic.registry.persistence.SequenceBlocks;
import org.wic.registry.text.SearchText;
import org.wic.registry.tier.Tier;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members, with their contacts and status history: found, locked, listed, and written. */
@ApplicationScoped
public class MemberRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    /** Writes a new member; its number (the id) is known from here on. */
    public Member add(Member member) {
        entityManager.persist(member);
        entityManager.flush();
        return member;
    }

    /** The member with its tier and the tier's categories, in one statement (a member's page is the most requested read). */
    public Optional<Member> find(MemberNumber number) {
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.id = :id", Member.class).setParameter("id", number.value())
                .setHint("eclipselink.join-fetch", "m.tier").setHint("eclipselink.left-join-fetch", "m.tier.categories")
                .getResultStream().findFirst();
    }

    /** The member, locked until the transaction ends and read fresh: concurrent writers queue and see each other's versions. */
    public Member lock(Member member) {
        return RowLocks.lockFresh(entityManager, member, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The member, locked already, with its version moved on: a change of one of its parts (a contact) is a change of the member. */
    public Member lockForPartChange(Member member) {
        entityManager.refresh(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // locked already: this moves the version on
        return member;
    }

    /**
     * Locks these (stored, unchanged) members until the transaction ends, in the given order, and
     * reads each again under its lock: what a concurrent transaction committed meanwhile is seen.
     */
    public void lockAllAndRead(List<Member> members) {
        members.forEach(member -> entityManager.refresh(member, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks these members until the transaction ends, in the given order. */
    public void lockAll(List<Member> members) {
        members.forEach(member -> entityManager.lock(member, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes pending changes now: the new version (for an ETag) and new parts' ids are known from here on. */
    public void flush() {
        entityManager.flush();
    }

    /**
     * The public directory: one page, in the query's order, keyset-paginated. What the page shows
     * comes in two statements whatever its size: the tiers with their categories (a handful, read
     * first so that the page's members find theirs in the persistence context), then the members
     * with their tiers. The continent is reference data, held in memory.
     */
    public Page<Member> directory(DirectoryQuery query, PageRequest page) {
        entityManager.createNamedQuery(Tier.ALL_WITH_CATEGORIES, Tier.class).getResultList();
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
                .query(entityManager, "SELECT m FROM Member m JOIN FETCH m.tier",
                        query.sort() == DirectoryQuery.Sort.NAME ? "ORDER BY m.sortName, m.id" : "ORDER BY m.id", Member.class)
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

    /** Up to {@code limit} members after the one numbered {@code afterId}, in number order, with contacts and tiers (exports). */
    public List<Member> after(long afterId, int limit) {
        return entityManager.createQuery("SELECT m FROM Member m WHERE m.id > :after ORDER BY m.id", Member.class)
                .setParameter("after", afterId).setMaxResults(limit)
                .setHint("eclipselink.batch", "m.contacts").setHint("eclipselink.batch", "m.tier").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** At most {@code limit} members with this normalized legal name in this country, for duplicate checks. */
    /** A contact a message about its member goes to, with the member's name (a dues run's chunk reads them in one query). */
    public record MailContact(long memberId, String legalName, Recipient recipient) {
    }

    /**
     * The recipients of a message of this kind about each of these members, by member id: as
     * {@link Member#recipients}, read in one query (for the members of a dues run's chunk).
     */
    public Map<Long, List<MailContact>> mailContacts(List<Long> memberIds, NotificationKind kind) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("SELECT c.member.id, c.member.legalName, c.member.language, c.email, c.name FROM MemberContact c"
                        + " WHERE c.member.id IN :ids AND (c.primary = TRUE OR c.billing = TRUE)" + (kind.optional() ? " AND c.mailOptOut = FALSE" : "")
                        + " ORDER BY c.member.id, c.id", Object[].class)
                .setParameter("ids", memberIds).getResultList();
        var byMember = new LinkedHashMap<Long, List<MailContact>>();
        for (Object[] row : rows) {
            Language language = Language.find((String) row[2]).orElse(Language.EN);
            List<MailContact> contacts = byMember.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
            if (contacts.stream().noneMatch(contact -> contact.recipient().email().equalsIgnoreCase((String) row[3]))) {
                contacts.add(new MailContact((Long) row[0], (String) row[1], new Recipient((String) row[3], (String) row[4], language)));
            }
        }
        return byMember;
    }

    public List<Member> withNormalizedName(String normalizedName, String countryCode, int limit) {
        return entityManager.createNamedQuery(Member.BY_NORMALIZED_NAME, Member.class)
                .setParameter("name", normalizedName).setParameter("country", countryCode).setMaxResults(limit).getResultList();
    }

    /** Every member contact with this email, any case. */
    public List<MemberContact> contactsWithEmail(String email) {
        return entityManager.createQuery("SELECT c FROM MemberContact c JOIN FETCH c.member WHERE LOWER(c.email) = :email ORDER BY c.id",
                MemberContact.class).setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
    }

    public void addStatusChange(MemberStatusChange change) {
        entityManager.persist(change);
    }

    /** Oldest first. */
    public List<MemberStatusChange> statusHistory(Member member) {
        return entityManager.createNamedQuery(MemberStatusChange.OF_MEMBER, MemberStatusChange.class).setParameter("member", member).getResultList();
    }

    public Optional<MemberStatusChange> latestStatusChange(Member member) {
        return entityManager.createNamedQuery(MemberStatusChange.LATEST_OF_MEMBER, MemberStatusChange.class).setParameter("member", member)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Makes the member sequence hand out numbers above {@code highest} from now on, for members
     * imported with their numbers. Sequences stand outside transactions: a rolled-back import leaves
     * only a gap in the numbers, which are never reused anyway.
     */
    public void reserveNumbersUpTo(MemberNumber highest) {
        MemberSequence.reserveUpTo(entityManager.unwrap(Connection.class), highest.value());
    }

    /**
     * Writes new members (made by {@link Member#restore}) with their contacts in bulk, in the
     * caller's transaction: those without a number get the next ones. Never seen by JPA: they are
     * read back like any other member.
     */
    public void addAll(List<Member> members) {
        Connection connection = entityManager.unwrap(Connection.class);
        List<Member> unnumbered = members.stream().filter(member -> !member.numbered()).toList();
        long[] numbers = SequenceBlocks.take(connection, "member_seq", unnumbered.size(), 1);
        for (int i = 0; i < numbers.length; i++) {
            unnumbered.get(i).number(numbers[i]);
        }
        var memberRows = BulkInsert.into(connection, "member", Member.BULK_COLUMNS);
        members.forEach(member -> memberRows.row(member.bulkRow()));
        memberRows.flush();
        List<MemberContact> contacts = members.stream().flatMap(member -> member.contacts().stream()).toList();
        long[] contactIds = SequenceBlocks.take(connection, "member_contact_seq", contacts.size(), SequenceBlocks.ALLOCATION);
        var contactRows = BulkInsert.into(connection, "member_contact", MemberContact.BULK_COLUMNS);
        for (int i = 0; i < contactIds.length; i++) {
            contactRows.row(contacts.get(i).bulkRow(contactIds[i]));
        }
        contactRows.flush();
    }

    /** After a bulk write: the planner learns how many members there are now (PostgreSQL). */
    public void refreshPlannerStatistics() {
        PlannerStatistics.refresh(entityManager.unwrap(Connection.class), "member", "member_contact");
    }

    /** Of these numbers, those the registry holds already. */
    public Set<Long> existing(Collection<Long> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery("SELECT m.id FROM Member m WHERE m.id IN :ids", Long.class).setParameter("ids", numbers)
                .getResultList());
    }
}
