package org.wic.registry.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.exchange.MemberLines.Line;
import org.wic.registry.persistence.BulkInsert;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Members imports and their staged lines ({@code member_import_line}: the file's values by column,
 * each line with the line of its member's first line, so that a member's lines are read together).
 * A worker's changes are updates guarded by its name: a worker that lost the import changes nothing.
 */
@ApplicationScoped
public class MemberImportRepository {

    /** The staged columns, in the members CSV's order. */
    private static final List<String> VALUE_COLUMNS = MemberColumns.HEADER.stream().map(MemberImportRepository::snakeCase).toList();

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    /** A staged line and the line its member starts on. */
    record StagedLine(int group, Line line) {
    }

    public void add(MemberImport job) {
        entityManager.persist(job);
        entityManager.flush();
    }

    public Optional<MemberImport> find(long id) {
        return Optional.ofNullable(entityManager.find(MemberImport.class, id));
    }

    public Optional<MemberImport> lock(long id) {
        return Optional.ofNullable(entityManager.find(MemberImport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<MemberImport> running() {
        return entityManager.createNamedQuery(MemberImport.RUNNING, MemberImport.class).getResultList();
    }

    /** Writes staged lines in bulk (COPY on PostgreSQL) in the caller's transaction; flush it every {@link BulkInsert#CHUNK} lines. */
    BulkInsert stagedLines() {
        var columns = new ArrayList<String>(List.of("import_id", "line_no", "group_line"));
        columns.addAll(VALUE_COLUMNS);
        return BulkInsert.into(entityManager.unwrap(Connection.class), "member_import_line", columns.toArray(String[]::new));
    }

    /** The staged values of a line, for {@link #stagedLines}. */
    static Object[] stagedRow(long id, int group, Line line) {
        var row = new ArrayList<Object>(VALUE_COLUMNS.size() + 3);
        row.add(id);
        row.add(line.number());
        row.add(group);
        MemberColumns.HEADER.forEach(column -> row.add(line.values().getOrDefault(column, "")));
        return row.toArray();
    }

    /** The next staged lines, members together (in the order of their first lines), after this position. */
    List<StagedLine> stagedAfter(long id, int group, int line, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT group_line, line_no, " + String.join(", ", VALUE_COLUMNS)
                        + " FROM member_import_line WHERE import_id = ?1 AND (group_line, line_no) > (?2, ?3)"
                        + " ORDER BY group_line, line_no")
                .setParameter(1, id).setParameter(2, group).setParameter(3, line).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> {
            var values = new HashMap<String, String>();
            for (int i = 0; i < VALUE_COLUMNS.size(); i++) {
                values.put(MemberColumns.HEADER.get(i), text(row[i + 2]));
            }
            return new StagedLine(((Number) row[0]).intValue(), new Line(((Number) row[1]).intValue(), values));
        }).toList();
    }

    void deleteStagedLines(long id) {
        entityManager.createNativeQuery("DELETE FROM member_import_line WHERE import_id = ?1").setParameter(1, id).executeUpdate();
    }

    void delete(long id) {
        deleteStagedLines(id);
        entityManager.createNativeQuery("DELETE FROM member_import WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Progress, and the worker's lease renewed; false when the import is not this worker's (any more). */
    boolean progress(long id, String worker, int doneLines, Instant leaseUntil) {
        return entityManager.createNativeQuery("UPDATE member_import SET done_lines = ?3, lease_until = ?4, version = version + 1 "
                        + "WHERE id = ?1 AND worker = ?2 AND status = 'RUNNING'")
                .setParameter(1, id).setParameter(2, worker).setParameter(3, doneLines).setParameter(4, leaseUntil.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** COMPLETED, unless the import is not this worker's (any more). */
    boolean complete(long id, String worker, int doneLines, int members, int contacts, Instant now) {
        return entityManager.createNativeQuery("UPDATE member_import SET status = 'COMPLETED', done_lines = ?3, members_written = ?4, "
                        + "contacts_written = ?5, finished_at = ?6, worker = NULL, lease_until = NULL, version = version + 1 "
                        + "WHERE id = ?1 AND worker = ?2 AND status = 'RUNNING'")
                .setParameter(1, id).setParameter(2, worker).setParameter(3, doneLines).setParameter(4, members).setParameter(5, contacts)
                .setParameter(6, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** FAILED with these errors, unless the import is not this worker's (any more). */
    boolean fail(long id, String worker, String errors, Instant now) {
        return entityManager.createNativeQuery("UPDATE member_import SET status = 'FAILED', errors = ?3, finished_at = ?4, worker = NULL, "
                        + "lease_until = NULL, version = version + 1 WHERE id = ?1 AND worker = ?2 AND status = 'RUNNING'")
                .setParameter(1, id).setParameter(2, worker).setParameter(3, errors).setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** The import is this worker's now (its lease had ended). */
    void take(long id, String worker, Instant leaseUntil) {
        entityManager.createNativeQuery("UPDATE member_import SET worker = ?2, lease_until = ?3, version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, worker).setParameter(3, leaseUntil.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** A staged value as read: H2 hands CLOB columns over as Clob, PostgreSQL as String. */
    private static String text(Object value) {
        try {
            return value == null ? "" : value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a staged value", e);
        }
    }

    private static String snakeCase(String column) {
        return column.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
