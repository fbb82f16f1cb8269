package org.wic.registry.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.CountrySearch;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierService;
import org.wic.registry.web.i18n.Language;
import org.wic.registry.web.i18n.Messages;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The lists the forms choose from, labelled in the officer's language: countries by name, statuses, categories, tiers. */
@Named
@RequestScoped
public class Choices {

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Inject
    private Language language;

    @Inject
    private Messages messages;

    private List<SelectItem> countryItems;

    /** The 249 countries by name in the officer's language; sorted once per request, however many menus list them. */
    public List<SelectItem> getCountries() {
        if (countryItems == null) {
            Collator order = Collator.getInstance(language.getLocale());
            countryItems = countries.countries(CountrySearch.all()).stream()
                    .map(country -> new SelectItem(country.alpha2(), countryName(country.alpha2())))
                    .sorted(Comparator.comparing(SelectItem::getLabel, order)).toList();
        }
        return countryItems;
    }

    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(language.getLocale());
    }

    public List<SelectItem> getContinents() {
        return countries.continents().stream().map(continent -> new SelectItem(continent.code(), messages.text("continent." + continent.code())))
                .toList();
    }

    public List<SelectItem> getCategories() {
        return labelled(Arrays.stream(Category.values()).map(Enum::name).toList(), "category.");
    }

    public List<SelectItem> getApplicationStatuses() {
        return labelled(Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList(), "applicationStatus.");
    }

    public List<SelectItem> getMemberStatuses() {
        return labelled(Arrays.stream(MemberStatus.values()).map(Enum::name).toList(), "memberStatus.");
    }

    public List<SelectItem> getInvoiceStatuses() {
        return labelled(Arrays.stream(InvoiceStatus.values()).map(Enum::name).toList(), "invoiceStatus.");
    }

    public List<SelectItem> getTiers() {
        return tiers.all().stream().map(tier -> new SelectItem(tier.code(), tier.name())).toList();
    }

    /** The tiers a member of this category may join or be moved to: active and open to the category (Tier.admits, the services' rule). */
    public List<SelectItem> admittingTiers(Category category) {
        return tiers.all().stream().filter(tier -> tier.admits(category)).map(tier -> new SelectItem(tier.code(), tier.name())).toList();
    }

    private List<SelectItem> labelled(List<String> codes, String prefix) {
        return codes.stream().map(code -> new SelectItem(code, messages.text(prefix + code))).toList();
    }
}
