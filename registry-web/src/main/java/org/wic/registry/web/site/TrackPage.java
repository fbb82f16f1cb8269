package org.wic.registry.web.site;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * An applicant's view of its application, opened with its number and tracking token: the status
 * and its steps (no officer's name), an answer to a request for information, a withdrawal. A wrong
 * token and an unknown number get the same answer.
 */
@Named
@ViewScoped
public class TrackPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private Outcomes outcomes;

    @Inject
    private PublicLimits limits;

    @Inject
    private Messages messages;

    private Long number;
    private String token;
    private transient Application application;
    private boolean opened;
    private String answer;
    private String withdrawalReason;

    public void open() {
        opened = false;
        application = null;
        if (number == null || token == null || token.isBlank() || !limits.allowed()) {
            return;
        }
        try {
            application = applications.forApplicant(number, token.strip());
            opened = true;
        } catch (UnknownEntityException unknownOrNotItsToken) {
            messages.error(null, "site.track.unknown");
        }
    }

    public Application getApplication() {
        if (application == null && opened) {
            application = applications.forApplicant(number, token.strip());
        }
        return application;
    }

    public boolean isInformationWanted() {
        return getApplication() != null && getApplication().status() == ApplicationStatus.INFORMATION_REQUESTED;
    }

    public boolean isWithdrawable() {
        return getApplication() != null && getApplication().status().isOpen();
    }

    public void giveInformation() {
        if (limits.allowed() && outcomes.attempt(() -> applications.provideInformation(number, token.strip(), answer), Map.of("response", "answer:response")).isPresent()) {
            answer = null;
            application = null;
            messages.info("site.track.answered");
        }
    }

    public void withdraw() {
        if (limits.allowed() && outcomes.attempt(() -> applications.withdrawByApplicant(number, token.strip(), Optional.ofNullable(withdrawalReason)
                .filter(reason -> !reason.isBlank())), Map.of("reason", "withdraw:reason")).isPresent()) {
            application = null;
            messages.info("site.track.withdrawn");
        }
    }

    public Long getNumber() { return number; }
    public void setNumber(Long number) { this.number = number; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isOpened() { return opened; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
}
