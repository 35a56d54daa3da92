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

    /** Reasons the entry is refused; empty when it is valid. */
    public List<String> problems(String key, WatchlistEntry entry) {
        List<String> problems = new ArrayList<>();
        if (entry.getEntryId() == null || entry.getEntryId().isBlank()) {
            problems.add("entryId is empty");
        } else if (!isWellFormed(entry.getEntryId())) {
            // an unpaired surrogate becomes '?' once encoded: the entry would be stored under another id
            problems.add("entryId is not well-formed Unicode");
        } else if (key != null && !key.equals(entry.getEntryId())) {
            problems.add("record key '" + key + "' differs from entryId '" + entry.getEntryId() + "'");
        }
        try {
            RecordKeys.authority(entry.getListingAuthority());
        } catch (IllegalArgumentException e) {
            problems.add("listingAuthority: " + e.getMessage());
        }
        if (entry.getRevision() < 1) {
            problems.add("revision must be >= 1");
        }
        if (entry.getRiskWeight() < 0 || entry.getRiskWeight() > 100) {
            problems.add("riskWeight must be within 0..100, got " + entry.getRiskWeight());
        }
        if (entry.getValidFrom() != null && entry.getValidTo() != null && entry.getValidTo().isBefore(entry.getValidFrom())) {
            problems.add("validTo is before validFrom");
        }
        // fail closed: a scope nobody knows how to share must not read as "share with everyone"
        if (entry.getSharingScope() == null || entry.getSharingScope() == SharingScope.UNKNOWN) {
            problems.add("sharingScope must be NATIONAL, REGIONAL or ORIGINATOR_CONTROLLED, got " + entry.getSharingScope());
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
    private static void checkFourEyes(WatchlistEntry entry, List<String> problems) {
        if (EntryValidity.isInForce(entry.getStatus()) && entry.getAuthor() != null && entry.getApprover() != null
            && sameUser(entry.getAuthor(), entry.getApprover())) {
            problems.add("approver: the author of an entry cannot approve it (four eyes), author and approver are both '"
                + entry.getApprover() + "'");
        }
    }

    /** A delisting request names who asked and why; no other status carries them, so they never outlive the request. */
    private static void checkDelistingRequest(WatchlistEntry entry, List<String> problems) {
        if (entry.getStatus() == EntryStatus.DELISTING_REQUESTED) {
            if (isBlank(entry.getDelistingRequester())) {
                problems.add("delistingRequester: a delisting request names the supervisor who asks for it");
            }
            if (isBlank(entry.getDelistingReason())) {
                problems.add("delistingReason: a delisting request needs a reason");
            }
        } else if (entry.getDelistingRequester() != null || entry.getDelistingReason() != null) {
            problems.add("delistingRequester and delistingReason belong to an entry whose status is DELISTING_REQUESTED, not "
                + entry.getStatus());
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

    private static void checkPayload(WatchlistEntry entry, List<String> problems) {
        EntryKind kind = entry.getKind();
        if (kind == null || kind == EntryKind.UNKNOWN) {
            problems.add("kind is missing or unknown");
            return;
        }
        switch (kind) {
            case PARTY -> checkParty(entry.getParty(), problems);
            case OBJECT -> {
                if (entry.getObject() == null) {
                    problems.add("OBJECT entry without object description");
                } else if (entry.getObject().getReferenceNumbers().isEmpty() && isBlank(entry.getObject().getDescription())
                    && isBlank(entry.getObject().getObjectType())) {
                    problems.add("OBJECT entry needs a reference number, an object type or a description");
                }
            }
            case RISK_PROFILE -> checkProfile(entry.getProfile(), problems);
            case CONVEYANCE -> {
                ListedConveyance c = entry.getConveyance();
                if (c == null || (c.getContainers().stream().allMatch(EntryValidator::isBlank)
                    && c.getMeansIds().stream().allMatch(EntryValidator::isBlank))) {
                    problems.add("CONVEYANCE entry needs a container number or a means id");
                }
            }
            case DOCUMENT -> {
                if (entry.getDocument() == null || Normalise.reference(entry.getDocument().getReference()).isEmpty()) {
                    problems.add("DOCUMENT entry needs a document reference");
                }
            }
            default -> problems.add("unsupported kind " + kind);
        }
    }

    private static void checkParty(ListedParty party, List<String> problems) {
        if (party == null) {
            problems.add("PARTY entry without party");
            return;
        }
        // a name of only control or punctuation characters matches nothing: treat it as absent
        boolean hasName = party.getNames().stream().anyMatch(n -> n != null && n.codePoints().anyMatch(Character::isLetterOrDigit));
        boolean hasIdentifier = party.getIdentifiers().stream().map(PartyIdentifier::getValue)
            .anyMatch(v -> !Normalise.reference(v).isEmpty());
        if (!hasName && !hasIdentifier) {
            problems.add("PARTY entry needs a name or an identifier");
        }
    }

    private static void checkProfile(RiskProfile profile, List<String> problems) {
        if (profile == null) {
            problems.add("RISK_PROFILE entry without profile");
            return;
        }
        if (profile.getRuleType() == null || profile.getRuleType() == RuleType.UNKNOWN) {
            problems.add("profile ruleType is missing or unknown");
        }
        for (String prefix : profile.getHsPrefixes()) {
            String digits = Normalise.hsCode(prefix);
            if (digits.length() < 2 || !digits.equals(prefix.replace(".", "").trim())) {
                problems.add("invalid HS prefix '" + prefix + "'");
            }
        }
        if (profile.getRate() != null && (profile.getRate() < 0 || profile.getRate() > 1)) {
            problems.add("rate must be within 0..1");
        }
        if (profile.getMinValue() != null && profile.getMinValue().getAmount().signum() <= 0) {
            problems.add("minValue must be positive");
        }
        checkRuleParameters(profile, problems);
    }

    /** What each profile type needs to match anything at all. */
    private static void checkRuleParameters(RiskProfile profile, List<String> problems) {
        RuleType type = profile.getRuleType();
        if (type == null) {
            return;
        }
        switch (type) {
            case AGE_VALUE_THRESHOLD -> {
                if (profile.getMinAgeYears() == null && profile.getMinValue() == null) {
                    problems.add("AGE_VALUE_THRESHOLD profile needs minAgeYears or minValue");
                }
            }
            case VALUE_ANOMALY -> {
                if (profile.getMinValue() == null) {
                    problems.add("VALUE_ANOMALY profile needs minValue (reference value of one unit)");
                }
                String ratio = profile.getParameters().get("ratio");
                if (ratio != null && !ratio.matches("0?\\.\\d+|1(\\.0*)?")) {
                    problems.add("VALUE_ANOMALY parameter ratio must be a number within 0..1, got '" + ratio + "'");
                }
            }
            case MISDECLARATION_KEYWORD -> {
                if (profile.getKeywords().stream().allMatch(k -> k == null || k.isBlank())) {
                    problems.add("MISDECLARATION_KEYWORD profile needs keywords");
                }
            }
            case CONVEYANCE_RISK -> {
                if (profile.getTransportModes().isEmpty()) {
                    problems.add("CONVEYANCE_RISK profile needs transportModes");
                }
            }
            case SPLIT_SHIPMENT -> {
                checkDuration(profile, "window", problems);
                String shipments = profile.getParameters().get("shipments");
                if (shipments != null && !shipments.trim().matches("[2-9]|[1-9]\\d+")) {
                    problems.add("SPLIT_SHIPMENT parameter shipments must be an integer of at least 2, got '" + shipments + "'");
                }
            }
            case TEMP_EXPORT_OVERDUE -> checkDuration(profile, "grace", problems);
            case RANDOM -> {
                if (profile.getRate() == null) {
                    problems.add("RANDOM profile needs a rate");
                }
            }
            default -> {
            }
        }
    }

    private static void checkDuration(RiskProfile profile, String parameter, List<String> problems) {
        String value = profile.getParameters().get(parameter);
        if (value == null) {
            return;
        }
        try {
            java.time.Duration.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(profile.getRuleType() + " parameter " + parameter + " must be an ISO-8601 duration such as P7D, got '"
                + value + "'");
        }
    }

    private static boolean isWellFormed(String s) {
        return s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
