package org.wic.registry.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.wic.registry.web.http.Referers;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: English or Simplified Chinese (the WIC's working languages), chosen
 * on any page and remembered in a cookie for a year; the browser's preference until then.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "registry-language";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = ENGLISH;

    @PostConstruct
    void remembered() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie chosen) {
            locale = of(chosen.getValue());
        } else {
            locale = external.getRequestLocale() != null && external.getRequestLocale().getLanguage().equals("zh") ? CHINESE : ENGLISH;
        }
    }

    /** Switches the language and shows the same page again. */
    public void choose(String tag) throws IOException {
        locale = of(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, locale.toLanguageTag(), Map.of("maxAge", 365 * 24 * 3600, "path", external.getRequestContextPath() + "/",
                "httpOnly", true)); // SameSite=Lax: payara-web.xml
        faces.getViewRoot().setLocale(locale);
        // the page as the browser named it: a member's page has an address of its own, not its view's
        external.redirect(Referers.samePage((HttpServletRequest) external.getRequest()).orElse(Faces.getRequestURIWithQueryString()));
    }

    private static Locale of(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.equals(CHINESE);
    }

    /** The page's lang attribute. */
    public String getTag() {
        return isChinese() ? "zh-Hans" : "en";
    }
}
