package org.heritagesentinel.retro;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.DeclarationScreener;
import org.heritagesentinel.screening.NotScreened;
import org.heritagesentinel.screening.ScreeningSubject;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * Tells cheaply whether a declaration can hit one changed watchlist entry: every rule runs over an
 * index holding that entry alone, so a declared party is compared with one entry rather than with
 * every namesake on the list, and only the rules that can hit an entry of its kind run. Retro-screening
 * runs the full screening only for the candidates the probe hits. The probe finds at least what the full screening finds for the entry (each rule judges
 * a declaration against an entry on their own; the full index only adds competitors and caps), so
 * it changes the cost, never the alerts.
 *
 * <p>One probe per processor: it is not thread-safe.
 */
public final class RetroProbe {
    private final WatchlistIndex index;
    private final Map<EntryKind, DeclarationScreener> screeners = new EnumMap<>(EntryKind.class);
    private String loaded;

    public RetroProbe(Supplier<WatchlistIndex> emptyIndex, Function<WatchlistIndex, DeclarationScreener> screenerOver) {
        this.index = emptyIndex.get();
        DeclarationScreener all = screenerOver.apply(index);
        for (EntryKind kind : EntryKind.values()) {
            screeners.put(kind, all.only(rule -> rule.consults(kind)));
        }
    }

    /**
     * Whether {@code subject} hits {@code entry}, or a hit an earlier screening kept for it
     * ({@code contextHits}: stateful rules) names the entry. A probe that fails answers yes: the
     * full screening then decides, and reports the failure.
     */
    public boolean mayHit(WatchlistEntry entry, ScreeningSubject subject, List<Hit> contextHits, Instant now) {
        if (RetroScreening.hitOn(contextHits, entry.getEntryId()).isPresent()) {
            return true;
        }
        try {
            load(entry);
            DeclarationScreener screener = screeners.get(entry.getKind());
            List<Hit> hits = screener.screen(subject, now).hits();
            // a probe that could not compare everything answers yes: the full screening flags it NOT_SCREENED
            return RetroScreening.hitOn(hits, entry.getEntryId()).isPresent()
                || hits.stream().anyMatch(NotScreened::isBudgetExhausted);
        } catch (RuntimeException e) {
            return true;
        }
    }

    private void load(WatchlistEntry entry) {
        String version = entry.getEntryId() + "#" + entry.getRevision();
        if (!version.equals(loaded)) {
            index.clear();
            loaded = null;
            index.upsert(entry);
            loaded = version;
        }
    }
}
