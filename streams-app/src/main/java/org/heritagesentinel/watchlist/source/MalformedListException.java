package org.heritagesentinel.watchlist.source;

/** A list edition that cannot be read: where (line, element) and why. Nothing of the edition is submitted. */
public final class MalformedListException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedListException(String where, String reason, Throwable cause) {
        super(where + ": " + reason, cause);
    }
}
