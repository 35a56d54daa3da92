package org.heritagesentinel.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Party names with the distribution that makes blocking hard and namesakes frequent, as in a real
 * population: given names are concentrated (a few, such as Mohammed, cover a large share); family names
 * follow a Zipf–Mandelbrot law over a list made of a common head per origin (Haddad, Martin, Smith)
 * followed by a long tail of rarer names of many origins, in an order of its own for each origin.
 * Arabic transliterations, French and English names.
 */
public final class NamePool {
    private static final String[] ARABIC_GIVEN = {"Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ali", "Omar", "Hassan",
        "Hussein", "Ibrahim", "Abdullah", "Khaled", "Youssef", "Mahmoud", "Mustafa", "Ahmad", "Khalid", "Yusuf", "Said",
        "Karim", "Samir", "Tarek", "Walid", "Nabil", "Rachid", "Hamza", "Bilal", "Abdelkader", "Abdelaziz", "Abdelkarim",
        "Saeed", "Jamal", "Adel", "Nasser", "Salim", "Faisal", "Majid", "Hisham", "Imad", "Kamal", "Mounir", "Ziad",
        "Fadi", "Rami", "Sami", "Anas", "Fatima", "Aisha", "Mariam", "Layla", "Nour", "Rania", "Salma", "Hoda", "Amina",
        "Khadija", "Zainab", "Samira", "Nadia", "Yasmin", "Leila"};
    private static final String[] ARABIC_FAMILY = {"Haddad", "Hassan", "Ibrahim", "Khoury", "Mansour", "Saleh", "Nasser",
        "Abdallah", "Khalil", "Hussein", "Mahmoud", "Youssef", "Suleiman", "Al-Masri", "Benali", "El Amrani", "Alaoui",
        "Bennani", "Idrissi", "Trabelsi", "Al-Tamimi", "Al-Hashimi", "Al-Shammari", "Al-Dulaimi", "Al-Obeidi", "Farouk",
        "Aziz", "Bouzid", "Qasim", "Hamdan", "Darwish", "Tahan", "Obeid", "Zayed", "Kanaan", "Sabbagh", "Chahine", "Toumi",
        "Jaber", "Rahal", "Al-Jubouri", "Al-Rashid", "El Ouazzani", "Ben Salah", "Chaker", "Tazi", "Berrada", "Benjelloun",
        "Mejri", "Gharbi", "Jebali", "Hammami", "Ayari", "Saidi", "Nassar", "Awad", "Barakat", "Karam", "Fakhoury", "Habib",
        "Najjar", "Salameh"};
    private static final String[] FRENCH_GIVEN = {"Jean", "Pierre", "Marie", "Michel", "Philippe", "Nicolas", "Claire",
        "Sophie", "François", "Isabelle", "Nathalie", "Catherine", "Alain", "Bernard", "Patrick", "Christophe", "Julien",
        "Camille", "Léa", "Thomas", "Antoine", "Louis", "Hugo", "Manon", "Élodie", "Sébastien", "Olivier", "Laurent",
        "Stéphane", "Valérie", "Anne", "Luc", "Jacques", "Henri"};
    private static final String[] FRENCH_FAMILY = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet",
        "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Perrin", "Morin", "Mathieu",
        "Clément", "Gauthier", "Dumont", "Fontaine", "Chevalier"};
    private static final String[] ENGLISH_GIVEN = {"John", "James", "David", "Michael", "Robert", "William", "Richard",
        "Thomas", "Mark", "Paul", "Peter", "George", "Daniel", "Andrew", "Sarah", "Emma", "Mary", "Elizabeth", "Susan",
        "Margaret", "Emily", "Charlotte", "Olivia", "Jack", "Harry", "Oliver", "Charles", "Edward", "Anna", "Helen"};
    private static final String[] ENGLISH_FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "Harris", "Lewis", "Martin", "Cooper", "King", "Baker", "Hill", "Turner", "Morris", "Ward",
        "Moore", "Clark", "Edwards", "Hughes", "Allen", "Parker", "Young", "Scott", "Mitchell", "Campbell"};
    private static final String[] COMPANY_WORDS = {"Global", "Orient", "Atlas", "Cedar", "Nile", "Gulf", "Horizon",
        "Sahara", "Levant", "Crescent", "Phoenix", "Medina", "Carthage", "Petra", "Delta", "Jasmine", "Al Nour", "Al Amal",
        "Al Baraka", "Méditerranée", "Euphrates", "Tigris", "Andalus", "Palmyra", "Byblos", "Heritage", "Antiquities",
        "Fine Art", "Galerie", "Collectibles", "International", "United", "Royal", "Golden"};
    private static final String[] COMPANY_TYPES = {"Trading LLC", "Import Export SARL", "Logistics Ltd", "General Trading Co.",
        "Distribution SA", "Industries W.L.L.", "FZE", "Holding SAL", "& Sons Ltd", "Frères SARL", "Trading Est.",
        "Antiques Ltd", "Shipping LLC"};
    /**
     * Flattening of the family-name law: the most frequent family name of an origin is about 0.7 % of its
     * people, the first 40 to 60 (the head lists above) about a fifth, the tail the rest.
     */
    private static final double FAMILY_OFFSET = 20;

    private final FamilyNames arabic;
    private final FamilyNames french;
    private final FamilyNames english;

    private NamePool(List<String> tail) {
        this.arabic = new FamilyNames(ARABIC_FAMILY, tail, 1);
        this.french = new FamilyNames(FRENCH_FAMILY, tail, 2);
        this.english = new FamilyNames(ENGLISH_FAMILY, tail, 3);
    }

    public static NamePool bundled() {
        return Holder.INSTANCE;
    }

    /** A person's name: given (+ father's given name for Arabic names, half the time) + family name. */
    public String person(SplittableRandom random) {
        double origin = random.nextDouble();
        if (origin < 0.55) {
            String given = byRank(ARABIC_GIVEN, random);
            String family = arabic.next(random);
            return random.nextBoolean() ? given + " " + byRank(ARABIC_GIVEN, random) + " " + family : given + " " + family;
        }
        if (origin < 0.80) {
            return byRank(FRENCH_GIVEN, random) + " " + french.next(random);
        }
        return byRank(ENGLISH_GIVEN, random) + " " + english.next(random);
    }

    /** A company named after a family (the commonest way in the region) or a family and a trade word. */
    public String company(SplittableRandom random) {
        String type = byRank(COMPANY_TYPES, random);
        FamilyNames families = random.nextInt(4) > 0 ? arabic : random.nextBoolean() ? french : english;
        return switch (random.nextInt(3)) {
            case 0 -> byRank(COMPANY_WORDS, random) + " " + families.next(random) + " " + type;
            case 1 -> families.next(random) + " " + type;
            default -> families.next(random) + " " + byRank(COMPANY_WORDS, random) + " " + type;
        };
    }

    /**
     * Another way a declarant writes a listed name: case, spacing, hyphens, dropped middle name,
     * word order, a vowel or a doubled consonant changed.
     */
    public static String variant(String name, SplittableRandom random) {
        String[] words = name.split(" ");
        return switch (random.nextInt(7)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.replace("-", " ").replace("Al ", "El ");
            case 2 -> words.length >= 3 ? words[0] + " " + words[words.length - 1] : name.toLowerCase(Locale.ROOT);
            case 3 -> words.length >= 2 ? words[words.length - 1] + " " + String.join(" ", Arrays.copyOf(words, words.length - 1)) : name;
            case 4 -> name.replaceFirst("ou", "u").replaceFirst("e", "a");
            case 5 -> name.replaceFirst("ss", "s").replaceFirst("mm", "m");
            default -> name;
        };
    }

    /** Rank-biased pick: the first entries of a list are drawn far more often than the last (the first of 60: 13 %). */
    static String byRank(String[] values, SplittableRandom random) {
        double u = random.nextDouble();
        return values[(int) (values.length * u * u)];
    }

    /** The family names of one origin in order of frequency: its head, then the shared tail in an order of its own. */
    private static final class FamilyNames {
        private final List<String> byFrequency;
        private final ZipfRanks ranks;

        FamilyNames(String[] head, List<String> tail, long order) {
            List<String> names = new ArrayList<>(Arrays.asList(head));
            List<String> rest = new ArrayList<>(tail);
            rest.removeAll(names);
            Collections.shuffle(rest, new Random(order));
            names.addAll(rest);
            this.byFrequency = List.copyOf(names);
            this.ranks = new ZipfRanks(byFrequency.size(), FAMILY_OFFSET);
        }

        String next(SplittableRandom random) {
            return byFrequency.get(ranks.next(random));
        }
    }

    private static final class Holder {
        static final NamePool INSTANCE = new NamePool(load("/synthetic/family-name-tail.txt"));

        private static List<String> load(String resource) {
            List<String> names = new ArrayList<>();
            try (InputStream in = NamePool.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(names);
        }
    }
}
