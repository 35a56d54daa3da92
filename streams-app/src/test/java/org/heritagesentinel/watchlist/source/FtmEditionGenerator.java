package org.heritagesentinel.watchlist.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic FollowTheMoney edition of N entities (persons, companies, vessels and the sanctions
 * that link them, like OpenSanctions' default dataset) for the import benchmark (docs/benchmarks.md):
 * {@code java ... FtmEditionGenerator FILE COUNT [SEED]}. The file is not committed.
 */
public final class FtmEditionGenerator {
    private static final String[] GIVEN = {"Samir", "Nabil", "Karim", "Faris", "Youssef", "Omar", "Layla", "Rania", "Hassan",
        "Tarek", "Nadim", "Jamal", "Salma", "Ahmad", "Ibrahim", "Mariam", "Khalid", "Rami", "Walid", "Zeina"};
    private static final String[] FAMILY = {"Haddad", "Khoury", "Al-Tikriti", "Nour", "Kassab", "Al-Jubouri", "Mansour",
        "Saleh", "Darwish", "Hamdan", "Aziz", "Farouk", "Qasim", "Barakat", "Shammari", "Rahal", "Sabbagh", "Tawil"};
    private static final String[] COUNTRIES = {"iq", "sy", "lb", "jo", "ae", "eg", "ly", "ye", "tr", "af"};

    private FtmEditionGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(entity(i, random));
                out.newLine();
            }
        }
    }

    private static String entity(int i, Random r) {
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        return switch (i % 10) {
            case 0 -> String.format(Locale.ROOT, "{\"id\":\"gen-sanction-%d\",\"schema\":\"Sanction\",\"properties\":"
                + "{\"entity\":[\"gen-%d\"],\"program\":[\"GEN-%d\"]}}", i, i - 1, i % 7);
            case 1, 2 -> String.format(Locale.ROOT, "{\"id\":\"gen-%d\",\"schema\":\"Company\",\"target\":true,\"properties\":"
                + "{\"name\":[\"%s %s Trading %d LLC\"],\"alias\":[\"%s Antiques %d\"],\"jurisdiction\":[\"%s\"],"
                + "\"registrationNumber\":[\"REG-%08d\"],\"address\":[\"Street %d, %s\"]}}", i, FAMILY[r.nextInt(FAMILY.length)],
                GIVEN[r.nextInt(GIVEN.length)], i, FAMILY[r.nextInt(FAMILY.length)], i, country, i, i % 500, country);
            case 3 -> String.format(Locale.ROOT, "{\"id\":\"gen-%d\",\"schema\":\"Vessel\",\"target\":true,\"properties\":"
                + "{\"name\":[\"STAR %d\"],\"imoNumber\":[\"IMO%07d\"],\"flag\":[\"%s\"]}}", i, i, i % 10_000_000, country);
            default -> String.format(Locale.ROOT, "{\"id\":\"gen-%d\",\"schema\":\"Person\",\"target\":true,\"properties\":"
                + "{\"name\":[\"%s %s %s\"],\"alias\":[\"%s %s\"],\"weakAlias\":[\"Abu %s\"],\"birthDate\":[\"%d-%02d\"],"
                + "\"nationality\":[\"%s\"],\"passportNumber\":[\"P%08d\"],\"notes\":[\"generated entity %d\"]}}", i,
                GIVEN[r.nextInt(GIVEN.length)], GIVEN[r.nextInt(GIVEN.length)], FAMILY[r.nextInt(FAMILY.length)],
                GIVEN[r.nextInt(GIVEN.length)], FAMILY[r.nextInt(FAMILY.length)], GIVEN[r.nextInt(GIVEN.length)],
                1940 + r.nextInt(60), 1 + r.nextInt(12), country, i, i);
        };
    }
}
