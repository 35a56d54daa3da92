package org.heritagesentinel.console.web;

import java.util.List;
import java.util.Optional;

import org.heritagesentinel.app.ProfileTrial;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.console.listing.DraftForm;
import org.heritagesentinel.console.listing.FieldProblems;

/**
 * The watchlist page: entries found, the drafts the user may approve, the draft form as typed and its problems.
 *
 * @param editing  id of the draft the form edits, or empty for a new draft
 * @param notice   message key of what just happened, or empty
 * @param trial    what the draft in the form would have hit, when the user asked
 */
public record WatchlistPage(List<WatchlistEntry> entries, List<String> approvable, String query, DraftForm form,
                            String editing, FieldProblems problems, String notice, Optional<ProfileTrial.Report> trial) {
    /** Matches listed on the page; the count says how many there are in all. */
    public static final int TRIAL_SHOWN = 20;
    public static final int DEFAULT_TRIAL_DAYS = 30;

    public String days() {
        return form.value("days").isBlank() ? String.valueOf(DEFAULT_TRIAL_DAYS) : form.value("days");
    }

    /** A field that may be empty, shown as a dash rather than "null". */
    public static String orDash(CharSequence value) {
        return value == null || value.length() == 0 ? "—" : value.toString();
    }
}
