package org.wic.registry.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationAction;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.application.PossibleDuplicate;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.support.NotFound;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One application: its data and history, its possible duplicates beside it, and exactly the
 * actions its state allows. When another officer acted first, the refusal says so and the page
 * shows the application as it is now.
 */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A possible duplicate with what it matched: a member's or an application's record, side by side with this one. */
    public record Match(PossibleDuplicate.Kind kind, String reference, String legalName, String country, String category, String website,
                        String status) implements Serializable {
    }

    @Inject
    private ApplicationService applications;

    @Inject
    private MemberService members;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private Long id;
    private transient Application application;
    private List<Match> matches;
    private String message;
    private String tier;
    private String note;
    private String reason;

    /** On opening: the application of the address's id, or the not-found page. */
    public void load() {
        NotFound.unless(id != null, this::refresh);
    }

    private void refresh() {
        application = applications.get(signedIn.current(), id);
        matches = application.possibleDuplicates().stream().map(this::match).toList();
    }

    private Match match(PossibleDuplicate duplicate) {
        try {
            if (duplicate.kind() == PossibleDuplicate.Kind.MEMBER) {
                Member member = members.getPrivate(signedIn.current(), duplicate.reference());
                return new Match(duplicate.kind(), duplicate.reference(), member.legalName(), member.countryCode(), member.category().name(),
                        member.website().orElse(""), "memberStatus." + member.status().name());
            }
            Application other = applications.get(signedIn.current(), Long.parseLong(duplicate.reference()));
            return new Match(duplicate.kind(), duplicate.reference(), other.legalName(), other.countryCode(), other.category().name(),
                    other.website().orElse(""), "applicationStatus." + other.status().name());
        } catch (UnknownEntityException gone) {
            return new Match(duplicate.kind(), duplicate.reference(), duplicate.legalName(), "", "", "", "");
        }
    }

    public Application getApplication() {
        if (application == null && id != null) {
            refresh();
        }
        return application;
    }

    public boolean allows(String action) {
        return getApplication().status().allowedActions().contains(ApplicationAction.valueOf(action));
    }

    public void startReview() {
        act(() -> applications.startReview(signedIn.current(), id), "applications.done.startReview", Map.of());
    }

    public void requestInformation() {
        act(() -> applications.requestInformation(signedIn.current(), id, message), "applications.done.requestInformation",
                Map.of("message", "actions:message"));
    }

    public void approve() {
        act(() -> applications.approve(signedIn.current(), id, tier, Optional.ofNullable(note)), "applications.done.approve",
                Map.of("tier", "actions:tier", "note", "actions:note"));
    }

    public void reject() {
        act(() -> applications.reject(signedIn.current(), id, reason), "applications.done.reject", Map.of("reason", "actions:reason"));
    }

    public void withdraw() {
        act(() -> applications.withdraw(signedIn.current(), id, Optional.ofNullable(reason)), "applications.done.withdraw",
                Map.of("reason", "actions:reason"));
    }

    /** Acts; afterwards (done or refused) the page shows the application as it now is. */
    private void act(Supplier<Application> action, String done, Map<String, String> fields) {
        Optional<Application> after = outcomes.attempt(action, fields);
        refresh();
        after.ifPresent(acted -> {
            messages.info(done, acted.memberNumber().map(Object::toString).orElse(""));
            message = null;
            note = null;
            reason = null;
        });
    }

    public List<Match> getMatches() {
        getApplication();
        return matches;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
