package org.heritagesentinel.screening.object;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.heritagesentinel.avro.DeclarationItem;
import org.heritagesentinel.avro.DocumentReference;
import org.heritagesentinel.avro.ObjectDescription;
import org.heritagesentinel.screening.object.ObjectFeatures.Concepts;
import org.heritagesentinel.screening.object.ObjectFeatures.Naming;
import org.heritagesentinel.screening.object.ObjectFeatures.Period;
import org.heritagesentinel.screening.object.ObjectFeatures.Sizes;
import org.heritagesentinel.screening.object.ObjectFeatures.Source;
import org.heritagesentinel.screening.object.ObjectFeatures.Words;

/** Reads the {@link ObjectFeatures} of a declared item or a listed object; tolerates any null. */
final class ObjectAnalyzer {

  private static final int MIN_DISTINCTIVE_LENGTH = 3;
  private static final Set<String> STOPWORDS = Set.copyOf(TextNormalizer.tokens(
      "the and of with for from into this that his her its les des une pour par sur avec dans est aux"
          + " من في على إلى عن مع هذا هذه الذي التي"));

  /** Registers give a title in several languages side by side: "Harbour at dawn / Гавань на світанку (Гавань)". */
  private static final Pattern TITLE_ALTERNATIVES = Pattern.compile("[/|;()\\[\\]=]");

  /**
   * Words a declarant adds to any object (technique, support, condition, a register's heading "Metal object"): they
   * are not a title of the item's own, so they never contradict a listed title.
   */
  private static final Set<String> TRADE_WORDS = Set.copyOf(TextNormalizer.tokens(
      "oil canvas board panel tempera watercolour watercolor gouache pastel ink pencil charcoal paper framed frame"
          + " signed dated antique old original fine small large piece work art artwork painted object objects item"
          + " items lot fragment fragments set pair"));

  private final ConceptExtractor extractor;
  private final PeriodParser periods;

  ObjectAnalyzer(ConceptExtractor extractor, PeriodParser periods) {
    this.extractor = extractor;
    this.periods = periods;
  }

  ObjectFeatures declared(DeclarationItem item) {
    String description = text(item.getDescription());
    String marks = text(item.getMarks());
    Map<String, Source> references = declaredReferences(item, description, marks);
    Period period = period(periods.parse(item.getDeclaredPeriod()), "declaredPeriod", item.getDeclaredPeriod());
    if (period.range() == null) {
      period = period(periods.findIn(description), "description", description);
    }
    Measurements dimensions = Measurements.of(item.getDimensions());
    Sizes sizes = dimensions.isEmpty()
        ? new Sizes(MeasurementParser.parse(description), "description")
        : new Sizes(dimensions, "dimensions");
    Set<String> tokens = new HashSet<>(TextNormalizer.tokens(description));
    tokens.addAll(TextNormalizer.tokens(marks));
    String label = "item " + item.getItemNumber() + " '" + ObjectFeatures.shorten(description) + "'";
    List<String> ordered = TextNormalizer.tokens(description);
    Set<String> own = new LinkedHashSet<>();
    for (String token : ordered) {
      if (distinctive(token) && !TRADE_WORDS.contains(token) && !PeriodLexicon.isPeriodWord(token)) {
        own.add(token);
      }
    }
    return new ObjectFeatures(label, references, concepts("description", description), period, sizes,
        new Words(tokens, Map.of(), Map.of()), new Naming(List.of(), "", Set.of(), "", 0, ordered, own));
  }

  /** The reference numbers a declared item's marks, description and documents could hold, keyed as listed ones are. */
  Map<String, Source> declaredReferences(DeclarationItem item) {
    return declaredReferences(item, text(item.getDescription()), text(item.getMarks()));
  }

  /** The object types and materials a declared item's description names. */
  Concepts declaredConcepts(DeclarationItem item) {
    return concepts("description", text(item.getDescription()));
  }

