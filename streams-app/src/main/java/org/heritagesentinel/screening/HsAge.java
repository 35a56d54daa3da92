package org.heritagesentinel.screening;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the HS 2022 nomenclature of chapter 97 says about age: subheadings "of an age exceeding
 * 100 (250) years", and the "other" subheadings used for modern works.
 */
public final class HsAge {
    private static final Map<String, Integer> MIN_AGE = Map.of(
        "970121", 100, "970122", 100, "970129", 100, "970210", 100, "970310", 100,
        "970531", 100, "970610", 250, "970690", 100);
    private static final Set<String> MODERN = Set.of("970191", "970192", "970199", "970290", "970390");

    private HsAge() {
    }

    /** Minimum age the subheading of {@code hsDigits} declares, if it declares one. */
    public static OptionalInt minAgeYears(String hsDigits) {
        if (hsDigits.length() < 6) {
            return OptionalInt.empty();
        }
        Integer age = MIN_AGE.get(hsDigits.substring(0, 6));
        return age == null ? OptionalInt.empty() : OptionalInt.of(age);
    }

    /** Whether the subheading is one for works that are not antiques (e.g. 9703.90 "other" sculptures). */
    public static boolean isModern(String hsDigits) {
        return hsDigits.length() >= 6 && MODERN.contains(hsDigits.substring(0, 6));
    }
}
