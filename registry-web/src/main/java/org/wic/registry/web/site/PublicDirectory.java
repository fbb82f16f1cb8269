package org.wic.registry.web.site;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.caller.Caller;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.tier.Category;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.web.support.NotFound;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public directory: active members, filtered as the API filters them, a page at a time (each
 * "More" asks for the page after the last one shown, by its keyset cursor); and at
 * {@code /directory/{number}} one member's public page.
 */
@Named
@ViewScoped
public class PublicDirectory implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    /** A member as the public sees it. */
    public record Entry(String number, String legalName, String displayName, Category category, String countryCode, String tierName,
                        LocalDate joinedOn, String website, String description) implements Serializable {

        static Entry of(Member member) {
            return new Entry(member.number().toString(), member.legalName(), member.displayName(), member.category(), member.countryCode(),
                    member.tier().name(), member.joinedOn(), member.website().orElse(null), member.description().orElse(null));
        }
    }

    @Inject
    private MemberService members;

    @Inject
    private CountryCatalog countries;

    private String number;

    private String continent;
    private String country;
    private Category category;
    private String tier;
    private String q;
    private final List<Entry> shown = new ArrayList<>();
    private Cursor next;
    private Entry member;

    /** The list's first page, or the member the path names (an unknown number is the "not found" page). */
    public void load() {
        number = MemberAddresses.numberOf(FacesContext.getCurrentInstance());
        if (number == null) {
            search();
            return;
        }
        NotFound.unless(MemberNumber.parse(number).isPresent(), () -> member = Entry.of(members.read(Caller.anonymous(), number).member()));
    }

    public void search() {
        shown.clear();
        next = null;
        more(PageRequest.first(PAGE));
    }

    public void more() {
        if (next != null) {
            more(new PageRequest(PAGE, Optional.of(next)));
        }
    }

    private void more(PageRequest page) {
        var found = members.directory(query(), page);
        found.items().stream().map(Entry::of).forEach(shown::add);
        next = found.next().orElse(null);
    }

    private DirectoryQuery query() {
        Optional<Set<String>> continentCountries = Optional.ofNullable(continent).flatMap(countries::continent).map(countries::countryCodesOf);
        return new DirectoryQuery(MemberStatus.ACTIVE, Optional.ofNullable(country), continentCountries, Optional.ofNullable(tier),
                Optional.ofNullable(category), Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty()), Optional.empty(),
                Optional.empty(), DirectoryQuery.Sort.NAME);
    }

    public boolean isMemberPage() { return member != null; }
    public Entry getMember() { return member; }
    public List<Entry> getShown() { return shown; }
    public boolean isMoreToShow() { return next != null; }
    public String getContinent() { return continent; }
    public void setContinent(String continent) { this.continent = continent; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
