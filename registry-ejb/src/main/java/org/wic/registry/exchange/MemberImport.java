package org.wic.registry.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.error.FieldError;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A members import as a job: the file's lines staged, then checked and written by a worker in one
 * transaction. Its progress counts the file's lines; when it has FAILED, its errors say why, by line
 * and column, and nothing of the file was written. Workers change it through
 * {@link MemberImportRepository}'s guarded updates, so only the worker holding it can.
 */
@Entity
@Table(name = "member_import")
@NamedQuery(name = MemberImport.RUNNING, query = "SELECT i FROM MemberImport i WHERE i.status = org.wic.registry.exchange.ImportStatus.RUNNING ORDER BY i.id")
public class MemberImport {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String RUNNING = "MemberImport.running";

    @Id
    @SequenceGenerator(name = "member_import_seq", sequenceName = "member_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_import_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "started_by", nullable = false, updatable = false, length = 120)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_lines", nullable = false)
    private int totalLines;

    @Column(name = "done_lines", nullable = false)
    private int doneLines;

    @Column(name = "highest_number")
    private Long highestNumber;

    @Column(name = "members_written")
    private Integer membersWritten;

    @Column(name = "contacts_written")
    private Integer contactsWritten;

    @Column(name = "errors")
    private String errors;

    @Column(name = "worker", length = 64)
    private String worker;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberImport() {
        // for JPA
    }

    MemberImport(String startedBy, Instant startedAt, String worker, Instant leaseUntil) {
        this.status = ImportStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.worker = worker;
        this.leaseUntil = leaseUntil;
    }

    /** The file is staged: this many lines after the header, the highest member number it gives. */
    void staged(int lines, OptionalLong highest) {
        this.totalLines = lines;
        this.highestNumber = highest.isPresent() ? highest.getAsLong() : null;
    }

    /** The file could not even be staged (not CSV, wrong columns): failed before any worker took it. */
    void refuse(List<FieldError> problems, Instant now) {
        this.status = ImportStatus.FAILED;
        this.errors = json(problems);
        this.finishedAt = now;
        this.worker = null;
        this.leaseUntil = null;
    }

    /** Written at once in its stager's transaction ({@link MemberImportService#importNow}). */
    void complete(int members, int contacts, Instant now) {
        this.status = ImportStatus.COMPLETED;
        this.doneLines = totalLines;
        this.membersWritten = members;
        this.contactsWritten = contacts;
        this.finishedAt = now;
        this.worker = null;
        this.leaseUntil = null;
    }

    public long id() {
        return id;
    }

    public ImportStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public int totalLines() {
        return totalLines;
    }

    public int doneLines() {
        return doneLines;
    }

    OptionalLong highestNumber() {
        return highestNumber == null ? OptionalLong.empty() : OptionalLong.of(highestNumber);
    }

    public Optional<Integer> membersWritten() {
        return Optional.ofNullable(membersWritten);
    }

    public Optional<Integer> contactsWritten() {
        return Optional.ofNullable(contactsWritten);
    }

    /** Why it FAILED, by line and column; empty otherwise. */
    public List<FieldError> errors() {
        if (errors == null) {
            return List.of();
        }
        return JSON.createReader(new StringReader(errors)).readArray().getValuesAs(JsonObject.class).stream()
                .map(error -> new FieldError(error.getString("field"), error.getString("message"),
                        error.containsKey("line") ? Optional.of(error.getInt("line")) : Optional.empty()))
                .toList();
    }

    String worker() {
        return worker;
    }

    boolean abandoned(Instant now) {
        return status == ImportStatus.RUNNING && leaseUntil != null && leaseUntil.isBefore(now);
    }

    static String json(List<FieldError> problems) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        problems.forEach(problem -> {
            JsonObjectBuilder error = JSON.createObjectBuilder().add("field", problem.field()).add("message", problem.message());
            problem.line().ifPresent(line -> error.add("line", line));
            array.add(error);
        });
        return array.build().toString();
    }
}
