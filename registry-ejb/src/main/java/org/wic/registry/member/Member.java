package org.wic.registry.member;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member of the World Internet Conference. Its id is its member number: drawn from a sequence
 * one by one, so never reused (a rolled-back admission leaves a gap, not a second holder).
 */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_NORMALIZED_NAME, query = "SELECT m FROM Member m WHERE m.normalizedName = :name AND m.countryCode = :country")
public class Member {

    static final String BY_NORMALIZED_NAME = "Member.byNormalizedName";

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tier_code", nullable = false)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MemberContact> contacts = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Member() {
        // for JPA
    }

    /** A new, active member, joining today in this tier, with its first (primary) contact. */
    static Member admit(Admission admission, Tier tier, LocalDate joinedOn, Instant now) {
        var member = new Member();
        member.legalName = admission.legalName();
        member.displayName = admission.legalName();
        member.normalizedName = LegalNames.normalize(admission.legalName());
        member.category = admission.category();
        member.countryCode = admission.countryCode();
        member.tier = tier;
        member.status = MemberStatus.ACTIVE;
        member.joinedOn = joinedOn;
        member.website = admission.website().orElse(null);
        member.description = admission.description().orElse(null);
        member.createdAt = now;
        member.contacts.add(new MemberContact(member, admission.contact(), true));
        return member;
    }

    /** What an approved application brings to a new member. */
    public record Admission(String legalName, Category category, String countryCode, Optional<String> website,
                            Optional<String> description, ContactPerson contact) {
    }

    public MemberNumber number() {
        return new MemberNumber(id);
    }

    public String legalName() {
        return legalName;
    }

    public String displayName() {
        return displayName;
    }

    public Category category() {
        return category;
    }

    public String countryCode() {
        return countryCode;
    }

    public Tier tier() {
        return tier;
    }

    public MemberStatus status() {
        return status;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public List<MemberContact> contacts() {
        return List.copyOf(contacts);
    }

    public long version() {
        return version;
    }
}
