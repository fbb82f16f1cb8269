package org.wic.registry.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.WebAddress;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.SearchText;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.TextInput;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.LegalNames;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberAdmitted;
import org.wic.registry.member.MemberService;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The application workflow. Applicants submit, answer requests for information and withdraw with
 * their tracking token; the secretariat reviews, asks, approves, rejects and withdraws. Every step
 * locks the application, goes through the state machine, and writes its audit event in its
 * transaction; approval admits the member in the same transaction.
 */
@Stateless
public class ApplicationService {

    public static final String CURSOR_SCOPE = "applications";
    public static final int CURSOR_PARTS = 1;
    private static final String ENTITY = "application";
    /** The most possible duplicates one application carries. */
    static final int MAX_DUPLICATE_FLAGS = 20;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_MOTIVATION = 5000;
    private static final int MAX_NOTE = 2000;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Inject
    private MemberService members;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MemberAdmitted> admissions;

    @Inject
    private RegistryCalendar calendar;

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
        entityManager.persist(application);
        // an anonymous submitter is the applicant from now on; a signed-in one submits for someone
        Caller submitter = caller.kind() == Caller.Kind.ANONYMOUS ? Caller.applicant(application.id()) : caller;
        application.recordSubmission(submitter);
        audit.record(submitter, "application.submitted", ENTITY, String.valueOf(application.id()), Changes.created("legalName", submission.legalName())
                .set("category", submission.category()).set("country", submission.countryCode())
                .set("requestedTier", submission.requestedTier()).set("status", ApplicationStatus.SUBMITTED));
        return new Submitted(application, token.token());
    }

    /** For the applicant: the application, if the token is its own; otherwise, as for an unknown id, nothing. */
    public Application forApplicant(long id, String trackingToken) {
        return Optional.ofNullable(entityManager.find(Application.class, id))
                .filter(application -> application.hasTrackingToken(trackingToken))
                .orElseThrow(() -> unknown(id));
    }

    /** Every application whose contact has this email, any case, for a personal data request. */
    public List<Application> withContactEmail(Caller caller, String email) {
        caller.require(Role.SECRETARIAT);
        return entityManager.createQuery("SELECT a FROM Application a WHERE LOWER(a.contactEmail) = :email ORDER BY a.id", Application.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
    }

    /** Replaces the application's contact with the marker, in the erasure's transaction; the application stays. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void eraseContact(Application application, String marker) {
        application.eraseContact(marker);
    }

    public Application get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return Optional.ofNullable(entityManager.find(Application.class, id)).orElseThrow(() -> unknown(id));
    }

    /** Oldest first (the review queue), keyset-paginated on the id. */
    public Page<Application> search(Caller caller, ApplicationQuery query, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        List<Application> applications = new QueryFilters()
                .add("a.status = :status", "status", query.status())
                .add("a.category = :category", "category", query.category())
                .add("a.countryCode = :country", "country", query.countryCode())
                .add("a.searchName LIKE :name ESCAPE '\\'", "name",
                        query.nameContains().map(SearchText::fold).filter(text -> !text.isEmpty()).map(QueryFilters::containing))
                .add("a.id > :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT a FROM Application a", "ORDER BY a.id", Application.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(applications, page, application -> Cursor.of(CURSOR_SCOPE, application.id()));
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
        return application;
    }

    public Application reject(Caller caller, long id, String reason) {
        caller.require(Role.SECRETARIAT);
        String text = TextInput.required("reason", reason, MAX_NOTE);
        Application application = lock(id);
        ApplicationStatus before = application.status();
        application.reject(caller, text, clock.instant());
        recordTransition(caller, application, before, "application.rejected", Optional.of(text));
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
        return application;
    }

    private Tier admittingTier(String code, Category category) {
        Tier tier = tiers.find(code).orElseThrow(() -> new InvalidInputException("tier", "is not a tier: see GET /api/v1/tiers"));
        if (!tier.admits(category)) {
            throw new InvalidInputException("tier", tier.active() ? "is not open to " + category : "is not active");
        }
        return tier;
    }

    private Submission check(ApplicationForm form) {
        var errors = new ArrayList<FieldError>();
        String legalName = text(form.legalName());
        LegalNames.problem(legalName, LegalNames.MIN_LEGAL_NAME).ifPresent(problem -> errors.add(new FieldError("legalName", problem)));
        Category category = null;
        try {
            category = Category.parse("category", form.category());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Optional<Country> country = countries.country(form.country());
        if (country.isEmpty()) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 country code: see GET /api/v1/countries"));
        }
        Optional<String> website = Optional.ofNullable(form.website()).map(String::strip).filter(text -> !text.isEmpty());
        if (website.isPresent() && !WebAddress.isValid(website.get())) {
            errors.add(new FieldError("website", WebAddress.RULE));
        }
        Optional<String> description = Optional.ofNullable(form.description()).map(String::strip).filter(text -> !text.isEmpty());
        if (description.filter(text -> text.length() > MAX_DESCRIPTION).isPresent()) {
            errors.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        description.flatMap(TextInput::textProblem).ifPresent(problem -> errors.add(new FieldError("description", problem)));
        Optional<Tier> tier = tiers.find(form.requestedTier());
        if (tier.isEmpty()) {
            errors.add(new FieldError("requestedTier", "is not a tier: see GET /api/v1/tiers"));
        } else if (category != null && !tier.get().admits(category)) {
            errors.add(new FieldError("requestedTier", tier.get().active() ? "is not open to " + category : "is not active"));
        }
        Optional<ContactPerson> contact = ContactPerson.check("contact", form.contactName(), form.contactEmail(), form.contactPhone(), errors);
        String motivation = text(form.motivation());
        if (motivation.isEmpty() || motivation.length() > MAX_MOTIVATION) {
            errors.add(new FieldError("motivation", "must be 1 to " + MAX_MOTIVATION + " characters"));
        }
        TextInput.textProblem(motivation).ifPresent(problem -> errors.add(new FieldError("motivation", problem)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Submission(legalName, category, country.orElseThrow().alpha2(), website, description, tier.orElseThrow().code(),
                contact.orElseThrow(), motivation);
    }

    /**
     * Members and open applications with the same normalized name in the same country: flagged, not
     * refused; at most {@link #MAX_DUPLICATE_FLAGS} (members first), so that a flood of look-alike
     * applications cannot make each new one carry thousands of flags.
     */
    private void flagPossibleDuplicates(Application application) {
        String normalized = LegalNames.normalize(application.legalName());
        List<Member> sameName = members.withNormalizedName(normalized, application.countryCode(), MAX_DUPLICATE_FLAGS);
        for (Member member : sameName) {
            application.flagPossibleDuplicate(PossibleDuplicate.Kind.MEMBER, member.number().toString(), member.legalName());
        }
        if (sameName.size() < MAX_DUPLICATE_FLAGS) {
            entityManager.createNamedQuery(Application.OPEN_WITH_NORMALIZED_NAME, Application.class)
                    .setParameter("name", normalized).setParameter("country", application.countryCode())
                    .setParameter("open", ApplicationStatus.open())
                    .setMaxResults(MAX_DUPLICATE_FLAGS - sameName.size())
                    .getResultList()
                    .forEach(other -> application.flagPossibleDuplicate(PossibleDuplicate.Kind.APPLICATION, String.valueOf(other.id()), other.legalName()));
        }
    }

    private void recordTransition(Caller caller, Application application, ApplicationStatus before, String action, Optional<String> note) {
        Changes changes = Changes.none().field("status", before, application.status());
        note.ifPresent(text -> changes.set("note", text));
        audit.record(caller, action, ENTITY, String.valueOf(application.id()), changes);
    }

    /**
     * The application, locked until this transaction ends: concurrent steps on it queue, then see its
     * new state. One submitted in this transaction is written first, so that there is a row to lock.
     */
    private Application lock(long id) {
        entityManager.flush();
        return Optional.ofNullable(entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> unknown(id));
    }

    private static UnknownEntityException unknown(long id) {
        return new UnknownEntityException("application", String.valueOf(id));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

}
