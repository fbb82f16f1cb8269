package org.wic.registry.application;

import java.util.Locale;

/** What can happen to an application, as the API names it ({@code start-review}). */
public enum ApplicationAction {
    START_REVIEW,
    REQUEST_INFORMATION,
    PROVIDE_INFORMATION,
    APPROVE,
    REJECT,
    WITHDRAW;

    /** The name in the API's paths and problems: {@code request-information}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
