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
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Recipient;
import org.wic.registry.text.SearchText;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    @Column(name = "search_name", nullable = false, length = 410)
    private String searchName;

    @Column(name = "sort_name", nullable = false, length = 200)
    private String sortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tier_code", nullable = false)
    private Tier tier;

    @Column(name = "language", nullable = false, length = 2)
    private String language = Language.EN.code();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "address_street", length = Address.MAX_STREET)
    private String addressStreet;

    @Column(name = "address_city", length = Address.MAX_CITY)
    private String addressCity;

    @Column(name = "address_region", length = Address.MAX_REGION)
    private String addressRegion;

    @Column(name = "address_postal_code", length = Address.MAX_POSTAL_CODE)
    private String addressPostalCode;

    @Column(name = "address_country", length = 2)
    private String addressCountry;

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
        member.name(LegalName.of(admission.legalName()), DisplayName.of(admission.legalName()));
        member.category = admission.category();
        member.countryCode = admission.countryCode();
        member.tier = tier;
        member.status = MemberStatus.ACTIVE;
        member.joinedOn = joinedOn;
        member.website = admission.website().orElse(null);
        member.description = admission.description().orElse(null);
        member.createdAt = now;
        member.language = admission.language().code();
        member.contacts.add(new MemberContact(member, admission.contact(), Optional.empty(), true));
        return member;
    }

    /** A member as an import brings it: its number kept when it has one, its status and contacts as they were. */
    static Member restore(MemberRecord record, Instant now) {
        var member = new Member();
        record.number().ifPresent(number -> member.id = number.value());
        member.name(record.legalName(), record.displayName());
        member.category = record.category();
        member.countryCode = record.country().alpha2();
        member.tier = record.tier();
        member.status = record.status();
        member.joinedOn = record.joinedOn();
        member.website = record.website().map(WebAddress::value).orElse(null);
        member.description = record.description().map(Description::value).orElse(null);
        member.address(record.address());
        member.createdAt = now;
        record.contacts().forEach(contact -> member.contacts.add(new MemberContact(member, contact.person(), contact.title(), contact.primary())));
        return member;
    }

    private void address(Optional<Address> address) {
        addressStreet = address.flatMap(Address::street).orElse(null);
        addressCity = address.map(Address::city).orElse(null);
        addressRegion = address.flatMap(Address::region).orElse(null);
        addressPostalCode = address.flatMap(Address::postalCode).orElse(null);
        addressCountry = address.map(Address::countryCode).orElse(null);
    }

    /** The names, and the forms derived from them: the normalized legal name, the sort key, the search text. */
    private void name(LegalName legal, DisplayName display) {
        legalName = legal.value();
        displayName = display.value();
        normalizedName = legal.normalized();
        sortName = SearchText.fold(display.value());
        searchName = legal.value().equals(display.value()) ? legal.folded() : legal.folded() + " / " + sortName;
    }

    /** The columns of {@link #bulkRow}, beside the mappings above so that both change together (bulk imports write rows, not entities). */
    static final String[] BULK_COLUMNS = {"id", "legal_name", "display_name", "normalized_name", "search_name", "sort_name", "category",
        "country_code", "tier_code", "status", "joined_on", "website", "description", "address_street", "address_city", "address_region",
        "address_postal_code", "address_country", "created_at", "version"};

    /** This new member as a row of {@link #BULK_COLUMNS}, numbered. */
    Object[] bulkRow() {
        return new Object[] {id, legalName, displayName, normalizedName, searchName, sortName, category.name(), countryCode, tier.code(), status.name(),
            joinedOn, website, description, addressStreet, addressCity, addressRegion, addressPostalCode, addressCountry,
            createdAt.atOffset(ZoneOffset.UTC), 1L};
    }

    boolean numbered() {
        return id != null;
    }

    /** A number for a new member written in bulk, from the same sequence JPA takes them from. */
    void number(long number) {
        this.id = number;
    }

    /** What can be edited of it now. */
    public MemberProfile profile() {
        return new MemberProfile(legalName, displayName, website(), description(), address(), category, countryCode, joinedOn);
    }

    /** Takes this profile; answers what changed, for the audit trail. */
    Changes apply(MemberProfile profile) {
        MemberProfile before = profile();
        Changes changes = Changes.none()
                .field("legalName", before.legalName(), profile.legalName())
                .field("displayName", before.displayName(), profile.displayName())
                .field("website", before.website().orElse(null), profile.website().orElse(null))
                .field("description", before.description().orElse(null), profile.description().orElse(null))
                .field("address", before.address().map(Address::toString).orElse(null), profile.address().map(Address::toString).orElse(null))
                .field("category", before.category(), profile.category())
                .field("country", before.countryCode(), profile.countryCode())
                .field("joinedOn", before.joinedOn(), profile.joinedOn());
        name(new LegalName(profile.legalName()), new DisplayName(profile.displayName()));
        website = profile.website().orElse(null);
        description = profile.description().orElse(null);
        address(profile.address());
        category = profile.category();
        countryCode = profile.countryCode();
        joinedOn = profile.joinedOn();
        return changes;
    }

    /**
     * Moves the membership to {@code target}, if the current status allows it; answers the history entry to keep.
     *
     * @throws IllegalTransitionException naming the statuses it may move to
     */
    MemberStatusChange changeStatus(MemberStatus target, String reason, Caller by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("member", status.name(), "moving to " + target, status.nextNames());
        }
        var change = new MemberStatusChange(this, status, target, reason, by, at);
        status = target;
        return change;
    }

    /** @throws ConflictException when it is in this tier already */
    void changeTier(Tier target) {
        if (tier.code().equals(target.code())) {
            throw new ConflictException(number() + " is in the tier " + target.code() + " already.");
        }
        tier = target;
    }

    /** Adds a contact; a primary one takes over from the current primary contact. */
    MemberContact addContact(ContactPerson person, Optional<String> title, boolean primary) {
        var contact = new MemberContact(this, person, title, false);
        contacts.add(contact);
        if (primary) {
            makePrimary(contact);
        }
        return contact;
    }

    /** The contact becomes the primary one; the one that was is primary no more. Exactly one is, always. */
    void makePrimary(MemberContact contact) {
        contacts.forEach(other -> other.primary(other == contact));
    }

    /** @throws ConflictException for the primary contact: another one must be made primary first */
    void removeContact(MemberContact contact) {
        if (contact.primary()) {
            throw new ConflictException("This is the primary contact of " + number() + ": make another contact primary first.");
        }
        contacts.remove(contact);
    }

    Optional<MemberContact> contact(long id) {
        return contacts.stream().filter(contact -> contact.id() == id).findFirst();
    }

    /** What an approved application brings to a new member. */
    public record Admission(String legalName, Category category, String countryCode, Optional<String> website,
                            Optional<String> description, ContactPerson contact, Language language) {
    }

    /** The language the registry writes to the member's contacts in. */
    public Language language() {
        return Language.find(language).orElse(Language.EN);
    }

    void language(Language language) {
        this.language = language.code();
    }

    /**
     * Whom a message about the member goes to: the primary contact and the contacts marked for
     * billing, each address once; a contact who opted out only gets what cannot be opted out of.
     */
    public List<Recipient> recipients(NotificationKind kind) {
        return contacts.stream()
                .filter(contact -> contact.primary() || contact.billing())
                .filter(contact -> !kind.optional() || !contact.mailOptOut())
                .map(contact -> new Recipient(contact.email(), contact.name(), language()))
                .toList();
    }

    /** The primary contact. */
    public Optional<MemberContact> primaryContact() {
        return contacts.stream().filter(MemberContact::primary).findFirst();
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

    String sortName() {
        return sortName;
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

    public Optional<Address> address() {
        if (addressCity == null) {
            return Optional.empty();
        }
        return Optional.of(new Address(Optional.ofNullable(addressStreet), addressCity, Optional.ofNullable(addressRegion),
                Optional.ofNullable(addressPostalCode), addressCountry));
    }

    public List<MemberContact> contacts() {
        return List.copyOf(contacts);
    }

    public long version() {
        return version;
    }
}
