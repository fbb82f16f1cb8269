package org.wic.registry.web.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.account.Account;
import org.wic.registry.account.AccountService;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.member.Address;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberContact;
import org.wic.registry.member.MemberContactService;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberPatch;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.member.MemberStatusChange;
import org.wic.registry.persistence.Versions;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierCode;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.NotFound;
import org.wic.registry.web.support.Outcomes;
import org.wic.registry.web.support.PerRequest;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member as the secretariat keeps it: the profile (edited from the version the officer opened:
 * a stale edit is refused and the fresh values shown), contacts, status and tier with their
 * reasons, the representatives' accounts, invoices and statement.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The profile as the form edits it. */
    public static final class Profile implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String legalName;
        private String displayName;
        private Category category;
        private String country;
        private LocalDate joinedOn;
        private String website;
        private String description;
        private String street;
        private String city;
        private String region;
        private String postalCode;
        private String addressCountry;

        static Profile of(Member member) {
            var profile = new Profile();
            profile.legalName = member.legalName();
            profile.displayName = member.displayName();
            profile.category = member.category();
            profile.country = member.countryCode();
            profile.joinedOn = member.joinedOn();
            profile.website = member.website().orElse(null);
            profile.description = member.description().orElse(null);
            Optional<Address> address = member.address();
            profile.street = address.flatMap(Address::street).orElse(null);
            profile.city = address.map(Address::city).orElse(null);
            profile.region = address.flatMap(Address::region).orElse(null);
            profile.postalCode = address.flatMap(Address::postalCode).orElse(null);
            profile.addressCountry = address.map(Address::countryCode).orElse(null);
            return profile;
        }

        /** The merge patch from {@code before} to this: only what the officer changed. */
        Map<String, Object> changesFrom(Profile before) {
            Map<String, Object> patch = new LinkedHashMap<>();
            put(patch, "legalName", before.legalName, legalName);
            put(patch, "displayName", before.displayName, displayName);
            put(patch, "category", before.category == null ? null : before.category.name(), category == null ? null : category.name());
            put(patch, "country", before.country, country);
            put(patch, "joinedOn", before.joinedOn == null ? null : before.joinedOn.toString(), joinedOn == null ? null : joinedOn.toString());
            put(patch, "website", before.website, website);
            put(patch, "description", before.description, description);
            Map<String, Object> address = new HashMap<>();
            put(address, "street", before.street, street);
            put(address, "city", before.city, city);
            put(address, "region", before.region, region);
            put(address, "postalCode", before.postalCode, postalCode);
            put(address, "country", before.addressCountry, addressCountry);
            if (!address.isEmpty()) {
                boolean none = city == null && addressCountry == null && street == null && region == null && postalCode == null;
                patch.put("address", none ? null : address);
            }
            return patch;
        }

        private static void put(Map<String, Object> patch, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                patch.put(field, after);
            }
        }

        public String getLegalName() { return legalName; }
        public void setLegalName(String legalName) { this.legalName = legalName; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public Category getCategory() { return category; }
        public void setCategory(Category category) { this.category = category; }
        public String getCountry() { return country; }
        public void setCountry(String country) { this.country = country; }
        public LocalDate getJoinedOn() { return joinedOn; }
        public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = street; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
        public String getAddressCountry() { return addressCountry; }
        public void setAddressCountry(String addressCountry) { this.addressCountry = addressCountry; }
    }

    /** A contact being added or edited. */
    public static final class ContactDraft implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String title;
        private String email;
        private String phone;
        private boolean primary;
        private boolean billing;
        private boolean mailOptOut;

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public boolean isPrimary() { return primary; }
        public void setPrimary(boolean primary) { this.primary = primary; }
        public boolean isBilling() { return billing; }
        public void setBilling(boolean billing) { this.billing = billing; }
        public boolean isMailOptOut() { return mailOptOut; }
        public void setMailOptOut(boolean mailOptOut) { this.mailOptOut = mailOptOut; }
    }

    @Inject
    private MemberService members;

    @Inject
    private MemberContactService contacts;

    @Inject
    private AccountService accounts;

    @Inject
    private InvoiceService invoices;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private final PerRequest<List<MemberStatusChange>> statusHistory = new PerRequest<>();
    private final PerRequest<List<Account>> representatives = new PerRequest<>();
    private final PerRequest<List<Invoice>> memberInvoices = new PerRequest<>();
    private final PerRequest<InvoiceService.Statement> statement = new PerRequest<>();
    private String number;
    private transient Member member;
    private long version;
    private Profile opened;
    private Profile profile;
    private ContactDraft contact = new ContactDraft();
    private MemberStatus targetStatus;
    private String statusReason;
    private String targetTier;
    private String tierReason;
    private String representativeUsername;
    private String representativePassword;

    public void load() {
        NotFound.unless(number != null && MemberNumber.parse(number).isPresent(), this::refresh);
    }

    /** The portal's pages: the member the signed-in representative represents, whatever the address says. */
    public void loadOwn() {
        number = signedIn.current().memberNumber().orElseThrow();
        refresh();
    }

    /** Reads the member again, and the form starts over from its current values. */
    private void refresh() {
        member = members.getPrivate(signedIn.current(), number);
        version = member.version();
        opened = Profile.of(member);
        profile = Profile.of(member);
    }

    public Member getMember() {
        if (member == null && number != null) {
            member = members.getPrivate(signedIn.current(), number);
        }
        return member;
    }

    public void saveProfile() {
        Map<String, Object> patch = profile.changesFrom(opened);
        if (patch.isEmpty()) {
            messages.info("members.unchanged");
            return;
        }
        boolean saved = outcomes.attempt(() -> members.update(signedIn.current(), number, Versions.entityTag(version), new MemberPatch(patch)),
                fieldIds("profile")).isPresent();
        if (saved || outcomes.wasStale()) {
            refresh(); // a stale edit: the fresh values, to edit again
        }
        if (saved) {
            messages.info("members.saved");
        }
    }

    private static Map<String, String> fieldIds(String form) {
        Map<String, String> ids = new HashMap<>();
        for (String field : List.of("legalName", "displayName", "category", "country", "joinedOn", "website", "description", "name", "title",
                "email", "phone", "reason", "tier", "username", "password")) {
            ids.put(field, form + ":" + field);
        }
        ids.put("address.street", form + ":street");
        ids.put("address.city", form + ":city");
        ids.put("address.region", form + ":region");
        ids.put("address.postalCode", form + ":postalCode");
        ids.put("address.country", form + ":addressCountry");
        return ids;
    }

    public void editContact(MemberContact existing) {
        contact = new ContactDraft();
        contact.id = existing.id();
        contact.name = existing.name();
        contact.title = existing.title().orElse(null);
        contact.email = existing.email();
        contact.phone = existing.phone().orElse(null);
        contact.primary = existing.primary();
        contact.billing = existing.billing();
        contact.mailOptOut = existing.mailOptOut();
    }

    public void newContact() {
        contact = new ContactDraft();
    }

    public void saveContact() {
        ContactDraft draft = contact;
        boolean saved;
        if (draft.id == null) {
            saved = guarded(() -> contacts.add(signedIn.current(), number, Optional.of(Versions.entityTag(version)),
                    new MemberContactService.ContactForm(draft.name, draft.title, draft.email, draft.phone, draft.primary, draft.billing,
                            draft.mailOptOut)), "contact");
        } else {
            Map<String, Object> patch = new HashMap<>();
            patch.put("name", draft.name);
            patch.put("title", draft.title);
            patch.put("email", draft.email);
            patch.put("phone", draft.phone);
            patch.put("billing", draft.billing);
            patch.put("mailOptOut", draft.mailOptOut);
            if (draft.primary) {
                patch.put("primary", true);
            }
            saved = guarded(() -> contacts.update(signedIn.current(), number, draft.id, Versions.entityTag(version), patch), "contact");
        }
        if (saved) {
            contact = new ContactDraft();
            messages.info("members.contactSaved");
        }
    }

    public void makePrimary(long id) {
        if (guarded(() -> contacts.update(signedIn.current(), number, id, Versions.entityTag(version), Map.of("primary", true)), "contacts")) {
            messages.info("members.contactSaved");
        }
    }

    public void removeContact(long id) {
        if (guarded(() -> contacts.remove(signedIn.current(), number, id, Versions.entityTag(version)), "contacts")) {
            messages.info("members.contactRemoved");
        }
    }

    public void changeStatus() {
        if (guarded(() -> members.changeStatus(signedIn.current(), number, Versions.entityTag(version), targetStatus, statusReason), "status")) {
            statusReason = null;
            messages.info("members.statusChanged");
        }
    }

    public void changeTier() {
        if (guarded(() -> members.changeTier(signedIn.current(), number, Versions.entityTag(version), TierCode.of(targetTier == null ? "" : targetTier),
                tierReason), "tier")) {
            tierReason = null;
            messages.info("members.tierChanged");
        }
    }

    public void openRepresentative() {
        if (outcomes.attempt(() -> accounts.openRepresentative(signedIn.current(), number, representativeUsername, representativePassword),
                fieldIds("representatives")).isPresent()) {
            messages.info("members.representativeOpened", representativeUsername);
            representativeUsername = null;
            representativePassword = null;
        }
    }

    public void disableRepresentative(String username) {
        if (outcomes.attempt(() -> accounts.disable(signedIn.current(), username), Map.of()).isPresent()) {
            messages.info("members.representativeDisabled", username);
        }
    }

    /** Mails a representative a new link to choose their password (the earlier ones stop working). */
    public void reinvite(String username) {
        if (outcomes.attempt(() -> accounts.resendInvitation(signedIn.current(), username), Map.of()).isPresent()) {
            messages.info("members.invitationSent", username);
        }
    }

    /** A change from the version the officer opened; the member is read again whatever happened (a stale one says so). */
    private boolean guarded(Runnable change, String form) {
        boolean done = outcomes.attempt(change, fieldIds(form));
        refresh();
        return done;
    }

    // read once per request: a page names each of these more than once while it renders

    public List<MemberStatusChange> getStatusHistory() {
        return statusHistory.of(() -> members.statusHistory(signedIn.current(), number));
    }

    public List<Account> getRepresentatives() {
        return representatives.of(() -> accounts.representatives(number));
    }

    public List<Invoice> getInvoices() {
        return memberInvoices.of(() -> invoices.ofMember(signedIn.current(), number));
    }

    public InvoiceService.Statement getStatement() {
        return statement.of(() -> invoices.statement(signedIn.current(), number));
    }

    public List<MemberStatus> getNextStatuses() {
        return List.copyOf(getMember().status().next());
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Profile getProfile() { return profile; }
    public ContactDraft getContact() { return contact; }
    public MemberStatus getTargetStatus() { return targetStatus; }
    public void setTargetStatus(MemberStatus targetStatus) { this.targetStatus = targetStatus; }
    public String getStatusReason() { return statusReason; }
    public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public String getTargetTier() { return targetTier; }
    public void setTargetTier(String targetTier) { this.targetTier = targetTier; }
    public String getTierReason() { return tierReason; }
    public void setTierReason(String tierReason) { this.tierReason = tierReason; }
    public String getRepresentativeUsername() { return representativeUsername; }
    public void setRepresentativeUsername(String representativeUsername) { this.representativeUsername = representativeUsername; }
    public String getRepresentativePassword() { return representativePassword; }
    public void setRepresentativePassword(String representativePassword) { this.representativePassword = representativePassword; }
}
