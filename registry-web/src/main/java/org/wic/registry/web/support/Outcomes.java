package org.wic.registry.web.support;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.RegistryException;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.web.i18n.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a service call for a page and turns a refusal into messages for the officer: a field's
 * error beside the field, anything else at the top; someone else's change first (409, 412) in the
 * officer's language. A page never shows a stack trace or the server's error page for a refusal.
 */
@RequestScoped
public class Outcomes {

    @Inject
    private Messages messages;

    private boolean stale;

    /**
     * @param fields the page's input for each field name the service may name (its client id);
     *               others are shown at the top
     * @return the call's result, or empty when it was refused (the messages say why)
     */
    public <T> Optional<T> attempt(Supplier<T> call, Map<String, String> fields) {
        try {
            return Optional.ofNullable(call.get());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String clientId = fields.get(error.field());
                if (clientId != null) {
                    messages.plainError(clientId, error.message());
                } else {
                    messages.plainError(null, label(error) + error.message());
                }
            }
        } catch (StaleVersionException e) {
            stale = true;
            messages.error(null, "outcome.stale");
        } catch (ConflictException | IllegalTransitionException e) {
            messages.error(null, "outcome.changedMeanwhile", e.getMessage());
        } catch (UnknownEntityException e) {
            messages.error(null, "outcome.notFound", e.getMessage());
        } catch (RegistryException e) {
            messages.plainError(null, e.getMessage());
        } catch (EJBException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            messages.error(null, "outcome.changedMeanwhile", "");
        }
        return Optional.empty();
    }

    /** Whether a call of this request was refused because the record changed since the officer opened it. */
    public boolean wasStale() {
        return stale;
    }

    public boolean attempt(Runnable call, Map<String, String> fields) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, fields).isPresent();
    }

    public boolean attempt(Runnable call) {
        return attempt(call, Map.of());
    }

    private static String label(FieldError error) {
        return error.field() + (error.line().map(line -> " (" + line + ")").orElse("")) + ": ";
    }

    /** Two writers raced and this one lost (the version check of a commit). */
    private static boolean isLostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
