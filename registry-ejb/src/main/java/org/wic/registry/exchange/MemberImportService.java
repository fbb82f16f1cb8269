package org.wic.registry.exchange;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.CountryCode;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.exchange.MemberImportRepository.StagedLine;
import org.wic.registry.exchange.MemberLines.Group;
import org.wic.registry.exchange.MemberLines.Line;
import org.wic.registry.member.Address;
import org.wic.registry.member.Description;
import org.wic.registry.member.DisplayName;
import org.wic.registry.member.LegalName;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberRecord;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.persistence.BulkInsert;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Imports members from a CSV in the members export's format, as a job. Staging streams the file
 * into {@code member_import_line} (COPY on PostgreSQL) as it arrives; then a worker
 * ({@link MemberImportRunner}) reads the staged lines a chunk at a time, member by member, checks
 * each and writes the good ones in bulk, all in one transaction: a file with any problem writes
 * nothing, and its import FAILS naming every problem by line and column. Members keep the numbers
 * the file gives them (a number the registry holds already is a problem); lines without a number
 * become new members with new numbers. Each imported member is audited and announced on the change
 * feed, in bulk too.
 */
@Stateless
public class MemberImportService {

    /** Staged lines read, and members written, per step: what the heap holds of a file. */
    static final int CHUNK = BulkInsert.CHUNK;
    private static final List<String> CONTACT_COLUMNS = MemberColumns.HEADER.subList(MemberColumns.MEMBER_COLUMNS.size(), MemberColumns.HEADER.size());

    @Inject
    private MemberImportRepository imports;

    @Inject
    private MemberService members;

    @Inject
    private MemberRepository memberRepository;

    @Inject
    private TierService tiers;

    @Inject
    private CountryCatalog countries;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** How long a worker holds an import without reporting progress (REGISTRY_IMPORT_LEASE); a stopped server's imports are taken up after it. */
    @Inject
    @ConfigProperty(name = "registry.import-lease", defaultValue = "PT60S")
    private Duration lease;

    /** A staged import and the file's SHA-256, which tells a retry from another file. */
    public record Staged(MemberImport job, String fileHash) {
    }

