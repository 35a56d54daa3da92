package org.heritagesentinel.screening.party;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What two names' legal forms say about the parties behind them. The same form in two languages (LLC, SARL,
 * GmbH, ذ م م) says nothing; two kinds of company (an LLC and a joint-stock company) may be one business
 * converted or translated loosely; a sole establishment and a company ("Berrada Trading Est." and "Berrada
 * Trading LLC") are two legal persons, as a subsidiary is another legal person than its parent.
 */
final class LegalFormKinds {

    enum Kind {
        LIMITED, STOCK, PARTNERSHIP, SOLE, UNSPECIFIED
    }

    /** Companies with a legal personality and capital of their own. */
    private static final int INCORPORATED = bit(Kind.LIMITED) | bit(Kind.STOCK);

    /** How far apart two sets of legal forms are; {@link #NONE} when either name has none. */
    enum Difference {
        NONE, OTHER_COMPANY_FORM, OTHER_LEGAL_PERSON
    }

    private final Map<String, Kind> kindOfForm = new HashMap<>();

    LegalFormKinds() {
        for (String[] row : TsvResource.rows("legal-form-kinds.tsv")) {
            kindOfForm.put(row[0], Kind.valueOf(row[1]));
        }
    }

    /** The kind of a canonical form of {@code legal-forms.tsv}; a form without a kind counts as unspecified. */
    Kind kindOf(String canonicalForm) {
        return kindOfForm.getOrDefault(canonicalForm, Kind.UNSPECIFIED);
    }

    Difference difference(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty() || shareAForm(a, b)) {
            return Difference.NONE;
        }
        int kindsOfA = kinds(a);
        int kindsOfB = kinds(b);
        if ((kindsOfA & kindsOfB) != 0 || ((kindsOfA | kindsOfB) & bit(Kind.UNSPECIFIED)) != 0) {
            return Difference.NONE;
        }
        return (kindsOfA & INCORPORATED) != 0 && (kindsOfB & INCORPORATED) != 0
                ? Difference.OTHER_COMPANY_FORM : Difference.OTHER_LEGAL_PERSON;
    }

    private static boolean shareAForm(Set<String> a, Set<String> b) {
        for (String form : a) {
            if (b.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of {@code forms} as bits (no allocation: this runs for every candidate of a company name). */
    private int kinds(Set<String> forms) {
        int kinds = 0;
        for (String form : forms) {
            kinds |= bit(kindOf(form));
        }
        return kinds;
    }

    private static int bit(Kind kind) {
        return 1 << kind.ordinal();
    }
}
