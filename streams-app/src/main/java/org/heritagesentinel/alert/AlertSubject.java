package org.heritagesentinel.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.avro.SubjectType;

/**
 * What an alert is about, whatever its kind: a declaration or a seizure report.
 *
 * @param recipients  recipient authority → why it receives the alert ({@link RecipientRole} names)
 * @param description a few words for the summary line, e.g. "IMPORT FR→JO"
 */
public record AlertSubject(SubjectType type, String key, int version, String authority, Instant eventTime,
                           Map<String, List<String>> recipients, String description) {
}
