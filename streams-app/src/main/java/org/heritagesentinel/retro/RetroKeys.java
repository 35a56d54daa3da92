package org.heritagesentinel.retro;

import java.util.LinkedHashSet;
import java.util.Set;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.ObjectBlockingKeys;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.Normalise;

/**
 * Keys under which recent declarations are indexed for retro-screening, and the keys a watchlist
 * change looks up: the blocking keys of the match index for parties, conveyances and documents, and
 * HS prefixes for risk profiles, object keys for stolen objects. A change then costs look-ups, not a scan of every declaration.
 * Retro look-ups never skip a key for being common, so party names have their essential keys only
 * (no pair that merely narrows a rare part's key): fewer store writes per declaration, nothing less found.
 */
public final class RetroKeys {
    static final String HS = "HS:";
    /** Profiles without HS prefixes apply to every declaration: one key shared by all. */
    static final String ANY = "ANY";
    private static final int LONGEST_HS_PREFIX = 6;

    private final BlockingKeys blockingKeys;

    public RetroKeys(BlockingKeys blockingKeys) {
        this.blockingKeys = blockingKeys;
    }

    public Set<String> forDeclaration(CustomsDeclaration declaration) {
        Set<String> keys = new LinkedHashSet<>();
        for (Party party : declaration.getParties()) {
            keys.addAll(blockingKeys.essentialForParty(party));
        }
        keys.addAll(blockingKeys.forConveyance(declaration));
        declaration.getDocuments().forEach(d -> keys.add(BlockingKeys.forDocument(d)));
        for (DeclarationItem item : declaration.getItems()) {
            for (DocumentReference d : item.getDocuments()) {
                keys.add(BlockingKeys.forDocument(d));
            }
            keys.addAll(ObjectBlockingKeys.keys(item));
            String hs = Normalise.hsCode(item.getHsCode());
            for (int length = 2; length <= Math.min(LONGEST_HS_PREFIX, hs.length()); length++) {
                keys.add(HS + hs.substring(0, length));
            }
        }
        keys.add(ANY);
        return keys;
    }

    /** Keys of the declarations a new or changed entry may match; empty for kinds no rule screens yet. */
    public Set<String> forEntry(WatchlistEntry entry) {
        Set<String> keys = new LinkedHashSet<>();
        switch (entry.getKind()) {
            case PARTY, CONVEYANCE, DOCUMENT, OBJECT -> keys.addAll(blockingKeys.essentialForEntry(entry));
            case RISK_PROFILE -> {
                for (String prefix : entry.getProfile().getHsPrefixes()) {
                    String digits = Normalise.hsCode(prefix);
                    if (digits.length() >= 2) {
                        keys.add(HS + digits.substring(0, Math.min(LONGEST_HS_PREFIX, digits.length())));
                    }
                }
                if (keys.isEmpty()) {
                    keys.add(ANY);
                }
            }
            default -> {
            }
        }
        return keys;
    }
}
