package org.heritagesentinel.console.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's labels in one language (console/messages_{en,fr,ar}.properties). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("console.messages", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether this language has words of its own for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
