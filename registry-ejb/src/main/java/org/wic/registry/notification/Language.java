package org.wic.registry.notification;

import org.wic.registry.error.InvalidInputException;

import java.util.Locale;
import java.util.Optional;

/** The languages the registry writes to people in: English (the default) and Simplified Chinese. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    public static final String RULE = "must be en or zh";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of this code; absent or blank is English. */
    public static Language parse(String field, String code) {
        if (code == null || code.isBlank()) {
            return EN;
        }
        return find(code).orElseThrow(() -> new InvalidInputException(field, RULE));
    }

    public static Optional<Language> find(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