  private static Map<String, Source> declaredReferences(DeclarationItem item, String description, String marks) {
    Map<String, Source> references = new LinkedHashMap<>();
    addReferences(references, "marks", marks);
    addReferences(references, "description", description);
    List<DocumentReference> documents = item.getDocuments() == null ? List.of() : item.getDocuments();
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i) != null) {
        addReferences(references, "documents[" + i + "].reference", text(documents.get(i).getReference()));
      }
    }
    return references;
  }

  ObjectFeatures listed(ObjectDescription object) {
    Map<String, Source> references = new LinkedHashMap<>();
    List<String> numbers = object.getReferenceNumbers() == null ? List.of() : object.getReferenceNumbers();
    for (String number : numbers) {
      ReferenceNumbers.key(number).ifPresent(key -> references.putIfAbsent(key, new Source("referenceNumbers", number)));
    }
    String description = text(object.getDescription());
    String materials = object.getMaterials() == null ? "" : String.join(", ", nonNull(object.getMaterials()));
    String conceptText = join(", ", text(object.getObjectType()), materials, text(object.getTechniques()),
        text(object.getTitle()), description);
    Period period = period(periods.parse(object.getPeriod()), "period", object.getPeriod());
    if (period.range() == null) {
      period = period(periods.findIn(join(". ", text(object.getTitle()), description)), "description", description);
    }
    Measurements measured = Measurements.of(object.getMeasurements());
    Sizes sizes = measured.isEmpty()
        ? new Sizes(MeasurementParser.parse(join(". ", description, text(object.getDistinguishingFeatures()))), "description")
        : new Sizes(measured, "measurements");
    Map<String, Set<String>> distinctive = new LinkedHashMap<>();
    Map<String, String> fieldText = new LinkedHashMap<>();
    addDistinctive(distinctive, fieldText, "inscriptions", object.getInscriptions());
    String summary = join(", ", text(object.getObjectType()), materials, text(object.getPeriod()), sizes.measurements().describe());
    String name = numbers.isEmpty() || numbers.get(0) == null ? "listed object" : numbers.get(0);
    String label = name + " '" + ObjectFeatures.shorten(summary.isEmpty() ? description : summary) + "'";
    return new ObjectFeatures(label, references, concepts("description", conceptText), period, sizes,
        new Words(Set.of(), distinctive, fieldText), naming(object));
  }

  /** Title alternatives ("Harbour at dawn / Гавань на світанку"), the words that name the object, and its maker. */
  private Naming naming(ObjectDescription object) {
    String title = text(object.getTitle());
    List<Set<String>> titles = new ArrayList<>();
    for (String alternative : TITLE_ALTERNATIVES.split(title)) {
      Set<String> words = new LinkedHashSet<>();
      for (String token : TextNormalizer.tokens(alternative)) {
        if (distinctive(token)) {
          words.add(token);
        }
      }
      if (!words.isEmpty()) {
        titles.add(words);
      }
    }
    Set<String> all = new LinkedHashSet<>(TextNormalizer.tokens(title.isEmpty() ? text(object.getDescription()) : title));
    all.removeAll(STOPWORDS);
    String maker = text(object.getMaker());
    return new Naming(titles, ObjectFeatures.shorten(title), all, maker, TextNormalizer.tokens(maker).size(), List.of(), Set.of());
  }

  /** Neither a stop word, a short word, nor a type or material word: a word that can tell objects apart. */
  private boolean distinctive(String token) {
    return token.length() >= MIN_DISTINCTIVE_LENGTH && !STOPWORDS.contains(token) && extractor.concepts(token).isEmpty();
  }

  private Concepts concepts(String field, String text) {
    Set<String> types = new LinkedHashSet<>();
    Set<String> materials = new LinkedHashSet<>();
    for (String concept : extractor.concepts(text)) {
      Optional<ConceptKind> kind = extractor.kindOf(concept);
      if (kind.isPresent() && kind.get() == ConceptKind.OBJECT_TYPE) {
        types.add(concept);
      } else if (kind.isPresent() && kind.get() == ConceptKind.MATERIAL) {
        materials.add(concept);
      }
    }
    return new Concepts(types, materials, new Source(field, text));
  }

  private static Period period(Optional<YearRange> range, String field, String text) {
    return new Period(range.orElse(null), new Source(field, text(text)));
  }

  private static void addReferences(Map<String, Source> references, String field, String text) {
    for (String key : ReferenceNumbers.candidates(text)) {
      references.putIfAbsent(key, new Source(field, text));
    }
  }

  private void addDistinctive(Map<String, Set<String>> distinctive, Map<String, String> fieldText, String field, String text) {
    Set<String> tokens = new LinkedHashSet<>();
    for (String token : TextNormalizer.tokens(text)) {
      if (distinctive(token)) {
        tokens.add(token);
      }
    }
    if (!tokens.isEmpty()) {
      distinctive.put(field, tokens);
      fieldText.put(field, ObjectFeatures.shorten(text));
    }
  }

  private static List<String> nonNull(List<String> values) {
    List<String> kept = new ArrayList<>(values.size());
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value.strip());
      }
    }
    return kept;
  }

  private static String join(String separator, String... parts) {
    List<String> kept = nonNull(List.of(parts));
    return String.join(separator, kept);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
