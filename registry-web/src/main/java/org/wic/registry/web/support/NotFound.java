package org.wic.registry.web.support;

import org.omnifaces.util.Faces;
import org.wic.registry.error.UnknownEntityException;

/** A page of one thing (a member, an application, an invoice) opened with a missing or unknown key: the not-found page. */
public final class NotFound {

    private NotFound() {
    }

    /** Loads the page's thing if the address names one, else answers 404 (the not-found page). */
    public static void unless(boolean named, Runnable load) {
        if (!named) {
            Faces.responseSendError(404, "not found");
            return;
        }
        try {
            load.run();
        } catch (UnknownEntityException e) {
            Faces.responseSendError(404, "not found");
        }
    }
}
