package org.wic.registry.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages for the officer, from the bundle in the chosen language, at the top of the page or beside a field. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.wic.registry.web.messages";

    @Inject
    private FacesContext faces;

    @Inject
    private Language language;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }

    /** @param clientId the field's client id, or null for the top of the page */
    public void error(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A message already in the officer's language (a service's own words, e.g. a field error's). */
    public void plainError(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
