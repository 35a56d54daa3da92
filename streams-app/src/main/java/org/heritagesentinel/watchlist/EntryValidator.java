package org.heritagesentinel.watchlist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.EntryStatus;
import org.heritagesentinel.avro.ListedConveyance;
import org.heritagesentinel.avro.ListedParty;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.RiskProfile;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.SharingScope;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.contract.RecordKeys;
import org.heritagesentinel.watchlist.EntryProblem.Code;

/**
 * Checks a submitted watchlist entry before it may reach the global table: an entry that would
 * match nothing, or everything, or that the global processor could trip over, or that is too large to
 * compare in bounded time, is refused with reasons.
 */
public final class EntryValidator {
    private final EntrySizeLimits sizes;

    public EntryValidator(SentinelConfig.EntryLimits limits) {
        this.sizes = new EntrySizeLimits(limits);
    }

    /** Reasons the entry is refused, in English; empty when it is valid. */
    public List<String> problems(String key, WatchlistEntry entry) {
        return findings(key, entry).stream().map(EntryProblem::text).toList();
    }

    /** Reasons the entry is refused, as codes with their arguments; empty when it is valid. */
    public List<EntryProblem> findings(String key, WatchlistEntry entry) {
        List<EntryProblem> problems = new ArrayList<>();
        if (entry.getEntryId() == null || entry.getEntryId().isBlank()) {
            problems.add(EntryProblem.of(Code.ENTRY_ID_EMPTY));
        } else if (!isWellFormed(entry.getEntryId())) {
            // an unpaired surrogate becomes '?' once encoded: the entry would be stored under another id
            problems.add(EntryProblem.of(Code.ENTRY_ID_MALFORMED));
        } else if (key != null && !key.equals(entry.getEntryId())) {
            problems.add(EntryProblem.of(Code.KEY_DIFFERS, key, entry.getEntryId()));
        }
        try {
            RecordKeys.authority(entry.getListingAuthority());
        } catch (IllegalArgumentException e) {
            problems.add(EntryProblem.of(Code.LISTING_AUTHORITY_INVALID, entry.getListingAuthority(), e.getMessage()));
        }
        if (entry.getRevision() < 1) {
            problems.add(EntryProblem.of(Code.REVISION_TOO_LOW));
        }
        if (entry.getRiskWeight() < 0 || entry.getRiskWeight() > 100) {
            problems.add(EntryProblem.of(Code.RISK_WEIGHT_OUT_OF_RANGE, entry.getRiskWeight()));
        }
        if (entry.getValidFrom() != null && entry.getValidTo() != null && entry.getValidTo().isBefore(entry.getValidFrom())) {
            problems.add(EntryProblem.of(Code.VALID_TO_BEFORE_VALID_FROM));
        }
        // fail closed: a scope nobody knows how to share must not read as "share with everyone"
        if (entry.getSharingScope() == null || entry.getSharingScope() == SharingScope.UNKNOWN) {
            problems.add(EntryProblem.of(Code.SHARING_SCOPE_UNKNOWN, entry.getSharingScope()));
        }
        checkFourEyes(entry, problems);
        checkDelistingRequest(entry, problems);
        sizes.check(entry, problems);
        checkPayload(entry, problems);
        return problems;
    }

    /**
     * An entry approved by its own author had one pair of eyes: refused here, where every submission passes,
     * so a record produced straight to the submission topic cannot bypass the console's approval rule.
     */
    private static void checkFourEyes(WatchlistEntry entry, List<EntryProblem> problems) {
        if (EntryValidity.isInForce(entry.getStatus()) && entry.getAuthor() != null && entry.getApprover() != null
            && sameUser(entry.getAuthor(), entry.getApprover())) {
            problems.add(EntryProblem.of(Code.AUTHOR_APPROVES, entry.getApprover()));
        }
    }

