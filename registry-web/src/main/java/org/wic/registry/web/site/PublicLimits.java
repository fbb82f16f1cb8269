package org.wic.registry.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.wic.registry.ratelimit.RateLimits;
import org.wic.registry.web.i18n.Messages;

import java.util.Optional;

/**
 * The API's rate limit for anonymous callers, on the public forms' writes: the same budget per
 * address as {@code POST /api/v1/applications}, so a form is no way around it.
 */
@RequestScoped
public class PublicLimits {

    @Inject
    private RateLimits limits;

    @Inject
    private Messages messages;

    /** Whether this address may write now; when not, the page says when to try again. */
    public boolean allowed() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Optional<RateLimits.Verdict> verdict = limits.take(RateLimits.CallerKind.ANONYMOUS, request.getRemoteAddr());
        if (verdict.isPresent() && !verdict.get().allowed()) {
            messages.error(null, "site.tooMany", verdict.get().retryAfterSeconds());
            return false;
        }
        return true;
    }
}
