package org.heritagesentinel.screening;

import org.heritagesentinel.avro.EntrySource;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;

/** A hit on an entry that came from a seizure is a REPEAT_OFFENDER hit, whatever matched. */
final class RuleTypes {
    private RuleTypes() {
    }

    static RuleType of(WatchlistEntry entry, RuleType otherwise) {
        return entry.getSource() == EntrySource.SEIZURE ? RuleType.REPEAT_OFFENDER : otherwise;
    }
}
