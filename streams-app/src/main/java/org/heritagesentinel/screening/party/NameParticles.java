package org.heritagesentinel.screening.party;

import java.util.HashSet;
import java.util.Set;

/** Articles (al-, el-), patronymic links (bin, ibn, ben, ould), connectors (van, de, of) and titles: never identifying. */
final class NameParticles {

    private final Set<String> particles = new HashSet<>();
    private final Set<String> patronymicLinks = new HashSet<>();

    NameParticles() {
        for (String[] row : TsvResource.rows("name-particles.tsv")) {
            particles.add(row[0]);
            if (row.length > 1 && row[1].equals("patronymic")) {
                patronymicLinks.add(row[0]);
            }
        }
    }

    /** bin, ibn, ben, ould, bint: the name that follows is the father's (or mother's), not the person's own. */
    boolean isPatronymicLink(String word) {
        return patronymicLinks.contains(word);
    }

    boolean isParticle(String word) {
        return particles.contains(word);
    }
}
