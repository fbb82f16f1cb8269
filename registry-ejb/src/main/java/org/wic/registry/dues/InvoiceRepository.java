package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.money.Money;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.BulkInsert;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.persistence.SequenceBlocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Invoices with their payments: found by number, locked, searched, listed per member, and written. */
@ApplicationScoped
public class InvoiceRepository {

    static final String CURSOR_SCOPE = "invoices";
    /** EclipseLink's hint: an instance this transaction already holds is read again, not answered from memory. */
    private static final String REFRESH_HINT = "eclipselink.refresh";
    private static final String JOIN_FETCH = "eclipselink.join-fetch";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public void add(Invoice invoice) {
        entityManager.persist(invoice);
    }

    /**
     * Writes new invoices as one JDBC batch in the caller's transaction (a dues run's chunk), ids
     * from the entities' sequence; the database's unique (member, year) still refuses a second.
     */
    public List<IssuedInvoice> addAll(List<IssuedInvoice.Draft> drafts, int year, LocalDate issuedOn, LocalDate dueOn) {
        Connection connection = entityManager.unwrap(Connection.class);
        long[] ids = SequenceBlocks.take(connection, "invoice_seq", drafts.size());
        var insert = BulkInsert.into(connection, "invoice", "id", "number", "member_id", "dues_year", "amount", "currency", "paid", "issued_on",
                "due_on", "status", "version");
        var written = new ArrayList<IssuedInvoice>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            IssuedInvoice.Draft draft = drafts.get(i);
            Money amount = draft.amount();
            insert.row(ids[i], draft.number().value(), draft.memberId(), year, amount.value(), amount.currency().getCurrencyCode(),
                    BigDecimal.ZERO.setScale(amount.value().scale()), issuedOn, dueOn,
                    (amount.value().signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.OPEN).name(), 1L);
            written.add(new IssuedInvoice(draft.number(), draft.memberId(), amount));
        }
        insert.flush();
        return written;
    }

    /**
     * Of these members, those without an invoice for the year, with their tier's dues, in member
     * order. Read over the range of their numbers, each member's invoice looked up through the
     * (member, year) unique index. A run grows the year's invoices faster than the planner's
     * statistics follow: believing the year has none, PostgreSQL looked them up through the year's
     * index and scanned every invoice of the year for each member (seconds a chunk). {@code + 0}
     * keeps the year's index out of the choice.
     */
    public List<IssuedInvoice.Due> duesWithoutInvoice(List<Long> memberIds, int year) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(memberIds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT m.id, t.dues_amount, t.dues_currency, "
                        + "(SELECT i.id FROM invoice i WHERE i.member_id = m.id AND i.dues_year + 0 = ?1) "
                        + "FROM member m JOIN tier t ON t.code = m.tier_code WHERE m.id BETWEEN ?2 AND ?3 ORDER BY m.id")
                .setParameter(1, year).setParameter(2, Collections.min(memberIds)).setParameter(3, Collections.max(memberIds)).getResultList();
        return rows.stream().filter(row -> row[3] == null && wanted.contains(((Number) row[0]).longValue())).map(row -> {
            Currency currency = Currency.getInstance(((String) row[2]).strip());
            return new IssuedInvoice.Due(((Number) row[0]).longValue(), new Money(((BigDecimal) row[1])
                    .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency));
        }).toList();
    }

    /** Writes pending changes now: a new payment's id is known from here on. */
    public void flush() {
        entityManager.flush();
    }

    public Optional<Invoice> find(InvoiceNumber number) {
        return byNumber(number).getResultStream().findFirst();
    }

    /** The invoice, read afresh under a row lock in one query: payments and reversals of it queue. */
    public Optional<Invoice> lock(InvoiceNumber number) {
        return byNumber(number).setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH_HINT, "true").getResultStream().findFirst();
    }

    private TypedQuery<Invoice> byNumber(InvoiceNumber number) {
        return entityManager.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number);
    }

    public Optional<Payment> payment(long id) {
        return Optional.ofNullable(entityManager.find(Payment.class, id));
    }

    public boolean hasInvoiceFor(Member member, int year) {
        return !entityManager.createNamedQuery(Invoice.OF_MEMBER_AND_YEAR, Invoice.class).setParameter("member", member).setParameter("year", year)
                .getResultList().isEmpty();
    }

    /** Oldest first. */
    public List<Invoice> ofMember(Member member) {
        return entityManager.createNamedQuery(Invoice.OF_MEMBER, Invoice.class).setParameter("member", member).getResultList();
    }

    /** Open balance over all of the member's invoices, summed in the database. */
    public BigDecimal openBalance(Member member) {
        return entityManager.createQuery("SELECT COALESCE(SUM(i.amount - i.paid), 0) FROM Invoice i WHERE i.member = :member "
                        + "AND i.status IN :open", BigDecimal.class)
                .setParameter("member", member).setParameter("open", InvoiceStatus.open()).getSingleResult();
    }

    /** Keyset-paginated on the id; {@code today} decides what is overdue. */
    public Page<Invoice> search(InvoiceQuery query, LocalDate today, PageRequest page) {
        List<Invoice> invoices = new QueryFilters()
                .add("i.member.id = :member", "member", query.memberNumber().map(MemberNumber::value))
                .add("i.year = :year", "year", query.year())
                .add("i.status = :status", "status", query.status())
                .addAll("i.status IN :open AND i.dueOn < :today",
                        query.overdue().filter(Boolean::booleanValue).map(yes -> Map.of("open", InvoiceStatus.open(), "today", today)))
                .addAll("(i.status NOT IN :open AND i.status IS NOT NULL OR i.dueOn >= :today)",
                        query.overdue().filter(overdue -> !overdue).map(no -> Map.of("open", InvoiceStatus.open(), "today", today)))
                .add("i.id > :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT i FROM Invoice i", "ORDER BY i.id", Invoice.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(invoices, page, invoice -> Cursor.of(CURSOR_SCOPE, invoice.id()));
    }

    /** Open invoices of active members due before {@code dueBefore} whose reminder (or final notice) has not gone out. */
    public List<Invoice> owedWithout(boolean finalNotice, LocalDate dueBefore) {
        return entityManager.createQuery("SELECT i FROM Invoice i JOIN FETCH i.member WHERE i.status IN :open AND i.dueOn < :limit"
                        + " AND i.member.status = :active AND i." + (finalNotice ? "finalNoticeSentOn" : "reminderSentOn") + " IS NULL ORDER BY i.id", Invoice.class)
                .setParameter("open", InvoiceStatus.open()).setParameter("limit", dueBefore)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    /** Marks the reminder (or final notice) sent today, unless another check did first: answers whether this one did. */
    public boolean markSent(Invoice invoice, boolean finalNotice, LocalDate today) {
        String column = finalNotice ? "finalNoticeSentOn" : "reminderSentOn";
        return entityManager.createQuery("UPDATE Invoice i SET i." + column + " = :today WHERE i.id = :id AND i." + column + " IS NULL")
                .setParameter("today", today).setParameter("id", invoice.id()).executeUpdate() == 1;
    }

    /** Active members with an open invoice due before {@code limit}. */
    public List<Member> activeMembersOwingSince(LocalDate limit) {
        return entityManager.createQuery("SELECT DISTINCT i.member FROM Invoice i WHERE i.status IN :open "
                        + "AND i.dueOn < :limit AND i.member.status = :active", Member.class)
                .setParameter("open", InvoiceStatus.open()).setParameter("limit", limit)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    /** Up to {@code limit} invoices after the one with id {@code afterId}, with their members (exports). */
    public List<Invoice> after(long afterId, int limit) {
        return entityManager.createQuery("SELECT i FROM Invoice i WHERE i.id > :after ORDER BY i.id", Invoice.class)
                .setParameter("after", afterId).setMaxResults(limit).setHint(JOIN_FETCH, "i.member").getResultList();
    }

    /** Up to {@code limit} payments after the one with id {@code afterId}, with their invoices and members (exports). */
    public List<Payment> paymentsAfter(long afterId, int limit) {
        return entityManager.createQuery("SELECT p FROM Payment p WHERE p.id > :after ORDER BY p.id", Payment.class)
                .setParameter("after", afterId).setMaxResults(limit).setHint(JOIN_FETCH, "p.invoice.member").getResultList();
    }
}
