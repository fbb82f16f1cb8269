package org.wic.registry.demo;

import org.wic.registry.member.MemberStatus;
import org.wic.registry.tier.Category;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The demo data set: the same every time (a fixed seed). Names are coined from syllables, so no
 * real organization is named; web and mail domains are under {@code .example} (RFC 2606).
 * Members come from 24 countries on the six inhabited continents.
 */
public final class DemoData {

    /** The conference became an international organization on this day: nobody joined earlier. */
    static final LocalDate FOUNDED = LocalDate.of(2022, 7, 12);

    /** Countries with a city each, by continent: Africa, Asia, Europe, North America, South America, Oceania. */
    static final String[][] COUNTRIES = {
            {"KE", "Nairobi"}, {"NG", "Lagos"}, {"ZA", "Cape Town"}, {"EG", "Cairo"}, {"GH", "Accra"},
            {"CN", "Hangzhou"}, {"IN", "Bengaluru"}, {"JP", "Osaka"}, {"SG", "Singapore"}, {"AE", "Dubai"}, {"ID", "Jakarta"}, {"KR", "Busan"},
            {"DE", "Hamburg"}, {"FR", "Lyon"}, {"GB", "Manchester"}, {"NL", "Utrecht"}, {"ES", "Valencia"},
            {"US", "Austin"}, {"CA", "Montréal"}, {"MX", "Guadalajara"},
            {"BR", "Recife"}, {"AR", "Córdoba"}, {"CL", "Valparaíso"},
            {"AU", "Brisbane"},
    };

    private static final String[] SYLLABLES = {"vel", "qo", "ra", "tan", "brix", "lu", "mi", "sor", "kav", "en", "dri", "po", "zel",
            "ta", "nu", "vio", "mar", "keo", "sil", "ba", "cor", "fen", "ix", "ola", "ru", "shen", "dar", "wyn", "ae", "lio"};
    private static final String[] ORGANIZATION_FORMS = {"%s Digital Alliance", "%s Internet Society", "%s Open Web Foundation",
            "%s Connectivity Forum", "%s Association for Online Safety", "%s Council for Digital Inclusion"};
    private static final String[] ENTERPRISE_FORMS = {"%s Networks Ltd", "%s Cloud Systems Inc.", "%s Data Technologies GmbH",
            "%s Telecom S.A.", "%s Software Co., Ltd.", "%s Security Labs LLC"};
    private static final String[] INSTITUTION_FORMS = {"%s Institute for Internet Research", "%s University of Technology",
            "%s Academy of Cyberspace Governance", "%s Centre for Digital Economy Studies"};
    private static final String[] FIRST_NAMES = {"Amara", "Kenji", "Lucía", "Tomasz", "Nadia", "Rohan", "Ingrid", "Kwame", "Mei", "Oskar",
            "Thandiwe", "Mateo", "Yuna", "Farid", "Elif", "Diego", "Aroha", "Priya", "Sven", "Zainab"};
    private static final String[] LAST_NAMES = {"Adeyemi", "Takahara", "Quintero", "Wójcik", "Haddad", "Menon", "Lindqvist", "Owusu",
            "Zhao", "Brennan", "Dlamini", "Ferreyra", "Seo", "Rahimi", "Yıldız", "Carvalho", "Ngata", "Iyer", "Aalto", "Bello"};
    private static final String[] STREETS = {"Harbour Road", "Station Street", "Innovation Avenue", "Market Square", "Riverside Drive",
            "Garden Lane"};

    /** An invented member; {@code via} tells whether it is admitted directly or through an approved application. */
    public record Member(String legalName, Optional<String> displayName, Category category, String countryCode, String city,
                         String tier, LocalDate joinedOn, String website, String description, Person contact,
                         Optional<Person> secondContact, boolean withAddress, MemberStatus status, boolean representative) {
    }

    public record Person(String name, String title, String email, Optional<String> phone) {
    }

    /** An invented application and the state the demo leaves it in. */
    public record Application(String legalName, Category category, String countryCode, String tier, String website, Person contact,
                              DemoApplicationState state) {
    }

    /** Where a demo application ends up. */
    public enum DemoApplicationState { SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REJECTED, WITHDRAWN }

    private final List<Member> members;
    private final List<Application> applications;

    private DemoData(List<Member> members, List<Application> applications) {
        this.members = List.copyOf(members);
        this.applications = List.copyOf(applications);
    }

