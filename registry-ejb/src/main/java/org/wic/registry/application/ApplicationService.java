package org.wic.registry.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.account.AccountService;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.CountryCode;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.Description;
import org.wic.registry.member.LegalName;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberAdmitted;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.member.MemberService;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.MessageValues;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Notifications;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.text.TextInput;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierCode;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application workflow. Applicants submit, answer requests for information and withdraw with
 * their tracking token; the secretariat reviews, asks, approves, rejects and withdraws. Every step
 * locks the application, goes through the state machine, and writes its audit event in its
 * transaction; approval admits the member in the same transaction.
 */
@Stateless
public class ApplicationService {

    public static final String CURSOR_SCOPE = ApplicationRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    private static final String ENTITY = "application";
    /** The most possible duplicates one application carries. */
    static final int MAX_DUPLICATE_FLAGS = 20;
    private static final int MAX_MOTIVATION = 5000;
    private static final int MAX_NOTE = 2000;
    /** The public tracking page: the token goes in the message's text, never in a link. */
    private static final String TRACK_PATH = "/track";

    @Inject
    private ApplicationRepository repository;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Inject
    private MemberService members;

    @Inject
    private MemberRepository memberRepository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MemberAdmitted> admissions;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Notifications notifications;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    /** A new application and its tracking token, which exists nowhere else: the caller shows it once. */
    public record Submitted(Application application, String trackingToken) {
    }

    public Submitted submit(Caller caller, ApplicationForm form) {
        Submission submission = check(form);
        TrackingToken.Issued token = TrackingToken.issue();
        Application application = Application.submit(submission, token.hash(), clock.instant());
        flagPossibleDuplicates(application);
        repository.add(application);
        // an anonymous submitter is the applicant from now on; a signed-in one submits for someone
        Caller submitter = caller.kind() == Caller.Kind.ANONYMOUS ? Caller.applicant(application.id()) : caller;
        application.recordSubmission(submitter);
        audit.record(submitter, "application.submitted", ENTITY, String.valueOf(application.id()), Changes.created("legalName", submission.legalName())
                .set("category", submission.category()).set("country", submission.country())
                .set("requestedTier", submission.requestedTier()).set("status", ApplicationStatus.SUBMITTED));
        notifications.queueWithSecret(NotificationKind.APPLICATION_RECEIVED, application.recipient(), values(application).with("linkPath", TRACK_PATH),
                Notification.Subject.application(application.id()), token.token());
        return new Submitted(application, token.token());
    }

    /** For the applicant: the application, if the token is its own; otherwise, as for an unknown id, nothing. */
    public Application forApplicant(long id, String trackingToken) {
        return repository.find(id)
                .filter(application -> application.hasTrackingToken(trackingToken))
                .orElseThrow(() -> unknown(id));
    }

    /** Every application whose contact has this email, any case, for a personal data request. */
    public List<Application> withContactEmail(Caller caller, String email) {
        caller.require(Role.SECRETARIAT);
        return repository.withContactEmail(email);
    }

    /** Replaces the application's contact with the marker, in the erasure's transaction; the application stays. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void eraseContact(Application application, String marker) {
        application.eraseContact(marker);
    }

    public Application get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return repository.find(id).orElseThrow(() -> unknown(id));
    }

    /** Oldest first (the review queue), keyset-paginated on the id. */
    public Page<Application> search(Caller caller, ApplicationQuery query, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        return repository.search(query, page);
    }

    public Application startReview(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        Application application = lock(id);
        ApplicationStatus before = application.status();
        application.startReview(caller, clock.instant());
        recordTransition(caller, application, before, "application.review-started", Optional.empty());
        return application;
    }

    public Application requestInformation(Caller caller, long id, String message) {
        caller.require(Role.SECRETARIAT);
        String text = TextInput.required("message", message, MAX_NOTE);
        Application application = lock(id);
        ApplicationStatus before = application.status();
        application.requestInformation(caller, text, clock.instant());
        recordTransition(caller, application, before, "application.information-requested", Optional.of(text));
        tell(application, NotificationKind.INFORMATION_REQUESTED, values(application).with("message", text).with("linkPath", TRACK_PATH));
        return application;
    }

