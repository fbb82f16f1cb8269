package org.wic.registry.statistics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.money.Money;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Category;
import org.wic.registry.time.RegistryCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
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

    public MembershipFigures membership() {
        Map<String, Long> byContinent = grouped("SELECT c.continent.code, COUNT(m) FROM Member m, Country c "
                + "WHERE c.alpha2 = m.countryCode AND m.status = :active GROUP BY c.continent.code");
        Map<String, Long> byCountry = grouped("SELECT m.countryCode, COUNT(m) FROM Member m WHERE m.status = :active GROUP BY m.countryCode");
        Map<String, Long> byCategory = zeroes(Arrays.stream(Category.values()).map(Enum::name).toList());
        byCategory.putAll(grouped("SELECT m.category, COUNT(m) FROM Member m WHERE m.status = :active GROUP BY m.category"));
        Map<String, Long> byTier = grouped("SELECT m.tier.code, COUNT(m) FROM Member m WHERE m.status = :active GROUP BY m.tier.code");
        Map<String, Long> byStatus = zeroes(Arrays.stream(MemberStatus.values()).map(Enum::name).toList());
        entityManager.createQuery("SELECT m.status, COUNT(m) FROM Member m GROUP BY m.status", Object[].class).getResultList()
                .forEach(row -> byStatus.put(String.valueOf(row[0]), (Long) row[1]));
        long members = byStatus.get(MemberStatus.ACTIVE.name());
        return new MembershipFigures(members, byCountry.size(), byContinent.size(), byContinent, byCountry, byCategory, byTier, byStatus);
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

    /** Per currency, in currency order. */
    public List<DuesFigures> dues(Caller caller, int year) {
        caller.require(Role.SECRETARIAT);
        LocalDate today = calendar.today();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        entityManager.createQuery("SELECT i.currency, SUM(i.amount), SUM(CASE WHEN i.status IN :open THEN i.amount - i.paid ELSE 0 END), "
                        + "SUM(CASE WHEN i.status IN :open AND i.dueOn < :today THEN i.amount - i.paid ELSE 0 END) "
                        + "FROM Invoice i WHERE i.year = :year AND i.status <> :void GROUP BY i.currency", Object[].class)
                .setParameter("open", InvoiceStatus.open()).setParameter("today", today).setParameter("year", year)
                .setParameter("void", InvoiceStatus.VOID).getResultList()
                .forEach(row -> sums.put((String) row[0], new BigDecimal[] {(BigDecimal) row[1], BigDecimal.ZERO, (BigDecimal) row[2], (BigDecimal) row[3]}));
        entityManager.createQuery("SELECT p.currency, SUM(p.amount) FROM Payment p WHERE p.invoice.year = :year AND p.reversedOn IS NULL "
                        + "GROUP BY p.currency", Object[].class)
                .setParameter("year", year).getResultList()
                .forEach(row -> sums.computeIfAbsent((String) row[0], currency -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO})[1] = (BigDecimal) row[1]);
        return sums.entrySet().stream().map(entry -> {
            Currency currency = Currency.getInstance(entry.getKey());
            BigDecimal[] values = entry.getValue();
            return new DuesFigures(money(values[0], currency), money(values[1], currency), money(values[2], currency), money(values[3], currency));
        }).toList();
    }

    private static Money money(BigDecimal value, Currency currency) {
        return new Money(value.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency);
    }

    private Map<String, Long> grouped(String jpql) {
        Map<String, Long> counts = new TreeMap<>();
        entityManager.createQuery(jpql, Object[].class).setParameter("active", MemberStatus.ACTIVE).getResultList()
                .forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
        return counts;
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
