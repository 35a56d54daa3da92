package org.heritagesentinel.screening;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * RANDOM: a configured share of declarations selected for control, so outcome feedback is not
 * biased by the rules. The draw is a keyed hash — SHA-256 of the profile id and the declaration key,
 * read as a number in [0, 1) — compared with the profile's rate: retries, replays, restarts and
 * amendments give the same answer, and two RANDOM profiles draw independently.
 */
public final class RandomSelectionRule implements DeclarationRule {
    private final WatchlistIndex index;

    public RandomSelectionRule(WatchlistIndex index) {
        this.index = index;
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        for (Map.Entry<WatchlistEntry, Integer> applicable : DeclarationProfiles.of(index, subject, RuleType.RANDOM).entrySet()) {
            WatchlistEntry entry = applicable.getKey();
            Double rate = entry.getProfile().getRate();
            if (rate == null) {
                continue;
            }
            double draw = draw(entry.getEntryId(), subject.key());
            if (draw < rate) {
                hits.add(ProfileHits.hit(entry, List.of(Evidences.of("declaration key", subject.key(),
                    String.format(Locale.ROOT, "rate %.4f", rate),
                    String.format(Locale.ROOT, "keyed-hash draw %.6f", draw)))));
            }
        }
    }

    /** A uniform number in [0, 1) fixed by the profile and the declaration key. */
    public static double draw(String profileId, String declarationKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((profileId + "|" + declarationKey).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
            return bits / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Risk profiles only. */
    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.RISK_PROFILE;
    }
}
