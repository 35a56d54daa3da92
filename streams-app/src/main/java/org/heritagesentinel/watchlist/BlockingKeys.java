package org.heritagesentinel.watchlist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedDocument;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.object.ObjectBlockingKeys;
import org.heritagesentinel.screening.party.IdentifierNormaliser;
import org.heritagesentinel.screening.party.PartyNameKeys;

/**
 * Blocking keys: the same function on both sides (listed entry, declared value) turns matching into
 * look-ups in an inverted index, so the cost per declaration does not grow with the watchlist.
 */
public final class BlockingKeys {
    static final String IDENTIFIER = "ID:";
    public static final String NAME = "NAME:";
    static final String CONTAINER = "CTR:";
    static final String MEANS = "MEANS:";
    static final String DOCUMENT = "DOC:";
    /** Identifiers compare in one canonical form whatever scheme each side wrote. */
    private static final String ANY_SCHEME = "ID";

    private final PartyNameKeys partyNameKeys;

    public BlockingKeys(PartyNameKeys partyNameKeys) {
        this.partyNameKeys = partyNameKeys;
    }

    /** Keys under which an entry is indexed. Risk profiles are indexed by HS prefix elsewhere. */
    public Set<String> forEntry(WatchlistEntry entry) {
        return forEntry(entry, partyNameKeys::keys);
    }

    private Set<String> forEntry(WatchlistEntry entry, Function<String, Set<String>> nameKeys) {
        Set<String> keys = new LinkedHashSet<>();
        switch (entry.getKind()) {
            case PARTY -> addListedParty(entry.getParty(), keys, nameKeys);
            case CONVEYANCE -> addConveyance(entry.getConveyance(), keys);
            case DOCUMENT -> addDocument(entry.getDocument(), keys);
            case OBJECT -> keys.addAll(ObjectBlockingKeys.keys(entry.getObject()));
            default -> {
            }
        }
        return keys;
    }

    public Set<String> forParty(Party party) {
        return forParty(party, partyNameKeys::keys);
    }

    /**
     * The keys of a declared party and of a listed one for a look-up that never skips a key for being
     * common (retro-screening): without the name keys that only narrow another one
     * ({@link PartyNameKeys#essentialKeys}).
     */
    public Set<String> essentialForParty(Party party) {
        return forParty(party, partyNameKeys::essentialKeys);
    }

    /** See {@link #essentialForParty}; other kinds of entries have all their keys. */
    public Set<String> essentialForEntry(WatchlistEntry entry) {
        return forEntry(entry, partyNameKeys::essentialKeys);
    }

    private Set<String> forParty(Party party, Function<String, Set<String>> nameKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (PartyIdentifier id : party.getIdentifiers()) {
            addIfPresent(keys, IDENTIFIER, identifierKey(id.getValue()));
        }
        for (String key : nameKeys.apply(party.getName())) {
            keys.add(NAME + key);
        }
        return keys;
    }

    public Set<String> forConveyance(CustomsDeclaration declaration) {
        Set<String> keys = new LinkedHashSet<>();
        for (String container : declaration.getTransport().getContainers()) {
            addIfPresent(keys, CONTAINER, Normalise.reference(container));
        }
        addIfPresent(keys, MEANS, Normalise.reference(declaration.getTransport().getMeansId()));
        return keys;
    }

    /** A key of one party-name part alone (see {@link PartyNameKeys#standsForOnePart}). */
    public boolean standsForOneNamePart(String key) {
        return key.startsWith(NAME) && partyNameKeys.standsForOnePart(key.substring(NAME.length()));
    }

    /** A key of two parts of one party name together. */
    public boolean standsForNamePair(String key) {
        return key.startsWith(NAME) && partyNameKeys.standsForPair(key.substring(NAME.length()));
    }

    /** The keys of each part of a name-pair key on its own ("NAME:r:MHMT"); empty for a key of another shape. */
    public List<String> namePartsOfPair(String key) {
        if (!standsForNamePair(key)) {
            return List.of();
        }
        return partyNameKeys.partsOfPair(key.substring(NAME.length())).stream().map(part -> NAME + part).toList();
    }

    /** An identifier in the form both sides are compared in. */
    public static String identifierKey(String value) {
        return IdentifierNormaliser.normalise(ANY_SCHEME, value);
    }

    public static boolean isIdentifier(String key) {
        return key.startsWith(IDENTIFIER);
    }

    public static String forDocument(DocumentReference document) {
        return DOCUMENT + Normalise.reference(document.getReference());
    }

    private static void addListedParty(ListedParty party, Set<String> keys, Function<String, Set<String>> nameKeys) {
        for (PartyIdentifier id : party.getIdentifiers()) {
            addIfPresent(keys, IDENTIFIER, identifierKey(id.getValue()));
        }
        for (List<String> names : List.of(party.getNames(), party.getWeakAliases())) {
            for (String name : names) {
                for (String key : nameKeys.apply(name)) {
                    keys.add(NAME + key);
                }
            }
        }
    }

    private static void addConveyance(ListedConveyance conveyance, Set<String> keys) {
        conveyance.getContainers().forEach(c -> addIfPresent(keys, CONTAINER, Normalise.reference(c)));
        conveyance.getMeansIds().forEach(m -> addIfPresent(keys, MEANS, Normalise.reference(m)));
    }

    private static void addDocument(ListedDocument document, Set<String> keys) {
        addIfPresent(keys, DOCUMENT, Normalise.reference(document.getReference()));
    }

    private static void addIfPresent(Set<String> keys, String prefix, String value) {
        if (!value.isEmpty()) {
            keys.add(prefix + value);
        }
    }
}