    public Application provideInformation(long id, String trackingToken, String response) {
        forApplicant(id, trackingToken);
        String text = TextInput.required("response", response, MAX_MOTIVATION);
        Application application = lock(id);
        Caller applicant = Caller.applicant(id);
        ApplicationStatus before = application.status();
        application.provideInformation(applicant, text, clock.instant());
        recordTransition(applicant, application, before, "application.information-provided", Optional.empty());
        return application;
    }

    /**
     * Approves: in this one transaction the member is created (next number, the chosen tier, joined
     * today, the applicant's contact as primary), the application links to it, and whatever observes
     * {@link MemberAdmitted} does its part. Concurrent approvals of one application queue on its lock;
     * the first wins, the others find it approved and get a 409.
     */
    public Application approve(Caller caller, long id, String tierCode, Optional<String> note) {
        caller.require(Role.SECRETARIAT);
        Optional<String> cleanNote = TextInput.optional("note", note.orElse(null), MAX_NOTE);
        Application application = lock(id);
        application.requireApprovable();
        Tier tier = admittingTier(tierCode, application.category());
        Member member = members.admit(caller, application.admission(), tier, calendar.today());
        ApplicationStatus before = application.status();
        application.approve(caller, tier, member, cleanNote, clock.instant());
        audit.record(caller, "application.approved", ENTITY, String.valueOf(id), Changes.none()
                .field("status", before, application.status()).set("tier", tier.code()).set("memberNumber", member.number()));
        admissions.fire(new MemberAdmitted(member, id, caller));
        members.announce(member);
        tell(application, NotificationKind.APPLICATION_APPROVED, values(application).with("memberNumber", member.number()).with("tier", tier.name())
                .with("linkPath", "/directory/" + member.number()));
        accounts.inviteRepresentative(caller, member, application.recipient());
        return application;
    }

    public Application reject(Caller caller, long id, String reason) {
        caller.require(Role.SECRETARIAT);
        String text = TextInput.required("reason", reason, MAX_NOTE);
        Application application = lock(id);
        ApplicationStatus before = application.status();
        application.reject(caller, text, clock.instant());
        recordTransition(caller, application, before, "application.rejected", Optional.of(text));
        tell(application, NotificationKind.APPLICATION_REJECTED, values(application).with("reason", text));
        return application;
    }

    /** Withdrawn on the applicant's request: by the applicant (token) or by the secretariat for them. */
    public Application withdraw(Caller caller, long id, Optional<String> reason) {
        caller.require(Role.SECRETARIAT);
        return withdraw(caller, lock(id), reason);
    }

    public Application withdrawByApplicant(long id, String trackingToken, Optional<String> reason) {
        forApplicant(id, trackingToken);
        return withdraw(Caller.applicant(id), lock(id), reason);
    }

    private Application withdraw(Caller by, Application application, Optional<String> reason) {
        Optional<String> text = TextInput.optional("reason", reason.orElse(null), MAX_NOTE);
        ApplicationStatus before = application.status();
        application.withdraw(by, text, clock.instant());
        recordTransition(by, application, before, "application.withdrawn", text);
        tell(application, NotificationKind.APPLICATION_WITHDRAWN, values(application).with("reason", text));
        return application;
    }

    private void tell(Application application, NotificationKind kind, MessageValues values) {
        notifications.queue(kind, List.of(application.recipient()), values, Notification.Subject.application(application.id()), Optional.empty());
    }

    private static MessageValues values(Application application) {
        return MessageValues.of("applicationNumber", application.id()).with("legalName", application.legalName());
    }

