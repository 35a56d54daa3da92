package org.heritagesentinel.console.web;

import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.WatchlistEntry;

/**
 * The watchlist page: entries found, the drafts the user may approve, the draft form as typed and its problems.
 *
 * @param notice  message key of what just happened, or empty
 */
public record WatchlistPage(List<WatchlistEntry> entries, List<String> approvable, String query, List<String> problems,
                            Map<String, String> form, String notice) {

    public String field(String name) {
        return form.getOrDefault(name, "");
    }

    /** A field that may be empty, shown as a dash rather than "null". */
    public static String orDash(CharSequence value) {
        return value == null || value.length() == 0 ? "—" : value.toString();
    }
}
