package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.money.Money;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.PlannerStatistics;
import org.wic.registry.persistence.QueryFilters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dues runs and their items: one row per member a run covers, with the outcome once the member is
 * done (ISSUED with its invoice, or SKIPPED), so that a run can be resumed where it stopped.
 */
@ApplicationScoped
public class DuesRunRepository {

    static final String CURSOR_SCOPE = "dues-runs";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    /** Writes the run and lists as its items every member a run invoices (active or suspended); returns how many. */
    public int add(DuesRun run) {
        entityManager.persist(run);
        entityManager.flush();
        int covered = entityManager.createNativeQuery("INSERT INTO dues_run_item (run_id, member_id) "
                        + "SELECT ?1, id FROM member WHERE status IN ('ACTIVE', 'SUSPENDED')")
                .setParameter(1, run.id()).executeUpdate();
        entityManager.createNativeQuery("UPDATE dues_run SET member_count = ?2 WHERE id = ?1").setParameter(1, run.id()).setParameter(2, covered)
                .executeUpdate();
        return covered;
    }

    public Optional<DuesRun> find(long id) {
        return Optional.ofNullable(entityManager.find(DuesRun.class, id));
    }

    /** The run, locked until the transaction ends: its workers and its resumers queue. */
    public Optional<DuesRun> lock(long id) {
        return Optional.ofNullable(entityManager.find(DuesRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Newest first. */
    public Page<DuesRun> page(PageRequest page) {
        List<DuesRun> found = new QueryFilters()
                .add("r.id < :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT r FROM DuesRun r", "ORDER BY r.id DESC", DuesRun.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(found, page, run -> Cursor.of(CURSOR_SCOPE, run.id()));
    }

    public List<DuesRun> running() {
        return entityManager.createNamedQuery(DuesRun.RUNNING, DuesRun.class).getResultList();
    }

    /**
     * The next members of the run not done yet, in member order, after this one (0: from the start):
     * a keyset, so a late chunk does not step over the items done before it.
     */
    public List<Long> pendingMembers(long id, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("SELECT member_id FROM dues_run_item WHERE run_id = ?1 AND member_id > ?2 "
                        + "AND outcome IS NULL ORDER BY member_id")
                .setParameter(1, id).setParameter(2, after).setMaxResults(limit).getResultList();
        return ids.stream().map(DuesRunRepository::number).toList();
    }

    /**
     * Marks ISSUED, with its invoice, each item of the run from this member to that one still without
     * an outcome, in one statement; answers how many. Call it once the members with an invoice of
     * the year from before are marked {@link #recordSkipped SKIPPED}: the rest of a chunk is what it
     * issued. The invoice is found through the (member, year) index ({@code + 0}: see
     * {@link InvoiceRepository#duesWithoutInvoice}).
     */
    public int recordIssued(long id, long firstMember, long lastMember, int year) {
        return entityManager.createNativeQuery("UPDATE dues_run_item SET outcome = 'ISSUED', invoice_id = (SELECT i.id FROM invoice i "
                        + "WHERE i.member_id = dues_run_item.member_id AND i.dues_year + 0 = ?4) "
                        + "WHERE run_id = ?1 AND member_id BETWEEN ?2 AND ?3 AND outcome IS NULL")
                .setParameter(1, id).setParameter(2, firstMember).setParameter(3, lastMember).setParameter(4, year).executeUpdate();
    }

    /** Marks SKIPPED these members' items still without an outcome (they had an invoice of the year already), as one batch; answers how many. */
    public int recordSkipped(long id, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        entityManager.flush();
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement update = connection.prepareStatement("UPDATE dues_run_item SET outcome = 'SKIPPED' "
                + "WHERE run_id = ? AND member_id = ? AND outcome IS NULL")) {
            for (long memberId : memberIds) {
                update.setLong(1, id);
                update.setLong(2, memberId);
                update.addBatch();
            }
            return Arrays.stream(update.executeBatch()).map(count -> count == Statement.SUCCESS_NO_INFO ? 1 : count).sum();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the skipped members of dues run " + id, e);
        }
    }

    /**
     * Adds a chunk's outcomes to the run's progress and totals, in the chunk's transaction (which
     * holds the run's row lock, so no other worker counts at the same time).
     */
    public void count(long id, int done, int issued, Map<Currency, BigDecimal> totals) {
        entityManager.createNativeQuery("UPDATE dues_run SET done_count = done_count + ?2, issued_count = issued_count + ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, done).setParameter(3, issued).executeUpdate();
        totals.forEach((currency, amount) -> {
            int added = entityManager.createNativeQuery("UPDATE dues_run_total SET amount = amount + ?3 WHERE run_id = ?1 AND currency = ?2")
                    .setParameter(1, id).setParameter(2, currency.getCurrencyCode()).setParameter(3, amount).executeUpdate();
            if (added == 0) {
                entityManager.createNativeQuery("INSERT INTO dues_run_total (run_id, currency, amount) VALUES (?1, ?2, ?3)")
                        .setParameter(1, id).setParameter(2, currency.getCurrencyCode()).setParameter(3, amount).executeUpdate();
            }
        });
    }

    /** After a run: the planner learns how many invoices there are now (PostgreSQL). */
    public void refreshPlannerStatistics() {
        PlannerStatistics.refresh(entityManager.unwrap(Connection.class), "invoice", "dues_run_item");
    }

    /** The run's progress as kept by {@link #count}: the same few rows whatever the run's size. */
    public DuesRunProgress progress(long id) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("SELECT member_count, done_count, issued_count FROM dues_run WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = entityManager.createNativeQuery("SELECT currency, amount FROM dues_run_total WHERE run_id = ?1 ORDER BY currency")
                .setParameter(1, id).getResultList();
        long total = number(counts[0]);
        long done = number(counts[1]);
        long issued = number(counts[2]);
        List<Money> issuedTotals = totals.stream().map(row -> {
            Currency currency = Currency.getInstance(((String) row[0]).strip());
            return new Money(((BigDecimal) row[1]).setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency);
        }).toList();
        return new DuesRunProgress(total, done, issued, done - issued, issuedTotals);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
