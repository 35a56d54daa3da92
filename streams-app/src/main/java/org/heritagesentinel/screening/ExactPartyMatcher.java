package org.heritagesentinel.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.watchlist.Normalise;

/**
 * The baseline matcher: an identifier equal after normalisation, or a name equal after case,
 * spacing and diacritics are normalised. The multilingual matcher builds on the same contract.
 */
public final class ExactPartyMatcher implements PartyMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public Optional<PartyMatch> match(Party declared, String field, ListedParty listed) {
        for (PartyIdentifier declaredId : declared.getIdentifiers()) {
            String value = Normalise.reference(declaredId.getValue());
            for (PartyIdentifier listedId : listed.getIdentifiers()) {
                if (!value.isEmpty() && value.equals(Normalise.reference(listedId.getValue()))) {
                    return Optional.of(new PartyMatch(1.0,
                        Evidences.of(field + ".identifiers", declaredId.getValue(), listedId.getValue(), "identifier-exact"),
                        "identifier " + declaredId.getScheme() + " " + declaredId.getValue() + " is listed"));
                }
            }
        }
        String name = normaliseName(declared.getName());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (String listedName : listed.getNames()) {
            if (name.equals(normaliseName(listedName))) {
                return Optional.of(new PartyMatch(1.0,
                    Evidences.of(field + ".name", declared.getName(), listedName, "name-normalised-equal"),
                    "'" + declared.getName() + "' = '" + listedName + "': same name after normalisation, 1.00"));
            }
        }
        return Optional.empty();
    }

    /** Case, spacing, punctuation and diacritics normalised: "  Émile  DUPONT-" → "emile dupont". */
    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return SEPARATORS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    @Override
    public String version() {
        return "exact-party/1.0";
    }
}
