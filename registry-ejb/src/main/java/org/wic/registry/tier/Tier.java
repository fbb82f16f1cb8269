package org.wic.registry.tier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.audit.Changes;
import org.wic.registry.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A membership tier. Its dues are what the next invoices will ask; invoices already issued keep
 * their amounts. A tier is deactivated, never deleted: members may hold it.
 */
@Entity
@Table(name = "tier")
@NamedQuery(name = Tier.ALL, query = "SELECT t FROM Tier t ORDER BY t.code")
@NamedQuery(name = Tier.ALL_WITH_CATEGORIES, query = "SELECT DISTINCT t FROM Tier t LEFT JOIN FETCH t.categories")
public class Tier {

    static final String ALL = "Tier.all";
    /** Every tier with its categories, in one statement: for reading many members' tiers at once. */
    public static final String ALL_WITH_CATEGORIES = "Tier.allWithCategories";

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "dues_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal duesAmount;

    @Column(name = "dues_currency", nullable = false, length = 3)
    private String duesCurrency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tier_category", joinColumns = @JoinColumn(name = "tier_code"))
    @Column(name = "category", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    @Column(name = "voting", nullable = false)
    private boolean voting;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tier() {
        // for JPA
    }

    Tier(TierCode code, TierTerms terms) {
        this.code = code.value();
        this.active = true;
        apply(terms);
    }

    /** Sets the terms; answers what changed, for the audit trail. */
    Changes revise(TierTerms terms) {
        TierTerms before = terms();
        apply(terms);
        return Changes.none()
                .field("name", before.name(), terms.name())
                .field("description", before.description().orElse(null), terms.description().orElse(null))
                .field("dues", before.dues(), terms.dues())
                .field("categories", before.categories(), terms.categories())
                .field("voting", before.voting(), terms.voting());
    }

    /** @return whether anything changed */
    boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    /** @return whether anything changed */
    boolean activate() {
        boolean changed = !active;
        active = true;
        return changed;
    }

    /** Whether a new member of this category may join in this tier. */
    public boolean admits(Category category) {
        return active && isOpenTo(category);
    }

    /** Whether members of this category may be in it (a member may stay in a tier that is no longer active). */
    public boolean isOpenTo(Category category) {
        return categories.contains(category);
    }

    /** Why a member of this category cannot be in this tier, if it cannot: the one wording of the rule, wherever a tier is chosen. */
    public Optional<String> refusal(Category category) {
        if (admits(category)) {
            return Optional.empty();
        }
        return Optional.of(active ? "is not open to " + category : "is not active");
    }

    private void apply(TierTerms terms) {
        this.name = terms.name();
        this.description = terms.description().orElse(null);
        this.duesAmount = terms.dues().value();
        this.duesCurrency = terms.dues().currency().getCurrencyCode();
        this.categories = EnumSet.copyOf(terms.categories());
        this.voting = terms.voting();
    }

    public TierTerms terms() {
        return new TierTerms(name, Optional.ofNullable(description), dues(), categories, voting);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Money dues() {
        Currency currency = Currency.getInstance(duesCurrency);
        return new Money(duesAmount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency);
    }

    public Set<Category> categories() {
        return EnumSet.copyOf(categories);
    }

    public boolean voting() {
        return voting;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
