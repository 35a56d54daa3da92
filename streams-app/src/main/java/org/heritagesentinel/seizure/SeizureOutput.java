package org.heritagesentinel.seizure;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.WatchlistEntry;

/** What processing a seizure report produces: an alert on the seizure, or a watchlist change (null entry = delist). */
public record SeizureOutput(Alert alert, WatchlistEntry entry) {
    public static SeizureOutput alert(Alert alert) {
        return new SeizureOutput(alert, null);
    }

    public static SeizureOutput listing(WatchlistEntry entry) {
        return new SeizureOutput(null, entry);
    }

    public static SeizureOutput delisting() {
        return new SeizureOutput(null, null);
    }

    public boolean isAlert() {
        return alert != null;
    }
}
