package org.wic.registry.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.exchange.ExportService;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.tier.Category;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.CsvDownload;
import org.wic.registry.web.support.KeysetPages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The members with every filter of the API's directory (any status), a keyset page at a time, and the CSV of the current filter. */
@Named
@ViewScoped
public class MemberDirectory implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A row of the table. */
    public record Row(String number, String legalName, Category category, String country, String tier, MemberStatus status, LocalDate joinedOn)
            implements Serializable {
    }

    @Inject
    private MemberService members;

    @Inject
    private ExportService exports;

    @Inject
    private CountryCatalog countries;

    @Inject
    private SignedInCaller signedIn;

    private MemberStatus status = MemberStatus.ACTIVE;
    private String country;
    private String continent;
    private String tier;
    private Category category;
    private String q;
    private LocalDate joinedFrom;
    private LocalDate joinedTo;
    private String sort = "NAME";
    private KeysetPages<Row> rows;

    public void search() {
        // the filters as the form last submitted them (paging submits none): the reader keeps only this bean, which the session can carry
        rows = new KeysetPages<>(page -> members.directory(query(), page).map(MemberDirectory::row), Row::number);
    }

    private DirectoryQuery query() {
        Optional<Set<String>> continentCountries = Optional.ofNullable(continent).flatMap(countries::continent).map(countries::countryCodesOf);
        return new DirectoryQuery(status == null ? MemberStatus.ACTIVE : status, Optional.ofNullable(country), continentCountries, Optional.ofNullable(tier),
                Optional.ofNullable(category), Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty()), Optional.ofNullable(joinedFrom),
                Optional.ofNullable(joinedTo), DirectoryQuery.Sort.valueOf(sort));
    }

    private static Row row(Member member) {
        return new Row(member.number().toString(), member.legalName(), member.category(), member.countryCode(), member.tier().code(), member.status(),
                member.joinedOn());
    }

    /** The current filter's members as CSV (the API's directory export). */
    public void exportCsv() throws IOException {
        DirectoryQuery query = query();
        CsvDownload.stream("members.csv", ExportService.DIRECTORY_HEADER, after -> exports.directory(signedIn.current(), query, after));
    }

    public KeysetPages<Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContinent() {
        return continent;
    }

    public void setContinent(String continent) {
        this.continent = continent;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public LocalDate getJoinedFrom() {
        return joinedFrom;
    }

    public void setJoinedFrom(LocalDate joinedFrom) {
        this.joinedFrom = joinedFrom;
    }

    public LocalDate getJoinedTo() {
        return joinedTo;
    }

    public void setJoinedTo(LocalDate joinedTo) {
        this.joinedTo = joinedTo;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
