package org.heritagesentinel.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Party names with the distribution that makes blocking hard: a few very common given and family
 * names (Mohammed, Ali, Martin, Smith) carry most of the mass, drawn by rank with a power law, and a
 * long tail of rarer family names of many origins. Arabic transliterations, French and English names.
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
     * Share of family names taken from the long tail rather than the common head: given names are
     * concentrated (a few cover a large part of a population), family names far less.
     */
    private static final double TAIL_SHARE = 0.75;

    private final List<String> tail;

    private NamePool(List<String> tail) {
        this.tail = tail;
    }

    public static NamePool bundled() {
        return Holder.INSTANCE;
    }

    /** A person's name: given (+ father's given name for Arabic names, half the time) + family name. */
    public String person(SplittableRandom random) {
        double origin = random.nextDouble();
        if (origin < 0.55) {
            String given = byRank(ARABIC_GIVEN, random);
            String family = random.nextDouble() < TAIL_SHARE ? tail(random) : familyByRank(ARABIC_FAMILY, random);
            return random.nextBoolean() ? given + " " + byRank(ARABIC_GIVEN, random) + " " + family : given + " " + family;
        }
        if (origin < 0.80) {
            return byRank(FRENCH_GIVEN, random) + " " + (random.nextDouble() < TAIL_SHARE ? tail(random) : familyByRank(FRENCH_FAMILY, random));
        }
        return byRank(ENGLISH_GIVEN, random) + " " + (random.nextDouble() < TAIL_SHARE ? tail(random) : familyByRank(ENGLISH_FAMILY, random));
    }

    public String company(SplittableRandom random) {
        String type = byRank(COMPANY_TYPES, random);
        return switch (random.nextInt(3)) {
            case 0 -> byRank(COMPANY_WORDS, random) + " " + tail(random) + " " + type;
            case 1 -> (random.nextInt(4) > 0 ? tail(random) : familyByRank(ARABIC_FAMILY, random)) + " " + type;
            default -> tail(random) + " " + byRank(COMPANY_WORDS, random) + " " + type;
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

    /** Family names are less concentrated than given names (the first of 60: 6 % of the head). */
    private static String familyByRank(String[] values, SplittableRandom random) {
        return values[(int) (values.length * Math.pow(random.nextDouble(), 1.5))];
    }

    private String tail(SplittableRandom random) {
        return tail.get(random.nextInt(tail.size()));
    }

    private static final class Holder {
        static final NamePool INSTANCE = new NamePool(load("/simulate/family-name-tail.txt"));

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