    /** A delisting request names who asked and why; no other status carries them, so they never outlive the request. */
    private static void checkDelistingRequest(WatchlistEntry entry, List<EntryProblem> problems) {
        if (entry.getStatus() == EntryStatus.DELISTING_REQUESTED) {
            if (isBlank(entry.getDelistingRequester())) {
                problems.add(EntryProblem.of(Code.DELISTING_REQUESTER_MISSING));
            }
            if (isBlank(entry.getDelistingReason())) {
                problems.add(EntryProblem.of(Code.DELISTING_REASON_MISSING));
            }
        } else if (entry.getDelistingRequester() != null || entry.getDelistingReason() != null) {
            problems.add(EntryProblem.of(Code.DELISTING_FIELDS_OUT_OF_PLACE, entry.getStatus()));
        }
    }

    /**
     * Reasons a delisting approved through four eyes (a tombstone naming the requester and the approver) is refused:
     * the supervisor who asked for it cannot approve it, as the author of a listing cannot.
     */
    public List<String> delistingProblems(String requester, String approver, String reason) {
        List<String> problems = new ArrayList<>();
        if (isBlank(approver)) {
            problems.add("a delisting approved through four eyes names its approver");
        }
        if (isBlank(requester)) {
            problems.add("a delisting approved through four eyes names the supervisor who requested it");
        } else if (!isBlank(approver) && sameUser(requester, approver)) {
            problems.add("approver: the supervisor who requested a delisting cannot approve it (four eyes), requester and "
                + "approver are both '" + approver + "'");
        }
        if (isBlank(reason)) {
            problems.add("a delisting approved through four eyes needs the reason it was requested for");
        }
        return problems;
    }

    private static boolean sameUser(String author, String approver) {
        return author.trim().equalsIgnoreCase(approver.trim());
    }

    private static void checkPayload(WatchlistEntry entry, List<EntryProblem> problems) {
        EntryKind kind = entry.getKind();
        if (kind == null || kind == EntryKind.UNKNOWN) {
            problems.add(EntryProblem.of(Code.KIND_UNKNOWN));
            return;
        }
        switch (kind) {
            case PARTY -> checkParty(entry.getParty(), problems);
            case OBJECT -> {
                if (entry.getObject() == null) {
                    problems.add(EntryProblem.of(Code.OBJECT_MISSING));
                } else if (entry.getObject().getReferenceNumbers().isEmpty() && isBlank(entry.getObject().getDescription())
                    && isBlank(entry.getObject().getObjectType())) {
                    problems.add(EntryProblem.of(Code.OBJECT_NEEDS_DESCRIPTION));
                }
            }
            case RISK_PROFILE -> checkProfile(entry.getProfile(), problems);
            case CONVEYANCE -> {
                ListedConveyance c = entry.getConveyance();
                if (c == null || (c.getContainers().stream().allMatch(EntryValidator::isBlank)
                    && c.getMeansIds().stream().allMatch(EntryValidator::isBlank))) {
                    problems.add(EntryProblem.of(Code.CONVEYANCE_NEEDS_CONTAINER_OR_MEANS));
                }
            }
            case DOCUMENT -> {
                if (entry.getDocument() == null || Normalise.reference(entry.getDocument().getReference()).isEmpty()) {
                    problems.add(EntryProblem.of(Code.DOCUMENT_NEEDS_REFERENCE));
                }
            }
            default -> problems.add(EntryProblem.of(Code.KIND_UNSUPPORTED, kind));
        }
    }

    private static void checkParty(ListedParty party, List<EntryProblem> problems) {
        if (party == null) {
            problems.add(EntryProblem.of(Code.PARTY_MISSING));
            return;
        }
        // a name of only control or punctuation characters matches nothing: treat it as absent
        boolean hasName = party.getNames().stream().anyMatch(n -> n != null && n.codePoints().anyMatch(Character::isLetterOrDigit));
        boolean hasIdentifier = party.getIdentifiers().stream().map(PartyIdentifier::getValue)
            .anyMatch(v -> !Normalise.reference(v).isEmpty());
        if (!hasName && !hasIdentifier) {
            problems.add(EntryProblem.of(Code.PARTY_NEEDS_NAME_OR_IDENTIFIER));
        }
    }

