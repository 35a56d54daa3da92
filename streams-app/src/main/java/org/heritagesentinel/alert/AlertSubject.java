package org.heritagesentinel.alert;

import java.time.Instant;
import java.util.List;

import org.heritagesentinel.avro.SubjectType;

/**
 * What an alert is about, whatever its kind: a declaration or a seizure report.
 *
 * @param description a few words for the summary line, e.g. "IMPORT FR→JO"
 */
public record AlertSubject(SubjectType type, String key, int version, String authority, Instant eventTime,
                           List<String> recipients, String description) {
}
