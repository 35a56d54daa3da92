package org.heritagesentinel.console.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.heritagesentinel.console.auth.Account;
import org.heritagesentinel.console.listing.FormMessage;

/**
 * What every page needs: the signed-in user (null on the login page), the labels in the user's language,
 * the session's CSRF token and the page title.
 */
public record Page(Account user, Messages t, String language, String csrf, String title) {
    public static final String HTMX = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";
    public static final String HTMX_SSE = "/webjars/htmx-ext-sse/2.2.2/sse.js";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    public String dir() {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    /** A time in the user's time zone (UTC before sign-in). */
    public String time(Instant instant) {
        ZoneId zone = user == null ? ZoneId.of("UTC") : user.zone();
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String label(String key, Object... args) {
        return t.get(key, args);
    }

    /** A message of the draft form in the user's language; a validator reason the bundle lacks, in its English. */
    public String say(FormMessage message) {
        return message.english() != null && !t.has(message.key()) ? message.english()
            : t.get(message.key(), message.args().toArray());
    }
}
