package org.heritagesentinel.screening.object.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.PeriodParser;
import org.heritagesentinel.screening.object.YearRange;

/**
 * Builds the object evaluation sets from two hand-written lists (dev-tools/src/quality/objects): works in the
 * public domain with title, maker and year, and generic archaeological and decorative objects with a period as
 * listed and as another writer states it. Every positive has a negative built the hard way, as issue 22 measured:
 * <ul>
 *   <li>{@code catalogue}: "Oil painting: TITLE, by MAKER", year as listed, against the work and another work of
 *       the same maker;</li>
 *   <li>{@code trade-paraphrase}: "oil painting TITLE WORDS SURNAME", "c. YEAR" or "DECADEs", against the work and
 *       a painting by another maker;</li>
 *   <li>{@code cyrillic-listing}: the catalogue form against a listing with the maker in Cyrillic, family name first,
 *       and the title in English and Ukrainian; the negative is another work of the same maker;</li>
 *   <li>{@code ukrainian-title}: the Ukrainian title and the maker's Cyrillic family name declared, against the same
 *       listing and another work of the same maker;</li>
 *   <li>{@code generic-description}: "CATEGORY: TITLE" with the period as another writer states it (Cyrillic
 *       numerals, other dashes, Ukrainian words), against the object, the same title with the period of an object
 *       over a century away (adjacent periods agree), and another object of the same category.</li>
 * </ul>
 * Deterministic: no randomness, the pairing follows the order of the lists.
 */
final class ObjectEvaluationSets {

    private static final Set<String> FILLERS = Set.of("the", "of", "a", "an", "on", "in", "with", "and", "at", "his", "to");
    private static final int MAX_PARAPHRASE_WORDS = 3;
    private static final int CENTURY = 100;
    private static final PeriodParser PERIODS = PeriodParser.standard();

    private ObjectEvaluationSets() {
    }

    record Work(String type, String maker, String makerCyrillic, String title, String titleUkrainian, String year) {
        String family() {
            return maker.substring(maker.lastIndexOf(' ') + 1);
        }

        String familyCyrillic() {
            return makerCyrillic.split(" ")[0];
        }
    }

    record Generic(String category, String title, String period, String periodRewritten) {
    }