    /**
     * Stages the file as it is read, in the caller's transaction, and answers the import: RUNNING,
     * this server's to work off once the transaction has committed, or FAILED already when the
     * file's shape is wrong (not UTF-8 CSV, unknown or missing columns, values no one types).
     */
    public Staged stage(Caller caller, InputStream file) {
        caller.require(Role.SECRETARIAT);
        var job = new MemberImport(caller.id(), clock.instant(), MemberImportRunner.WORKER, clock.instant().plus(lease));
        imports.add(job);
        MessageDigest sha256 = sha256();
        var problems = new ImportProblems();
        var staged = imports.stagedLines();
        var groups = new MemberLines.Groups();
        long[] highest = {0};
        int lines = MemberLines.read(new DigestInputStream(file, sha256), problems, line -> {
            MemberNumber.parse(line.get("number")).ifPresent(number -> highest[0] = Math.max(highest[0], number.value()));
            if (!problems.any()) { // a file with problems is read to its end for them, but no more of it staged
                staged.row(MemberImportRepository.stagedRow(job.id(), groups.of(line), line));
                if (staged.pending() >= CHUNK) {
                    staged.flush();
                }
            }
        });
        staged.flush();
        job.staged(lines, highest[0] > 0 ? OptionalLong.of(highest[0]) : OptionalLong.empty());
        if (lines == 0 && !problems.any()) {
            problems.add(FieldError.atLine(2, "file", "holds no members: after the header, one line per contact"));
        }
        if (problems.any()) {
            imports.deleteStagedLines(job.id());
            job.refuse(problems.reported(), clock.instant());
        }
        return new Staged(job, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Forgets an import staged for a request that turned out to be a retry (its Idempotency-Key answered already). */
    public void discard(long id) {
        imports.delete(id);
    }

    public MemberImport get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return imports.find(id).orElseThrow(() -> new UnknownEntityException("import", String.valueOf(id)));
    }

    /**
     * Checks the staged file and writes its members, in one transaction; answers the problems found
     * (then this transaction is rolled back: nothing written) or none (COMPLETED, committed).
     *
     * @throws ImportLostException when the import is not this worker's (any more); nothing written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<FieldError> run(long id, String worker) {
        MemberImport job = imports.find(id).filter(found -> found.status() == ImportStatus.RUNNING && worker.equals(found.worker()))
                .orElseThrow(() -> new ImportLostException(id));
        Outcome outcome = checkAndWrite(job, done -> self().progress(id, worker, done));
        if (outcome.problems().any()) {
            context.setRollbackOnly();
            return outcome.problems().reported();
        }
        if (!imports.complete(id, worker, job.totalLines(), outcome.members(), outcome.contacts(), clock.instant())) {
            throw new ImportLostException(id);
        }
        return List.of();
    }

    /**
     * Imports a file at once in the caller's transaction, without a worker: for a caller that holds
     * a transaction around more than the import (restoring an export into an emptied registry, all
     * or nothing). Answers the COMPLETED import; throws the file's problems.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public MemberImport importNow(Caller caller, InputStream file) {
        MemberImport job = stage(caller, file).job();
        if (job.status() == ImportStatus.FAILED) {
            throw new InvalidInputException(job.errors());
        }
        Outcome outcome = checkAndWrite(job, done -> true);
        if (outcome.problems().any()) {
            throw new InvalidInputException(outcome.problems().reported());
        }
        imports.deleteStagedLines(job.id());
        job.complete(outcome.members(), outcome.contacts(), clock.instant());
        return job;
    }

    /** What one pass over the staged lines found and wrote; nothing counts when it found problems (the caller rolls back). */
    private record Outcome(ImportProblems problems, int members, int contacts) {
    }

    /**
     * Reads the staged lines a chunk at a time, member by member, checks each member and writes the
     * good ones in bulk until the first problem; after it only checks, to name every problem.
     *
     * @param progress told the lines done after each chunk; false stops the import (another worker has it)
     */
    private Outcome checkAndWrite(MemberImport job, IntPredicate progress) {
        long id = job.id();
        job.highestNumber().ifPresent(highest -> memberRepository.reserveNumbersUpTo(new MemberNumber(highest)));
        Caller importer = Caller.account(job.startedBy(), Role.SECRETARIAT, Optional.empty());
        var problems = new ImportProblems();
        var lookups = new Lookups();
        var ready = new ArrayList<Checked>();
        int[] written = {0, 0};
        int done = 0;
        List<Line> member = new ArrayList<>();
        int group = 0;
        int line = 0;
        for (List<StagedLine> page = imports.stagedAfter(id, group, line, CHUNK); !page.isEmpty(); page = imports.stagedAfter(id, group, line, CHUNK)) {
            for (StagedLine staged : page) {
                if (staged.group() != group && !member.isEmpty()) {
                    check(new Group(List.copyOf(member)), problems, lookups).ifPresent(ready::add);
                    member.clear();
                }
                member.add(staged.line());
                group = staged.group();
                line = staged.line().number();
            }
            done += page.size();
            if (ready.size() >= CHUNK / 2) {
                write(importer, ready, problems, written);
            }
            if (!progress.test(done)) {
                throw new ImportLostException(id);
            }
        }
        if (!member.isEmpty()) {
            check(new Group(List.copyOf(member)), problems, lookups).ifPresent(ready::add);
        }
        write(importer, ready, problems, written);
        return new Outcome(problems, written[0], written[1]);
    }

    /** Progress and the lease renewed, committed on its own so that a reader sees it while the import goes on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean progress(long id, String worker, int doneLines) {
        return imports.progress(id, worker, doneLines, clock.instant().plus(lease));
    }

    /** FAILED with these problems, its staged lines gone; unless another worker has it now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String worker, List<FieldError> problems) {
        if (imports.fail(id, worker, MemberImport.json(problems), clock.instant())) {
            imports.deleteStagedLines(id);
        }
    }

    /**
     * After a COMPLETED import: its staged lines deleted (run's own transaction may not: it rolls
     * back on problems), and the planner told about the members it wrote.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long id) {
        imports.deleteStagedLines(id);
        memberRepository.refreshPlannerStatistics();
    }

    /** Takes over the running imports whose worker stopped reporting (a stopped server); the caller launches them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> takeOverAbandoned() {
        var taken = new ArrayList<Long>();
        for (MemberImport candidate : imports.running()) {
            imports.lock(candidate.id()).filter(job -> job.abandoned(clock.instant())).ifPresent(job -> {
                imports.take(job.id(), MemberImportRunner.WORKER, clock.instant().plus(lease));
                taken.add(job.id());
            });
        }
        return taken;
    }

    /** The catalogues every member's check asks, asked once per value an import holds: each ask is a call into an EJB. */
    private final class Lookups {

        private final Map<String, Optional<CountryCode>> codes = new HashMap<>();
        private final Map<String, Optional<Country>> countriesByCode = new HashMap<>();
        private final Map<String, Optional<Tier>> tiersByCode = new HashMap<>();

        Optional<CountryCode> code(String typed) {
            return codes.computeIfAbsent(typed, countries::code);
        }

        Optional<Country> country(String typed) {
            return countriesByCode.computeIfAbsent(typed, countries::country);
        }

        Optional<Tier> tier(String typed) {
            return tiersByCode.computeIfAbsent(typed, tiers::find);
        }
    }

    /** A member that passed its checks, and the line it starts on (for a number the registry holds already). */
    private record Checked(MemberRecord record, int line) {
    }

    /** Writes the members checked so far, unless the file has shown a problem: then only their numbers are still checked. */
    private void write(Caller importer, List<Checked> ready, ImportProblems problems, int[] written) {
        Map<Long, Integer> lineOfNumber = new HashMap<>();
        ready.forEach(checked -> checked.record().number().ifPresent(number -> lineOfNumber.put(number.value(), checked.line())));
        Set<Long> taken = memberRepository.existing(lineOfNumber.keySet());
        taken.forEach(number -> problems.add(FieldError.atLine(lineOfNumber.get(number), "number", new MemberNumber(number)
                + " is a member of this registry already")));
        if (!problems.any()) {
            List<MemberRecord> records = ready.stream().map(Checked::record).toList();
            members.restoreAll(importer, records);
            written[0] += records.size();
            written[1] += records.stream().mapToInt(record -> record.contacts().size()).sum();
        }
        ready.clear();
    }

    private MemberImportService self() {
        return context.getBusinessObject(MemberImportService.class);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Optional<Checked> check(Group group, ImportProblems problems, Lookups lookups) {
        var errors = new ArrayList<FieldError>();
        Optional<MemberRecord> record = check(group, errors, lookups);
        problems.addAll(errors);
        return record.map(checked -> new Checked(checked, group.first().number()));
    }

    private Optional<MemberRecord> check(Group group, List<FieldError> errors, Lookups lookups) {
        int before = errors.size();
        Line first = group.first();
        int at = first.number();
        for (Line line : group.lines().subList(1, group.lines().size())) {
            MemberColumns.MEMBER_COLUMNS.stream().filter(column -> !line.get(column).equals(first.get(column))).forEach(column -> errors.add(
                    FieldError.atLine(line.number(), column, "differs from line " + at + " of the same member: a member's columns repeat on each of its lines")));
        }
        Optional<MemberNumber> number = MemberLines.optional(first, "number").flatMap(text -> parsed(errors, at, "number", MemberNumber.parse(text),
                "must be a member number such as WIC-000123, or empty for a new member"));
        Optional<LegalName> legalName = FieldValues.read(errors, at, "legalName", () -> new LegalName(first.get("legalName")));
        Optional<DisplayName> displayName = MemberLines.optional(first, "displayName").isPresent()
                ? FieldValues.read(errors, at, "displayName", () -> new DisplayName(first.get("displayName")))
                : legalName.map(name -> new DisplayName(name.value()));
        Optional<Category> category = parsed(errors, at, "category", Category.find(first.get("category")), "must be ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL");
        Optional<CountryCode> country = parsed(errors, at, "country", lookups.code(first.get("country")), "must be an ISO 3166-1 country code");
        Optional<Tier> tier = parsed(errors, at, "tier", lookups.tier(first.get("tier")), "is not a tier: see GET /api/v1/tiers");
        Optional<MemberStatus> status = parsed(errors, at, "status", MemberStatus.parse(first.get("status")), "must be ACTIVE, SUSPENDED, WITHDRAWN or TERMINATED");
        Optional<LocalDate> joinedOn = parsed(errors, at, "joinedOn", date(first.get("joinedOn")), "must be a date, YYYY-MM-DD, not in the future");
        Optional<Optional<WebAddress>> website = FieldValues.read(errors, at, "website", () -> WebAddress.optional(first.get("website")));
        Optional<Optional<Description>> description = FieldValues.read(errors, at, "description", () -> Description.optional(first.get("description")));
        Optional<Address> address = address(errors, first, lookups);
        List<MemberRecord.Contact> contacts = contacts(errors, group);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MemberRecord(number, legalName.orElseThrow(), displayName.orElseThrow(), category.orElseThrow(), country.orElseThrow(),
                tier.orElseThrow(), status.orElseThrow(), joinedOn.orElseThrow(), website.orElseThrow(), description.orElseThrow(), address, contacts));
    }

    private List<MemberRecord.Contact> contacts(List<FieldError> errors, Group group) {
        var contacts = new ArrayList<MemberRecord.Contact>();
        int before = errors.size();
        int primaries = 0;
        for (Line line : group.lines()) {
            if (line.blank(CONTACT_COLUMNS) && group.lines().size() == 1) {
                break;
            }
            var contactErrors = new ArrayList<FieldError>();
            // an erased person's contact (from an export after an erasure) comes back erased
            Optional<ContactPerson> person = ContactPerson.erased(line.get("contactName"), line.get("contactEmail"), line.get("contactPhone"))
                    .or(() -> ContactPerson.check("", line.get("contactName"), line.get("contactEmail"), line.get("contactPhone"), contactErrors));
            contactErrors.forEach(error -> errors.add(FieldError.atLine(line.number(), "contact" + capitalized(error.field()), error.message())));
            Optional<String> title = MemberLines.optional(line, "contactTitle");
            if (title.isPresent() && title.get().length() > MemberRecord.MAX_TITLE) {
                errors.add(FieldError.atLine(line.number(), "contactTitle", "must be at most " + MemberRecord.MAX_TITLE + " characters"));
            }
            String primary = line.get("contactPrimary").toLowerCase(Locale.ROOT);
            if (!primary.equals("true") && !primary.equals("false")) {
                errors.add(FieldError.atLine(line.number(), "contactPrimary", "must be true or false"));
            } else if (primary.equals("true")) {
                primaries++;
            }
            person.ifPresent(found -> contacts.add(new MemberRecord.Contact(found, title, primary.equals("true"))));
        }
        if (errors.size() == before && primaries != 1) {
            errors.add(FieldError.atLine(group.first().number(), "contactPrimary", "a member has exactly one primary contact; this one has "
                    + primaries + (contacts.isEmpty() ? ": give its contact on the member's line" : "")));
        }
        return contacts;
    }

    private Optional<Address> address(List<FieldError> errors, Line line, Lookups lookups) {
        List<String> columns = List.of("addressStreet", "addressCity", "addressRegion", "addressPostalCode", "addressCountry");
        if (line.blank(columns)) {
            return Optional.empty();
        }
        int before = errors.size();
        Map<String, Integer> limits = Map.of("addressStreet", Address.MAX_STREET, "addressCity", Address.MAX_CITY, "addressRegion", Address.MAX_REGION,
                "addressPostalCode", Address.MAX_POSTAL_CODE);
        limits.forEach((column, max) -> {
            if (line.get(column).length() > max) {
                errors.add(FieldError.atLine(line.number(), column, "must be at most " + max + " characters"));
            }
        });
        if (line.get("addressCity").isEmpty()) {
            errors.add(FieldError.atLine(line.number(), "addressCity", "is required in an address"));
        }
        Optional<String> country = country(errors, line, "addressCountry", true, lookups);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Address(MemberLines.optional(line, "addressStreet"), line.get("addressCity"), MemberLines.optional(line, "addressRegion"),
                MemberLines.optional(line, "addressPostalCode"), country.orElseThrow()));
    }

    private Optional<String> country(List<FieldError> errors, Line line, String column, boolean required, Lookups lookups) {
        String code = line.get(column);
        if (code.isEmpty() && !required) {
            return Optional.empty();
        }
        return parsed(errors, line.number(), column, lookups.country(code).map(Country::alpha2), "must be an ISO 3166-1 country code");
    }

    private Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text)).filter(day -> !day.isAfter(calendar.today()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> parsed(List<FieldError> errors, int line, String column, Optional<T> value, String rule) {
        if (value.isEmpty()) {
            errors.add(FieldError.atLine(line, column, rule));
        }
        return value;
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