    private static void checkProfile(RiskProfile profile, List<EntryProblem> problems) {
        if (profile == null) {
            problems.add(EntryProblem.of(Code.PROFILE_MISSING));
            return;
        }
        if (profile.getRuleType() == null || profile.getRuleType() == RuleType.UNKNOWN) {
            problems.add(EntryProblem.of(Code.RULE_TYPE_UNKNOWN));
        }
        for (String prefix : profile.getHsPrefixes()) {
            String digits = Normalise.hsCode(prefix);
            if (digits.length() < 2 || !digits.equals(prefix.replace(".", "").trim())) {
                problems.add(EntryProblem.of(Code.HS_PREFIX_INVALID, prefix));
            }
        }
        if (profile.getRate() != null && (profile.getRate() < 0 || profile.getRate() > 1)) {
            problems.add(EntryProblem.of(Code.RATE_OUT_OF_RANGE));
        }
        if (profile.getMinValue() != null && profile.getMinValue().getAmount().signum() <= 0) {
            problems.add(EntryProblem.of(Code.MIN_VALUE_NOT_POSITIVE));
        }
        checkRuleParameters(profile, problems);
    }

    /** What each profile type needs to match anything at all. */
    private static void checkRuleParameters(RiskProfile profile, List<EntryProblem> problems) {
        RuleType type = profile.getRuleType();
        if (type == null) {
            return;
        }
        switch (type) {
            case AGE_VALUE_THRESHOLD -> {
                if (profile.getMinAgeYears() == null && profile.getMinValue() == null) {
                    problems.add(EntryProblem.of(Code.AGE_VALUE_NEEDS_AGE_OR_VALUE));
                }
            }
            case VALUE_ANOMALY -> {
                if (profile.getMinValue() == null) {
                    problems.add(EntryProblem.of(Code.VALUE_ANOMALY_NEEDS_MIN_VALUE));
                }
                String ratio = profile.getParameters().get("ratio");
                if (ratio != null && !ratio.matches("0?\\.\\d+|1(\\.0*)?")) {
                    problems.add(EntryProblem.of(Code.VALUE_ANOMALY_RATIO_INVALID, ratio));
                }
            }
            case MISDECLARATION_KEYWORD -> {
                if (profile.getKeywords().stream().allMatch(k -> k == null || k.isBlank())) {
                    problems.add(EntryProblem.of(Code.KEYWORD_PROFILE_NEEDS_KEYWORDS));
                }
            }
            case CONVEYANCE_RISK -> {
                if (profile.getTransportModes().isEmpty()) {
                    problems.add(EntryProblem.of(Code.CONVEYANCE_PROFILE_NEEDS_MODES));
                }
            }
            case SPLIT_SHIPMENT -> {
                checkDuration(profile, "window", problems);
                String shipments = profile.getParameters().get("shipments");
                if (shipments != null && !shipments.trim().matches("[2-9]|[1-9]\\d+")) {
                    problems.add(EntryProblem.of(Code.SPLIT_SHIPMENT_COUNT_INVALID, shipments));
                }
            }
            case TEMP_EXPORT_OVERDUE -> checkDuration(profile, "grace", problems);
            case RANDOM -> {
                if (profile.getRate() == null) {
                    problems.add(EntryProblem.of(Code.RANDOM_PROFILE_NEEDS_RATE));
                }
            }
            default -> {
            }
        }
    }

    private static void checkDuration(RiskProfile profile, String parameter, List<EntryProblem> problems) {
        String value = profile.getParameters().get(parameter);
        if (value == null) {
            return;
        }
        try {
            java.time.Duration.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(EntryProblem.of(Code.DURATION_INVALID, profile.getRuleType(), parameter, value));
        }
    }

    private static boolean isWellFormed(String s) {
        return s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
