package org.wic.registry.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.exchange.MemberLines.Group;
import org.wic.registry.exchange.MemberLines.Line;
import org.wic.registry.member.Address;
import org.wic.registry.member.LegalNames;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberRecord;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports members from a CSV in the members export's format. The whole file is checked first, every
 * problem named by line and column in one answer; only a file without any is written, in one
 * transaction: all of its members, or none. Members keep the numbers the file gives them (a number
 * the registry holds already is an error); lines without a number become new members with new
 * numbers. Each imported member is audited and announced on the change feed.
 */
@Stateless
public class MemberImport {

    /** More problems than this are summed up: the first ones are enough to see what is wrong. */
    static final int MAX_REPORTED = 1000;
    private static final int FLUSH_EVERY = 200;
    private static final List<String> CONTACT_COLUMNS = MemberColumns.HEADER.subList(MemberColumns.MEMBER_COLUMNS.size(), MemberColumns.HEADER.size());

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private MemberService members;

    @Inject
    private TierService tiers;

    @Inject
    private CountryCatalog countries;

    @Inject
    private RegistryCalendar calendar;

    /** What an import wrote. */
    public record Imported(int members, int contacts, List<String> numbers) {
    }

    public Imported importMembers(Caller caller, InputStream file) {
        caller.require(Role.SECRETARIAT);
        var errors = new ArrayList<FieldError>();
        List<Line> lines = MemberLines.read(file, errors);
        var records = new ArrayList<MemberRecord>();
        if (errors.isEmpty()) {
            if (lines.isEmpty()) {
                errors.add(FieldError.atLine(2, "file", "holds no members: after the header, one line per contact"));
            }
            List<Group> groups = MemberLines.group(lines);
            groups.forEach(group -> check(group, errors).ifPresent(records::add));
            refuseTakenNumbers(groups, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(reported(errors));
        }
        return write(caller, records);
    }

    private Imported write(Caller caller, List<MemberRecord> records) {
        records.stream().flatMap(record -> record.number().stream()).max(Comparator.comparingLong(MemberNumber::value))
                .ifPresent(members::reserveNumbersUpTo);
        var written = new ArrayList<Member>(records.size());
        int contacts = 0;
        for (MemberRecord record : records) {
            written.add(members.restore(caller, record));
            contacts += record.contacts().size();
            if (written.size() % FLUSH_EVERY == 0) {
                entityManager.clear(); // written and flushed: the persistence context need not keep them
            }
        }
        written.forEach(members::announce); // the feed's head is the last lock of the transaction
        return new Imported(written.size(), contacts, written.stream().map(member -> member.number().toString()).toList());
    }

    /** The member a group of lines describes, or its problems. */
    private Optional<MemberRecord> check(Group group, List<FieldError> errors) {
        int before = errors.size();
        Line first = group.first();
        int at = first.number();
        for (Line line : group.lines().subList(1, group.lines().size())) {
            MemberColumns.MEMBER_COLUMNS.stream().filter(column -> !line.get(column).equals(first.get(column))).forEach(column -> errors.add(
                    FieldError.atLine(line.number(), column, "differs from line " + at + " of the same member: a member's columns repeat on each of its lines")));
        }
        Optional<MemberNumber> number = MemberLines.optional(first, "number").flatMap(text -> parsed(errors, at, "number", MemberNumber.parse(text),
                "must be a member number such as WIC-000123, or empty for a new member"));
        String legalName = name(errors, first, "legalName", LegalNames.MIN_LEGAL_NAME).orElse("");
        String displayName = MemberLines.optional(first, "displayName").isPresent()
                ? name(errors, first, "displayName", LegalNames.MIN_DISPLAY_NAME).orElse("") : legalName;
        Optional<Category> category = parsed(errors, at, "category", Category.find(first.get("category")), "must be ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL");
        Optional<String> country = country(errors, first, "country", true);
        Optional<Tier> tier = parsed(errors, at, "tier", tiers.find(first.get("tier")), "is not a tier: see GET /api/v1/tiers");
        Optional<MemberStatus> status = parsed(errors, at, "status", MemberStatus.parse(first.get("status")), "must be ACTIVE, SUSPENDED, WITHDRAWN or TERMINATED");
        Optional<LocalDate> joinedOn = parsed(errors, at, "joinedOn", date(first.get("joinedOn")), "must be a date, YYYY-MM-DD, not in the future");
        Optional<String> website = MemberLines.optional(first, "website");
        if (website.isPresent() && !WebAddress.isValid(website.get())) {
            errors.add(FieldError.atLine(at, "website", WebAddress.RULE));
        }
        Optional<String> description = MemberLines.optional(first, "description");
        if (description.isPresent() && description.get().length() > MemberRecord.MAX_DESCRIPTION) {
            errors.add(FieldError.atLine(at, "description", "must be at most " + MemberRecord.MAX_DESCRIPTION + " characters"));
        }
        Optional<Address> address = address(errors, first);
        List<MemberRecord.Contact> contacts = contacts(errors, group);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MemberRecord(number, legalName, displayName, category.orElseThrow(), country.orElseThrow(), tier.orElseThrow(),
                status.orElseThrow(), joinedOn.orElseThrow(), website, description, address, contacts));
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

    private Optional<Address> address(List<FieldError> errors, Line line) {
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
        Optional<String> country = country(errors, line, "addressCountry", true);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Address(MemberLines.optional(line, "addressStreet"), line.get("addressCity"), MemberLines.optional(line, "addressRegion"),
                MemberLines.optional(line, "addressPostalCode"), country.orElseThrow()));
    }

    /** Numbers the registry holds already, looked up a thousand at a time. */
    private void refuseTakenNumbers(List<Group> groups, List<FieldError> errors) {
        Map<Long, Integer> lineOf = new HashMap<>();
        groups.forEach(group -> MemberNumber.parse(group.first().get("number")).ifPresent(number -> lineOf.put(number.value(), group.first().number())));
        List<Long> numbers = new ArrayList<>(lineOf.keySet());
        Set<Long> taken = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += 1000) {
            taken.addAll(entityManager.createQuery("SELECT m.id FROM Member m WHERE m.id IN :ids", Long.class)
                    .setParameter("ids", numbers.subList(from, Math.min(from + 1000, numbers.size()))).getResultList());
        }
        taken.forEach(number -> errors.add(FieldError.atLine(lineOf.get(number), "number", new MemberNumber(number)
                + " is a member of this registry already")));
    }

    private Optional<String> country(List<FieldError> errors, Line line, String column, boolean required) {
        String code = line.get(column);
        if (code.isEmpty() && !required) {
            return Optional.empty();
        }
        return parsed(errors, line.number(), column, countries.country(code).map(Country::alpha2), "must be an ISO 3166-1 country code");
    }

    private Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text)).filter(day -> !day.isAfter(calendar.today()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> name(List<FieldError> errors, Line line, String column, int min) {
        String name = line.get(column);
        Optional<String> problem = LegalNames.problem(name, min);
        problem.ifPresent(message -> errors.add(FieldError.atLine(line.number(), column, message)));
        return Optional.of(name).filter(checked -> problem.isEmpty());
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

    private static List<FieldError> reported(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing((FieldError error) -> error.line().orElse(0))).toList();
        if (sorted.size() <= MAX_REPORTED) {
            return sorted;
        }
        var reported = new ArrayList<>(sorted.subList(0, MAX_REPORTED));
        reported.add(new FieldError("file", "and " + (sorted.size() - MAX_REPORTED) + " more problems after line "
                + sorted.get(MAX_REPORTED - 1).line().orElse(0)));
        return reported;
    }
}
