package org.wic.registry.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last invoice number handed out for a year; read under a row lock, so numbers never repeat. */
@Entity
@Table(name = "invoice_counter")
public class InvoiceCounter {

    @Id
    @Column(name = "dues_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected InvoiceCounter() {
        // for JPA
    }

    InvoiceCounter(int year) {
        this.year = year;
    }

    /** {@code 2027-000123}: the next number of the year. */
    InvoiceNumber next() {
        lastNumber++;
        return InvoiceNumber.of(year, lastNumber);
    }

    /** Hands out {@code count} numbers at once; answers the first of them (the rest follow it). */
    long take(int count) {
        long first = lastNumber + 1L;
        lastNumber += count;
        return first;
    }
}