    static Map<String, List<LabelledObjectPair>> build(Path directory) throws IOException {
        List<Work> works = new ArrayList<>();
        for (String[] row : rows(directory.resolve("public-domain-works.tsv"), 6)) {
            works.add(new Work(row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        List<Generic> generics = new ArrayList<>();
        for (String[] row : rows(directory.resolve("generic-objects.tsv"), 4)) {
            generics.add(new Generic(row[0], row[1], row[2], row[3]));
        }
        Map<String, List<LabelledObjectPair>> sets = new LinkedHashMap<>();
        sets.put("catalogue", sameMaker(works, ObjectEvaluationSets::catalogueForm, ObjectEvaluationSets::listed));
        sets.put("trade-paraphrase", paraphrases(works));
        sets.put("cyrillic-listing", sameMaker(works, ObjectEvaluationSets::catalogueForm, ObjectEvaluationSets::cyrillic));
        sets.put("ukrainian-title", sameMaker(works, ObjectEvaluationSets::ukrainianForm, ObjectEvaluationSets::cyrillic));
        sets.put("generic-description", generic(generics));
        return sets;
    }

    /** Each work's declaration against the work and against the next work of the same maker; null skips a work. */
    private static List<LabelledObjectPair> sameMaker(List<Work> works, Function<Work, DeclarationItem> declaring,
                                                      Function<Work, ObjectDescription> listing) {
        List<LabelledObjectPair> pairs = new ArrayList<>();
        for (Work work : works) {
            DeclarationItem declared = declaring.apply(work);
            if (declared != null) {
                pairs.add(new LabelledObjectPair(declared, listing.apply(work), true));
                pairs.add(new LabelledObjectPair(declared, listing.apply(nextOfSameMaker(works, work)), false));
            }
        }
        return pairs;
    }

    private static DeclarationItem catalogueForm(Work work) {
        return item("Oil painting: " + work.title() + ", by " + work.maker(), work.year());
    }

    private static DeclarationItem ukrainianForm(Work work) {
        return work.titleUkrainian().isEmpty() ? null
            : item("oil painting " + work.titleUkrainian() + " " + work.familyCyrillic(), work.year());
    }

    private static List<LabelledObjectPair> paraphrases(List<Work> works) {
        List<LabelledObjectPair> pairs = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            int year = Integer.parseInt(work.year());
            String period = i % 3 == 0 ? "c. " + year : i % 3 == 1 ? (year / 10 * 10) + "s" : work.year();
            DeclarationItem declared = item("oil painting " + titleWords(work.title(), i) + " " + work.family(), period);
            pairs.add(new LabelledObjectPair(declared, listed(work), true));
            pairs.add(new LabelledObjectPair(declared, listed(otherMaker(works, work, i)), false));
        }
        return pairs;
    }

    private static List<LabelledObjectPair> generic(List<Generic> generics) {
        List<LabelledObjectPair> pairs = new ArrayList<>();
        for (int i = 0; i < generics.size(); i++) {
            Generic object = generics.get(i);
            DeclarationItem declared = item(object.category() + ": " + object.title(), object.periodRewritten());
            pairs.add(new LabelledObjectPair(declared, generic(object.title(), object.period()), true));
            Generic distant = distantPeriod(generics, object);
            pairs.add(new LabelledObjectPair(declared, generic(object.title(), distant.period()), false));
            for (Generic other : generics) {
                if (other != object && other.category().equals(object.category())) {
                    pairs.add(new LabelledObjectPair(declared, generic(other.title(), other.period()), false));
                    break;
                }
            }
        }
        return pairs;
    }

    /** The next object in the list whose period lies over a century from this one's: adjacent periods agree. */
    private static Generic distantPeriod(List<Generic> generics, Generic object) {
        YearRange own = PERIODS.parse(object.period()).orElseThrow();
        int from = generics.indexOf(object);
        for (int step = 1; step < generics.size(); step++) {
            Generic other = generics.get((from + step) % generics.size());
            if (PERIODS.parse(other.period()).orElseThrow().gap(own) > CENTURY) {
                return other;
            }
        }
        throw new IllegalStateException("no distant period for " + object);
    }

    /** The next work of the same maker in the list, round the maker's works. */
    private static Work nextOfSameMaker(List<Work> works, Work work) {
        List<Work> his = works.stream().filter(w -> w.maker().equals(work.maker())).toList();
        return his.get((his.indexOf(work) + 1) % his.size());
    }

    private static Work otherMaker(List<Work> works, Work work, int i) {
        for (int step = 1; step < works.size(); step++) {
            Work other = works.get((i + step * 5) % works.size());
            if (!other.maker().equals(work.maker())) {
                return other;
            }
        }
        throw new IllegalStateException("one maker only");
    }

    /** Title words as a trader writes them: lower case, no fillers, the middle word left out of long titles. */
    private static String titleWords(String title, int i) {
        List<String> words = new ArrayList<>();
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (!word.isEmpty() && !FILLERS.contains(word)) {
                words.add(word);
            }
        }
        if (words.size() > MAX_PARAPHRASE_WORDS) {
            words.remove(words.size() / 2);
        }
        if (i % 2 == 1) {
            Collections.reverse(words);
        }
        return String.join(" ", words);
    }

    private static DeclarationItem item(String description, String period) {
        return DeclarationItem.newBuilder().setItemNumber(1).setHsCode("").setDescription(description)
            .setDeclaredPeriod(period).build();
    }

    private static ObjectDescription listed(Work work) {
        return ObjectDescription.newBuilder().setObjectType(work.type()).setTitle(work.title()).setMaker(work.maker())
            .setPeriod(work.year()).build();
    }

    private static ObjectDescription cyrillic(Work work) {
        String title = work.titleUkrainian().isEmpty() ? work.title() : work.title() + " / " + work.titleUkrainian();
        return ObjectDescription.newBuilder().setObjectType(work.type()).setTitle(title).setMaker(work.makerCyrillic())
            .setPeriod(work.year()).build();
    }

    private static ObjectDescription generic(String title, String period) {
        return ObjectDescription.newBuilder().setTitle(title).setPeriod(period).build();
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != columns) {
                throw new IllegalArgumentException(file + ": expected " + columns + " tab-separated columns: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