    private Tier admittingTier(String code, Category category) {
        Tier tier = tiers.find(code).orElseThrow(() -> new InvalidInputException("tier", "is not a tier: see GET /api/v1/tiers"));
        tier.refusal(category).ifPresent(refusal -> {
            throw new InvalidInputException("tier", refusal);
        });
        return tier;
    }

    private Submission check(ApplicationForm form) {
        var errors = new ArrayList<FieldError>();
        Optional<LegalName> legalName = FieldValues.read(errors, "legalName", () -> LegalName.of(form.legalName()));
        Optional<Category> category = FieldValues.read(errors, "category", () -> Category.parse("category", form.category()));
        Optional<CountryCode> country = countries.code(form.country()); // not a refusal thrown from the catalog (an EJB): that would doom the transaction
        if (country.isEmpty()) {
            errors.add(new FieldError("country", CountryCode.RULE));
        }
        Optional<Optional<WebAddress>> website = FieldValues.read(errors, "website", () -> WebAddress.optional(form.website()));
        Optional<Optional<Description>> description = FieldValues.read(errors, "description", () -> Description.optional(form.description()));
        Optional<Tier> tier = tiers.find(form.requestedTier());
        if (tier.isEmpty()) {
            errors.add(new FieldError("requestedTier", "is not a tier: see GET /api/v1/tiers"));
        }
        category.flatMap(applicant -> tier.flatMap(requested -> requested.refusal(applicant)))
                .ifPresent(refusal -> errors.add(new FieldError("requestedTier", refusal)));
        Optional<ContactPerson> contact = ContactPerson.check("contact", form.contactName(), form.contactEmail(), form.contactPhone(), errors);
        String motivation = text(form.motivation());
        if (motivation.isEmpty() || motivation.length() > MAX_MOTIVATION) {
            errors.add(new FieldError("motivation", "must be 1 to " + MAX_MOTIVATION + " characters"));
        }
        TextInput.textProblem(motivation).ifPresent(problem -> errors.add(new FieldError("motivation", problem)));
        Optional<Language> language = FieldValues.read(errors, "language", () -> Language.parse("language", form.language()));
        FieldValues.requireNone(errors);
        return new Submission(legalName.orElseThrow(), category.orElseThrow(), country.orElseThrow(), website.orElseThrow(), description.orElseThrow(),
                TierCode.of(tier.orElseThrow().code()), contact.orElseThrow(), motivation, language.orElseThrow());
    }

    /**
     * Members and open applications with the same normalized name in the same country: flagged, not
     * refused; at most {@link #MAX_DUPLICATE_FLAGS} (members first), so that a flood of look-alike
     * applications cannot make each new one carry thousands of flags.
     */
    private void flagPossibleDuplicates(Application application) {
        String normalized = LegalName.of(application.legalName()).normalized();
        List<Member> sameName = memberRepository.withNormalizedName(normalized, application.countryCode(), MAX_DUPLICATE_FLAGS);
        for (Member member : sameName) {
            application.flagPossibleDuplicate(PossibleDuplicate.Kind.MEMBER, member.number().toString(), member.legalName());
        }
        if (sameName.size() < MAX_DUPLICATE_FLAGS) {
            repository.openWithNormalizedName(normalized, application.countryCode(), MAX_DUPLICATE_FLAGS - sameName.size())
                    .forEach(other -> application.flagPossibleDuplicate(PossibleDuplicate.Kind.APPLICATION, String.valueOf(other.id()), other.legalName()));
        }
    }

    private void recordTransition(Caller caller, Application application, ApplicationStatus before, String action, Optional<String> note) {
        Changes changes = Changes.none().field("status", before, application.status());
        note.ifPresent(text -> changes.set("note", text));
        audit.record(caller, action, ENTITY, String.valueOf(application.id()), changes);
    }

    /** The application, locked until this transaction ends (see {@link ApplicationRepository#lock}). */
    private Application lock(long id) {
        return repository.lock(id).orElseThrow(() -> unknown(id));
    }

    private static UnknownEntityException unknown(long id) {
        return new UnknownEntityException("application", String.valueOf(id));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

}
