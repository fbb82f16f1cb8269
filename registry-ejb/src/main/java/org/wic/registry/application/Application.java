package org.wic.registry.application;

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
import org.wic.registry.caller.Caller;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.member.Description;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.Recipient;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application for membership. Every change of status goes through {@link #move}, which asks
 * {@link ApplicationStatus} whether it is allowed and writes the step into the history.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.OPEN_WITH_NORMALIZED_NAME, query = "SELECT a FROM Application a"
        + " WHERE a.normalizedName = :name AND a.countryCode = :country AND a.status IN :open ORDER BY a.id DESC")
public class Application {

    static final String OPEN_WITH_NORMALIZED_NAME = "Application.openWithNormalizedName";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Column(name = "legal_name", nullable = false, updatable = false, length = 200)
    private String legalName;

    @Column(name = "normalized_name", nullable = false, updatable = false, length = 200)
    private String normalizedName;

    @Column(name = "search_name", nullable = false, updatable = false, length = 200)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false, length = 20)
    private Category category;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @Column(name = "website", updatable = false, length = 200)
    private String website;

    @Column(name = "description", updatable = false, length = 2000)
    private String description;

    @Column(name = "requested_tier", nullable = false, updatable = false, length = 30)
    private String requestedTier;

    @Column(name = "contact_name", nullable = false, length = 120)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "motivation", nullable = false, updatable = false, length = 5000)
    private String motivation;

    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language = Language.EN.code();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "tracking_token_hash", nullable = false, updatable = false, length = 100)
    private String trackingTokenHash;

    @Column(name = "information_request", length = 2000)
    private String informationRequest;

    @Column(name = "information_response", length = 5000)
    private String informationResponse;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Column(name = "approved_tier", length = 30)
    private String approvedTier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ApplicationTransition> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PossibleDuplicate> possibleDuplicates = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Application() {
        // for JPA
    }

    /** A new application; {@link #recordSubmission} writes its first step once it has an id. */
    static Application submit(Submission submission, String trackingTokenHash, Instant now) {
        var application = new Application();
        application.legalName = submission.legalName().value();
        application.normalizedName = submission.legalName().normalized();
        application.searchName = submission.legalName().folded();
        application.category = submission.category();
        application.countryCode = submission.country().alpha2();
        application.website = submission.website().map(WebAddress::value).orElse(null);
        application.description = submission.description().map(Description::value).orElse(null);
        application.requestedTier = submission.requestedTier().value();
        application.contactName = submission.contact().name();
        application.contactEmail = submission.contact().email();
        application.contactPhone = submission.contact().phone().orElse(null);
        application.language = submission.language().code();
        application.motivation = submission.motivation();
        application.trackingTokenHash = trackingTokenHash;
        application.submittedAt = now;
        application.status = ApplicationStatus.SUBMITTED;
        return application;
    }

    /** The contact person's name, email and phone become the marker (personal data erasure). */
    void eraseContact(String marker) {
        contactName = marker;
        contactEmail = marker;
        contactPhone = contactPhone == null ? null : marker;
    }

    void recordSubmission(Caller by) {
        history.add(new ApplicationTransition(this, ApplicationTransition.SUBMIT, null, ApplicationStatus.SUBMITTED, by, submittedAt, null));
    }

    void flagPossibleDuplicate(PossibleDuplicate.Kind kind, String reference, String legalName) {
        possibleDuplicates.add(new PossibleDuplicate(this, kind, reference, legalName));
    }

    void startReview(Caller by, Instant now) {
        move(ApplicationAction.START_REVIEW, by, now, null);
    }

    void requestInformation(Caller by, String message, Instant now) {
        move(ApplicationAction.REQUEST_INFORMATION, by, now, message);
        informationRequest = message;
        informationResponse = null;
    }

    void provideInformation(Caller by, String response, Instant now) {
        move(ApplicationAction.PROVIDE_INFORMATION, by, now, response);
        informationResponse = response;
    }

    /** Checks, before anything is created for it, that the application may be approved. */
    void requireApprovable() {
        status.require(ApplicationAction.APPROVE);
    }

    void approve(Caller by, Tier tier, Member admitted, Optional<String> note, Instant now) {
        move(ApplicationAction.APPROVE, by, now, note.orElse(null));
        decide(by, now, note.orElse(null));
        approvedTier = tier.code();
        member = admitted;
    }

    void reject(Caller by, String reason, Instant now) {
        move(ApplicationAction.REJECT, by, now, reason);
        decide(by, now, reason);
    }

    void withdraw(Caller by, Optional<String> reason, Instant now) {
        move(ApplicationAction.WITHDRAW, by, now, reason.orElse(null));
        decide(by, now, reason.orElse(null));
    }

    private void decide(Caller by, Instant now, String note) {
        decidedAt = now;
        decidedBy = by.id();
        decisionNote = note;
    }

    private void move(ApplicationAction action, Caller by, Instant now, String note) {
        ApplicationStatus next = status.require(action);
        history.add(new ApplicationTransition(this, action.name(), status, next, by, now, note));
        status = next;
    }

    boolean hasTrackingToken(String presented) {
        return TrackingToken.matches(presented, trackingTokenHash);
    }

    /** The member this application's applicant would become: its contact the primary one. */
    Member.Admission admission() {
        return new Member.Admission(legalName, category, countryCode, website(), description(), contact(), language());
    }

    /** The language the registry writes to the applicant in. */
    public Language language() {
        return Language.find(language).orElse(Language.EN);
    }

    /** The applicant's contact as a message's recipient. */
    public Recipient recipient() {
        return new Recipient(contactEmail, contactName, language());
    }

    public long id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public Category category() {
        return category;
    }

    public String countryCode() {
        return countryCode;
    }

    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String requestedTier() {
        return requestedTier;
    }

    public ContactPerson contact() {
        return new ContactPerson(contactName, contactEmail, Optional.ofNullable(contactPhone));
    }

    public String motivation() {
        return motivation;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<String> informationRequest() {
        return Optional.ofNullable(informationRequest);
    }

    public Optional<String> informationResponse() {
        return Optional.ofNullable(informationResponse);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    public Optional<String> approvedTier() {
        return Optional.ofNullable(approvedTier);
    }

    public Optional<MemberNumber> memberNumber() {
        return Optional.ofNullable(member).map(Member::number);
    }

    public List<ApplicationTransition> history() {
        return List.copyOf(history);
    }

    public List<PossibleDuplicate> possibleDuplicates() {
        return List.copyOf(possibleDuplicates);
    }

    public long version() {
        return version;
    }
}
