package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

import java.util.List;

/** State-transition family: the action is not allowed from the current state; names the state and what is allowed. */
@ApplicationException(rollback = true)
public final class IllegalTransitionException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final String currentState;
    private final List<String> allowedActions;

    public IllegalTransitionException(String entity, String currentState, String attempted, List<String> allowedActions) {
        super("The " + entity + " is " + currentState + ": " + attempted + " is not possible"
                + (allowedActions.isEmpty() ? "; nothing more can happen to it." : "; possible: " + String.join(", ", allowedActions) + "."), 409, Optional.of(ProblemType.INVALID_TRANSITION));
        this.currentState = currentState;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public String currentState() {
        return currentState;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