    /** 120 members (joined up to {@code today}), six of them with a representative, and two applications in every state. */
    public static DemoData generate(LocalDate today) {
        var random = new Random(20220712L);
        Set<String> coined = new LinkedHashSet<>();
        var members = new ArrayList<Member>();
        long days = Math.max(1, ChronoUnit.DAYS.between(FOUNDED, today));
        for (int i = 0; i < 120; i++) {
            Category category = i % 6 == 5 ? Category.INDIVIDUAL : Category.values()[i % 3];
            String[] country = COUNTRIES[i % COUNTRIES.length];
            String word = coin(random, coined);
            Person contact = person(random, word, category == Category.INDIVIDUAL ? "Member" : "Membership coordinator");
            LocalDate joinedOn = FOUNDED.plusDays(days * i / 120);
            String legalName;
            String tier;
            if (category == Category.INDIVIDUAL) {
                legalName = contact.name();
                tier = "INDIVIDUAL";
            } else {
                legalName = form(category, random).formatted(word);
                tier = i % 10 == 0 ? "STRATEGIC" : i % 2 == 0 ? "FULL" : "ASSOCIATE";
            }
            MemberStatus status = i % 29 == 7 ? MemberStatus.SUSPENDED : i % 47 == 13 ? MemberStatus.WITHDRAWN
                    : i == 101 ? MemberStatus.TERMINATED : MemberStatus.ACTIVE;
            members.add(new Member(legalName, category == Category.INDIVIDUAL ? Optional.empty() : Optional.of(word + (i % 4 == 0 ? "" : " " + shortForm(category))),
                    category, country[0], country[1], tier, joinedOn, "https://" + domain(word),
                    description(category, country[1]), contact,
                    i % 5 == 0 ? Optional.of(person(random, word, "Technical liaison")) : Optional.empty(),
                    i % 3 != 2, status, i < 6 && status == MemberStatus.ACTIVE));
        }
        var applications = new ArrayList<Application>();
        DemoApplicationState[] states = DemoApplicationState.values();
        for (int i = 0; i < 12; i++) {
            Category category = Category.values()[i % 3];
            String word = coin(random, coined);
            applications.add(new Application(form(category, random).formatted(word), category, COUNTRIES[(i * 7) % COUNTRIES.length][0],
                    i % 2 == 0 ? "FULL" : "ASSOCIATE", "https://" + domain(word), person(random, word, "Director"), states[i % states.length]));
        }
        return new DemoData(members, applications);
    }

    public List<Member> members() {
        return members;
    }

    public List<Application> applications() {
        return applications;
    }

    /** A two- or three-syllable word no other demo member has, capitalized. */
    private static String coin(Random random, Set<String> taken) {
        while (true) {
            var word = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String coined = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (coined.length() >= 5 && taken.add(coined)) {
                return coined;
            }
        }
    }

    private static Person person(Random random, String word, String title) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        String local = (ascii(first) + "." + ascii(last)).toLowerCase(Locale.ROOT);
        return new Person(first + " " + last, title, local + "@" + domain(word),
                random.nextBoolean() ? Optional.of("+1 555 01%02d".formatted(random.nextInt(100))) : Optional.empty());
    }

    private static String form(Category category, Random random) {
        String[] forms = switch (category) {
            case ORGANIZATION -> ORGANIZATION_FORMS;
            case ENTERPRISE -> ENTERPRISE_FORMS;
            case INSTITUTION -> INSTITUTION_FORMS;
            case INDIVIDUAL -> throw new IllegalArgumentException("individuals are named after the person");
        };
        return forms[random.nextInt(forms.length)];
    }

    private static String shortForm(Category category) {
        return switch (category) {
            case ORGANIZATION -> "Alliance";
            case ENTERPRISE -> "Networks";
            case INSTITUTION -> "Institute";
            case INDIVIDUAL -> "";
        };
    }

    private static String description(Category category, String city) {
        return switch (category) {
            case ORGANIZATION -> "A non-profit based in " + city + " that brings people together around an open, safe and inclusive internet.";
            case ENTERPRISE -> "A company from " + city + " building networks, cloud services and secure software.";
            case INSTITUTION -> "A research and teaching institution in " + city + " studying the internet's economy and governance.";
            case INDIVIDUAL -> "An independent expert on internet policy and digital inclusion, based in " + city + ".";
        };
    }

    static String street(int index) {
        return (10 + index % 90) + " " + STREETS[index % STREETS.length];
    }

    private static String domain(String word) {
        return ascii(word).toLowerCase(Locale.ROOT) + ".example";
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace("ı", "i");
    }
}
