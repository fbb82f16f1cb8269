package org.wic.registry.statistics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.feed.ChangeFeed;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.money.Money;
import org.wic.registry.tier.Category;
import org.wic.registry.time.RegistryCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics, each figure a COUNT in the database. Membership figures describe the public
 * directory: active members (the directory's default), with every status in {@code byStatus}.
 * Months of submission are the registry's calendar months (REGISTRY_TIME_ZONE).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatisticsService {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private ChangeFeed feed;

    @Inject
    private CountryCatalog countries;

    @Inject
    private MembershipFiguresCache figures;

    /**
     * The membership figures as of the change feed's position: counted in one GROUP BY pass when the
     * directory has changed since they were last counted (the feed records every change they depend
     * on: a member's creation, status, tier, country, category), else the figures counted then.
     */
    public MembershipFigures membership() {
        long position = feed.position();
        return figures.current(position).orElseGet(() -> figures.keep(position, countMembership()));
    }

    private MembershipFigures countMembership() {
        Map<String, Long> byContinent = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byCategory = zeroes(Arrays.stream(Category.values()).map(Enum::name).toList());
        Map<String, Long> byTier = new TreeMap<>();
        Map<String, Long> byStatus = zeroes(Arrays.stream(MemberStatus.values()).map(Enum::name).toList());
        Map<String, Long> byJoinYear = new TreeMap<>();
        entityManager.createQuery("SELECT m.status, m.countryCode, m.category, m.tier.code, EXTRACT(YEAR FROM m.joinedOn), COUNT(m) FROM Member m "
                + "GROUP BY m.status, m.countryCode, m.category, m.tier.code, EXTRACT(YEAR FROM m.joinedOn)", Object[].class).getResultList().forEach(row -> {
                    long count = (Long) row[5];
                    byStatus.merge(String.valueOf(row[0]), count, Long::sum);
                    if (row[0] == MemberStatus.ACTIVE) {
                        String country = (String) row[1];
                        byContinent.merge(countries.continentCode(country), count, Long::sum);
                        byCountry.merge(country, count, Long::sum);
                        byCategory.merge(String.valueOf(row[2]), count, Long::sum);
                        byTier.merge((String) row[3], count, Long::sum);
                        byJoinYear.merge(String.valueOf(((Number) row[4]).intValue()), count, Long::sum); // PostgreSQL's is numeric
                    }
                });
        long members = byStatus.get(MemberStatus.ACTIVE.name());
        return new MembershipFigures(members, byCountry.size(), byContinent.size(), byContinent, byCountry, byCategory, byTier, byStatus,
                byJoinYear);
    }

    public ApplicationFigures applications(Caller caller) {
        caller.require(Role.SECRETARIAT);
        Map<String, Long> byStatus = zeroes(Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList());
        entityManager.createQuery("SELECT a.status, COUNT(a) FROM Application a GROUP BY a.status", Object[].class).getResultList()
                .forEach(row -> byStatus.put(String.valueOf(row[0]), (Long) row[1]));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        if (total > 0) {
            Instant first = submission("ASC");
            Instant last = submission("DESC");
            // one range count per month: month boundaries are the registry's, which the database's time zone need not be
            for (YearMonth month = calendar.monthOf(first); !month.isAfter(calendar.monthOf(last)); month = month.plusMonths(1)) {
                byMonth.put(month, entityManager.createQuery(
                                "SELECT COUNT(a) FROM Application a WHERE a.submittedAt >= :start AND a.submittedAt < :end", Long.class)
                        .setParameter("start", calendar.startOf(month)).setParameter("end", calendar.startOf(month.plusMonths(1)))
                        .getSingleResult());
            }
        }
        return new ApplicationFigures(total, byStatus, byMonth);
    }

    /** Per currency, in currency order: four GROUP BY sums. */
    public List<DuesFigures> dues(Caller caller, int year) {
        caller.require(Role.SECRETARIAT);
        Map<String, BigDecimal> issued = sums("SELECT i.currency, SUM(i.amount) FROM Invoice i WHERE i.year = :year AND i.status <> :voided "
                + "GROUP BY i.currency", Map.of("year", year, "voided", InvoiceStatus.VOID));
        Map<String, BigDecimal> collected = sums("SELECT p.currency, SUM(p.amount) FROM Payment p WHERE p.invoice.year = :year "
                + "AND p.reversedOn IS NULL GROUP BY p.currency", Map.of("year", year));
        Map<String, BigDecimal> outstanding = sums("SELECT i.currency, SUM(i.amount - i.paid) FROM Invoice i WHERE i.year = :year "
                + "AND i.status IN :open GROUP BY i.currency", Map.of("year", year, "open", InvoiceStatus.open()));
        Map<String, BigDecimal> overdue = sums("SELECT i.currency, SUM(i.amount - i.paid) FROM Invoice i WHERE i.year = :year "
                + "AND i.status IN :open AND i.dueOn < :today GROUP BY i.currency", Map.of("year", year, "open", InvoiceStatus.open(),
                "today", calendar.today()));
        return issued.keySet().stream().map(code -> {
            Currency currency = Currency.getInstance(code);
            return new DuesFigures(money(issued.get(code), currency), money(collected.getOrDefault(code, BigDecimal.ZERO), currency),
                    money(outstanding.getOrDefault(code, BigDecimal.ZERO), currency), money(overdue.getOrDefault(code, BigDecimal.ZERO), currency));
        }).toList();
    }

    /** Invoices still open (wholly or partly) after their due date. */
    public long overdueInvoices(Caller caller) {
        caller.require(Role.SECRETARIAT);
        return entityManager.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.status IN :open AND i.dueOn < :today", Long.class)
                .setParameter("open", InvoiceStatus.open()).setParameter("today", calendar.today()).getSingleResult();
    }

    private Map<String, BigDecimal> sums(String jpql, Map<String, Object> parameters) {
        var query = entityManager.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, BigDecimal> sums = new TreeMap<>();
        query.getResultList().forEach(row -> sums.put((String) row[0], (BigDecimal) row[1]));
        return sums;
    }

    private static Money money(BigDecimal value, Currency currency) {
        return new Money(value.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency);
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }

    /**
     * The first or last submission. Not MIN/MAX: EclipseLink hands an aggregate of a converted
     * attribute to the converter as the driver's type, which differs between H2 and PostgreSQL.
     */
    private Instant submission(String direction) {
        return entityManager.createQuery("SELECT a.submittedAt FROM Application a ORDER BY a.submittedAt " + direction, Instant.class)
                .setMaxResults(1).getSingleResult();
    }
}
