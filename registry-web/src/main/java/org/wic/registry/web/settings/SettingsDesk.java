package org.wic.registry.web.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.account.Account;
import org.wic.registry.account.AccountService;
import org.wic.registry.caller.Role;
import org.wic.registry.money.Money;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.Versions;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierCode;
import org.wic.registry.tier.TierService;
import org.wic.registry.tier.TierTerms;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.Outcomes;
import org.wic.registry.web.support.PerRequest;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry's settings: tiers (create, revise dues and terms, deactivate), secretariat officers' accounts, one's own password. */
@Named
@ViewScoped
public class SettingsDesk implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TIER_FIELDS = Map.of("code", "tier:code", "name", "tier:name", "description", "tier:description",
            "dues", "tier:dues", "dues.value", "tier:dues", "dues.currency", "tier:currency", "categories", "tier:categories");

    @Inject
    private TierService tiers;

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private final PerRequest<List<Account>> officerList = new PerRequest<>();
    /** The tier being edited (null: a new one). */
    private String editing;
    private long editingVersion;
    private String code;
    private String name;
    private String description;
    private BigDecimal dues;
    private String currency = "USD";
    private Category[] categories = {};
    private boolean voting;

    private String officerUsername;
    private String officerPassword;
    private String currentPassword;
    private String newPassword;

    public List<Tier> getTiers() {
        return tiers.all();
    }

    public void edit(String tierCode) {
        Tier tier = tiers.get(tierCode);
        editing = tier.code();
        editingVersion = tier.version();
        code = tier.code();
        name = tier.name();
        description = tier.description().orElse(null);
        dues = tier.dues().value();
        currency = tier.dues().currency().getCurrencyCode();
        categories = tier.categories().toArray(Category[]::new);
        voting = tier.voting();
    }

    public void newTier() {
        editing = null;
        code = null;
        name = null;
        description = null;
        dues = null;
        currency = "USD";
        categories = new Category[0];
        voting = false;
    }

    public void saveTier() {
        boolean saved = outcomes.attempt(() -> {
            TierTerms terms = new TierTerms(name, Optional.ofNullable(description),
                    Money.parse("dues", new Money.MoneyText(dues == null ? null : dues.toPlainString(), currency)),
                    categories.length == 0 ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(List.of(categories)), voting);
            return editing == null ? tiers.create(signedIn.current(), TierCode.of(code == null ? "" : code), terms)
                    : tiers.revise(signedIn.current(), editing, Versions.entityTag(editingVersion), terms);
        }, TIER_FIELDS).isPresent();
        if (saved) {
            messages.info("settings.tierSaved", code);
            newTier();
        } else if (outcomes.wasStale()) {
            edit(editing);
        }
    }

    public void deactivate(String tierCode) {
        Tier tier = tiers.get(tierCode);
        outcomes.attempt(() -> tiers.deactivate(signedIn.current(), tierCode, Versions.entityTag(tier.version())), Map.of())
                .ifPresent(done -> messages.info("settings.tierDeactivated", tierCode));
    }

    public void activate(String tierCode) {
        Tier tier = tiers.get(tierCode);
        outcomes.attempt(() -> tiers.activate(signedIn.current(), tierCode, Versions.entityTag(tier.version())), Map.of())
                .ifPresent(done -> messages.info("settings.tierActivated", tierCode));
    }

    /** The secretariat's officers (representatives are on their member's page). */
    public List<Account> getOfficers() {
        return officerList.of(() -> accounts.list(signedIn.current(), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(account -> account.role() == Role.SECRETARIAT).toList());
    }

    public void openOfficer() {
        outcomes.attempt(() -> accounts.open(signedIn.current(), officerUsername, Role.SECRETARIAT, officerPassword, Optional.empty()),
                Map.of("username", "officers:username", "password", "officers:password")).ifPresent(account -> {
                    messages.info("settings.officerOpened", account.username().value());
                    officerUsername = null;
                    officerPassword = null;
                });
    }

    public void disable(String username) {
        outcomes.attempt(() -> accounts.disable(signedIn.current(), username), Map.of())
                .ifPresent(account -> messages.info("members.representativeDisabled", username));
    }

    public void enable(String username) {
        outcomes.attempt(() -> accounts.enable(signedIn.current(), username), Map.of())
                .ifPresent(account -> messages.info("settings.enabled", username));
    }

    public void changePassword() {
        if (outcomes.attempt(() -> accounts.changeOwnPassword(signedIn.current(), currentPassword, newPassword),
                Map.of("currentPassword", "password:current", "newPassword", "password:new"))) {
            messages.info("settings.passwordChanged");
        }
        currentPassword = null;
        newPassword = null;
    }

    public Category[] getAllCategories() {
        return Category.values();
    }

    public String getEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getDues() { return dues; }
    public void setDues(BigDecimal dues) { this.dues = dues; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Category[] getCategories() { return categories; }
    public void setCategories(Category[] categories) { this.categories = categories; }
    public boolean isVoting() { return voting; }
    public void setVoting(boolean voting) { this.voting = voting; }
    public String getOfficerUsername() { return officerUsername; }
    public void setOfficerUsername(String officerUsername) { this.officerUsername = officerUsername; }
    public String getOfficerPassword() { return officerPassword; }
    public void setOfficerPassword(String officerPassword) { this.officerPassword = officerPassword; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
