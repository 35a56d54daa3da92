package org.heritagesentinel.screening.party;

import java.util.HashSet;
import java.util.Set;

/** Articles (al-, el-), patronymic links (bin, ibn, ben, ould), connectors (van, de, of) and titles: never identifying. */
final class NameParticles {

    private final Set<String> particles = new HashSet<>();

    NameParticles() {
        for (String[] row : TsvResource.rows("name-particles.tsv")) {
            particles.add(row[0]);
        }
    }

    boolean isParticle(String word) {
        return particles.contains(word);
    }
}
