package org.heritagesentinel.screening.party;

import java.util.Arrays;

/**
 * The parts already aligned, by identity (a part rejoined from the other name is the same instance on both
 * sides; two parts spelt alike are two parts). A name has a handful of parts: a scan of a small array is
 * cheaper than the identity hash sets it replaces (a twentieth of the time of {@code match()}).
 */
final class UsedParts {

    private NamePart[] parts;
    private int size;

    UsedParts(int expected) {
        this.parts = new NamePart[Math.max(1, expected)];
    }

    boolean contains(NamePart part) {
        for (int i = 0; i < size; i++) {
            if (parts[i] == part) {
                return true;
            }
        }
        return false;
    }

    void add(NamePart part) {
        if (contains(part)) {
            return;
        }
        if (size == parts.length) {
            parts = Arrays.copyOf(parts, size * 2);
        }
        parts[size++] = part;
    }

    /** Whether a used part is spelt as {@code part}: its twin ("Sergey Sergey Shoigu"). */
    boolean containsText(NamePart part) {
        for (int i = 0; i < size; i++) {
            if (parts[i].text().equals(part.text())) {
                return true;
            }
        }
        return false;
    }
}
