/**
 * Stolen-object matching and period parsing: plain Java, no Kafka.
 *
 * <ul>
 *   <li>{@link org.heritagesentinel.screening.object.PeriodParser} — free-text dates and periods
 *       in English, French and Arabic to {@link org.heritagesentinel.screening.object.YearRange}
 *       (astronomical years); {@code YearRange#minAgeYears} for age rules.</li>
 *   <li>{@link org.heritagesentinel.screening.object.ConceptExtractor} — descriptions to
 *       vocabulary concepts (object types, materials, cultural hints, cover terms), also for
 *       MISDECLARATION_KEYWORD rules.</li>
 *   <li>{@link org.heritagesentinel.screening.object.ObjectMatcher} — a declared item against a
 *       listed object, with score, explanation and evidence;
 *       {@link org.heritagesentinel.screening.object.ObjectBlockingKeys} — candidate keys for
 *       the watchlist index.</li>
 * </ul>
 *
 * <p>Reference data ship as resources beside these classes ({@code cultural-vocabulary.tsv},
 * {@code named-periods.tsv}), each with a source and licence header, loaded once per JVM.
 * Everything here is immutable and thread-safe, and tolerates null or malformed input.
 */
package org.heritagesentinel.screening.object;
