package org.wic.registry.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member or open application that had the same normalized name and country when this application was submitted. */
@Entity
@Table(name = "application_duplicate")
public class PossibleDuplicate {

    public enum Kind { MEMBER, APPLICATION }

    @Id
    @SequenceGenerator(name = "application_duplicate_seq", sequenceName = "application_duplicate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_duplicate_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private String kind;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Column(name = "legal_name", nullable = false, updatable = false, length = 200)
    private String legalName;

    protected PossibleDuplicate() {
        // for JPA
    }

    PossibleDuplicate(Application application, Kind kind, String reference, String legalName) {
        this.application = application;
        this.kind = kind.name();
        this.reference = reference;
        this.legalName = legalName;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    /** The member number, or the application id. */
    public String reference() {
        return reference;
    }

    public String legalName() {
        return legalName;
    }
}
