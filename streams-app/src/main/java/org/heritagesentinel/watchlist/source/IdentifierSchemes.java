package org.heritagesentinel.watchlist.source;

import java.util.Locale;

import org.heritagesentinel.avro.IdentifierScheme;

/** The lists' names of identity documents and registrations ("Passport", "National ID No.", "Tax ID No.") → schemes. */
final class IdentifierSchemes {
    private IdentifierSchemes() {
    }

    static IdentifierScheme of(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (l.contains("passport")) {
            return IdentifierScheme.PASSPORT;
        }
        if (l.contains("tax") || l.contains("tin")) {
            return IdentifierScheme.TIN;
        }
        if (l.contains("vat")) {
            return IdentifierScheme.VAT;
        }
        if (l.contains("registration") || l.contains("company number") || l.contains("business")) {
            return IdentifierScheme.COMPANY_REGISTRATION;
        }
        if (l.contains("national") || l.contains("identi") || l.contains("cedula") || l.contains("id no")) {
            return IdentifierScheme.NATIONAL_ID;
        }
        return IdentifierScheme.OTHER;
    }

    /** A registration of a ship or aircraft (IMO number, tail number, MMSI): a means id, not a party's document. */
    static boolean isConveyance(String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        return l.contains("vessel") || l.contains("imo") || l.contains("aircraft") || l.contains("mmsi");
    }
}
