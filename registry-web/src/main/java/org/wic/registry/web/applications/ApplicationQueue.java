package org.wic.registry.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationQuery;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.tier.Category;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.support.KeysetPages;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The review queue: oldest first, filtered by status, country, category and submission dates, a keyset page at a time. */
@Named
@ViewScoped
public class ApplicationQueue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A row of the queue: what the table shows, not the entity. */
    public record Row(long id, String legalName, Category category, String country, ApplicationStatus status, Instant submittedAt)
            implements Serializable {
    }

    @Inject
    private ApplicationService applications;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    private ApplicationStatus status;
    private String country;
    private Category category;
    private LocalDate from;
    private LocalDate to;
    private KeysetPages<Row> rows;

    /** Applies the filters: back to the first page. */
    public void search() {
        // the filters as the form last submitted them: the reader keeps only this bean, which the session can carry
        rows = new KeysetPages<>(page -> applications.search(signedIn.current(), query(), page).map(ApplicationQueue::row), row -> String.valueOf(row.id()));
    }

    private ApplicationQuery query() {
        return new ApplicationQuery(Optional.ofNullable(status), Optional.ofNullable(category), Optional.ofNullable(country),
                Optional.empty(), Optional.ofNullable(from).map(day -> day.atStartOfDay(calendar.zone()).toInstant()),
                Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
    }

    private static Row row(Application application) {
        return new Row(application.id(), application.legalName(), application.category(), application.countryCode(), application.status(),
                application.submittedAt());
    }

    public KeysetPages<Row> getRows() {
        return rows;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
