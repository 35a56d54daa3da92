package org.heritagesentinel.watchlist;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One reason a watchlist entry is refused: a code and its arguments, so a reader in another language (the
 * console) can say it in its own words, and the English text the dead-letter reason and the CLI print.
 * Arguments are text already (numbers as the entry holds them), so no locale reformats them.
 */
public record EntryProblem(Code code, List<String> args) {

    public EntryProblem {
        args = List.copyOf(args);
    }

    static EntryProblem of(Code code, Object... args) {
        return new EntryProblem(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The English text: the dead-letter reason, what the CLI and the imports print. */
    public String text() {
        return new MessageFormat(code.english, Locale.ROOT).format(args.toArray());
    }

    /** Every reason the validator gives, with its English text as a {@link MessageFormat} pattern. */
    public enum Code {
        ENTRY_ID_EMPTY("entryId is empty"),
        ENTRY_ID_MALFORMED("entryId is not well-formed Unicode"),
        KEY_DIFFERS("record key ''{0}'' differs from entryId ''{1}''"),
        /** {0} the authority as given, {1} why it is no authority code. */
        LISTING_AUTHORITY_INVALID("listingAuthority: {1}"),
        REVISION_TOO_LOW("revision must be >= 1"),
        RISK_WEIGHT_OUT_OF_RANGE("riskWeight must be within 0..100, got {0}"),
        VALID_TO_BEFORE_VALID_FROM("validTo is before validFrom"),
        SHARING_SCOPE_UNKNOWN("sharingScope must be NATIONAL, REGIONAL or ORIGINATOR_CONTROLLED, got {0}"),
        AUTHOR_APPROVES("approver: the author of an entry cannot approve it (four eyes), author and approver are both ''{0}''"),
        DELISTING_REQUESTER_MISSING("delistingRequester: a delisting request names the supervisor who asks for it"),
        DELISTING_REASON_MISSING("delistingReason: a delisting request needs a reason"),
        DELISTING_FIELDS_OUT_OF_PLACE("delistingRequester and delistingReason belong to an entry whose status is "
            + "DELISTING_REQUESTED, not {0}"),
        KIND_UNKNOWN("kind is missing or unknown"),
        KIND_UNSUPPORTED("unsupported kind {0}"),
        PARTY_MISSING("PARTY entry without party"),
        PARTY_NEEDS_NAME_OR_IDENTIFIER("PARTY entry needs a name or an identifier"),
        OBJECT_MISSING("OBJECT entry without object description"),
        OBJECT_NEEDS_DESCRIPTION("OBJECT entry needs a reference number, an object type or a description"),
        CONVEYANCE_NEEDS_CONTAINER_OR_MEANS("CONVEYANCE entry needs a container number or a means id"),
        DOCUMENT_NEEDS_REFERENCE("DOCUMENT entry needs a document reference"),
        PROFILE_MISSING("RISK_PROFILE entry without profile"),
        RULE_TYPE_UNKNOWN("profile ruleType is missing or unknown"),
        HS_PREFIX_INVALID("invalid HS prefix ''{0}''"),
        RATE_OUT_OF_RANGE("rate must be within 0..1"),
        MIN_VALUE_NOT_POSITIVE("minValue must be positive"),
        AGE_VALUE_NEEDS_AGE_OR_VALUE("AGE_VALUE_THRESHOLD profile needs minAgeYears or minValue"),
        VALUE_ANOMALY_NEEDS_MIN_VALUE("VALUE_ANOMALY profile needs minValue (reference value of one unit)"),
        VALUE_ANOMALY_RATIO_INVALID("VALUE_ANOMALY parameter ratio must be a number within 0..1, got ''{0}''"),
        KEYWORD_PROFILE_NEEDS_KEYWORDS("MISDECLARATION_KEYWORD profile needs keywords"),
        CONVEYANCE_PROFILE_NEEDS_MODES("CONVEYANCE_RISK profile needs transportModes"),
        SPLIT_SHIPMENT_COUNT_INVALID("SPLIT_SHIPMENT parameter shipments must be an integer of at least 2, got ''{0}''"),
        RANDOM_PROFILE_NEEDS_RATE("RANDOM profile needs a rate"),
        /** {0} the rule type, {1} the parameter, {2} its value. */
        DURATION_INVALID("{0} parameter {1} must be an ISO-8601 duration such as P7D, got ''{2}''"),
        /** {0} how many names and weak aliases, {1} the limit. */
        TOO_MANY_NAMES("names: {0} aliases, at most {1} (limits.entry.names)"),
        /** {0} the length of the first name too long, {1} the limit. */
        NAME_TOO_LONG("names: a name of {0} characters, at most {1} (limits.entry.name-length)"),
        /** {0} the field's path, {1} its length, {2} the limit. */
        TEXT_TOO_LONG("{0}: {1} characters, at most {2} (limits.entry.text-length)"),
        LIST_TOO_LONG("{0}: {1} items, at most {2} (limits.entry.list-size)"),
        MAP_TOO_LARGE("{0}: {1} entries, at most {2} (limits.entry.list-size)");

        private final String english;

        Code(String english) {
            this.english = english;
        }
    }
}
