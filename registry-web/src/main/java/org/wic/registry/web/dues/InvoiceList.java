package org.wic.registry.web.dues;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceQuery;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.money.Money;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.KeysetPages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/** Invoices filtered by year, status and overdue, a keyset page at a time. */
@Named
@ViewScoped
public class InvoiceList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A row of the table. */
    public record Row(String number, String memberNumber, String memberName, int year, Money amount, Money balance, LocalDate dueOn,
                      InvoiceStatus status, boolean overdue) implements Serializable {
    }

    @Inject
    private InvoiceService invoices;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    private Integer year;
    private InvoiceStatus status;
    private boolean overdue;
    private KeysetPages<Row> rows;

    public void search() {
        // the filters as the form last submitted them: the reader keeps only this bean, which the session can carry
        rows = new KeysetPages<>(page -> invoices.search(signedIn.current(), query(), page).map(invoice -> row(invoice, calendar.today())), Row::number);
    }

    private InvoiceQuery query() {
        return new InvoiceQuery(Optional.empty(), Optional.ofNullable(year), Optional.ofNullable(status), overdue ? Optional.of(true) : Optional.empty());
    }

    private static Row row(Invoice invoice, LocalDate today) {
        return new Row(invoice.number().toString(), invoice.member().number().toString(), invoice.member().legalName(), invoice.year(), invoice.amount(),
                invoice.balance(), invoice.dueOn(), invoice.status(), invoice.overdue(today));
    }

    public KeysetPages<Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }
}
