package org.heritagesentinel.console.listing;

import java.util.Arrays;
import java.util.List;

import org.heritagesentinel.watchlist.EntryProblem;

/**
 * A message of the draft form in no language yet: a key of the console's message bundles with its arguments,
 * said in the reader's language when the page is rendered.
 *
 * @param english the words when the reader's bundle has none of its own for the key: the validator's English
 *                text, which the English bundle does not repeat; null for the form's own messages
 */
public record FormMessage(String key, List<String> args, String english) {
    /** Bundle keys of the validator's reasons: this prefix and the {@link EntryProblem.Code} name. */
    public static final String ENTRY_PROBLEM = "entry-problem.";

    public FormMessage {
        args = List.copyOf(args);
    }

    public static FormMessage of(EntryProblem problem) {
        return new FormMessage(ENTRY_PROBLEM + problem.code().name(), problem.args(), problem.text());
    }

    /** One of the form's own messages ({@code draft.problem.*} in every bundle). */
    public static FormMessage of(String key, Object... args) {
        return new FormMessage(key, Arrays.stream(args).map(String::valueOf).toList(), null);
    }
}
