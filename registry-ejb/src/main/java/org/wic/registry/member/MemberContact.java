package org.wic.registry.member;

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
import jakarta.persistence.Version;
import org.wic.registry.contact.ContactPerson;

import java.util.Optional;

/** A person the registry writes to about a member; exactly one of a member's contacts is primary. */
@Entity
@Table(name = "member_contact")
public class MemberContact {

    @Id
    @SequenceGenerator(name = "member_contact_seq", sequenceName = "member_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "title", length = 120)
    private String title;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    /** Gets the dues mail (invoices, receipts, reminders) besides the primary contact. */
    @Column(name = "billing", nullable = false)
    private boolean billing;

    /** Wants no mail but invoices, receipts and account mail. */
    @Column(name = "mail_opt_out", nullable = false)
    private boolean mailOptOut;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberContact() {
        // for JPA
    }

    MemberContact(Member member, ContactPerson person, Optional<String> title, boolean primary) {
        this.member = member;
        this.primary = primary;
        update(person, title);
    }

    void update(ContactPerson person, Optional<String> title) {
        this.name = person.name();
        this.email = person.email();
        this.phone = person.phone().orElse(null);
        this.title = title.orElse(null);
    }

    /** The columns of {@link #bulkRow}, beside the mappings above so that both change together. */
    static final String[] BULK_COLUMNS = {"id", "member_id", "name", "title", "email", "phone", "is_primary", "version"};

    Object[] bulkRow(long id) {
        return new Object[] {id, member.number().value(), name, title, email, phone, primary, 1L};
    }

    void primary(boolean primary) {
        this.primary = primary;
    }

    void billing(boolean billing) {
        this.billing = billing;
    }

    void mailOptOut(boolean mailOptOut) {
        this.mailOptOut = mailOptOut;
    }

    public boolean billing() {
        return billing;
    }

    public boolean mailOptOut() {
        return mailOptOut;
    }

    public Member member() {
        return member;
    }

    /** As the contact is now, for a merge patch: name, title, email, phone. */
    public ContactPerson person() {
        return new ContactPerson(name, email, phone());
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public String email() {
        return email;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public boolean primary() {
        return primary;
    }
}
