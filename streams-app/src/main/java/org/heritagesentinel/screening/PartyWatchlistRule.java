package org.heritagesentinel.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.heritagesentinel.avro.Candidate;
import org.heritagesentinel.avro.EntryKind;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.screening.party.ListedPartCounts;
import org.heritagesentinel.watchlist.BlockingKeys;
import org.heritagesentinel.watchlist.EntryValidity;
import org.heritagesentinel.watchlist.WatchlistIndex;

/** PARTY_WATCHLIST: any party of the declaration is a listed party (candidates from the index). */
public final class PartyWatchlistRule implements DeclarationRule {
    private final WatchlistIndex index;
    private final PartyMatcher matcher;
    private final SentinelConfig.PartyCandidates limits;
    private final int nameComparisons;

    /**
     * @param limits          which name keys are looked up: keys too common to discriminate would make the
     *                        cost per declaration grow with the list (identifier keys are always used)
     * @param nameComparisons listed names compared with the declaration's parties at most: beyond, the
     *                        declaration is flagged NOT_SCREENED rather than holding its partition
     */
    public PartyWatchlistRule(WatchlistIndex index, PartyMatcher matcher, SentinelConfig.PartyCandidates limits,
                              int nameComparisons) {
        this.index = index;
        this.matcher = matcher;
        this.limits = limits;
        this.nameComparisons = nameComparisons;
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits) {
        evaluate(subject, hits, new ArrayList<>());
    }

    @Override
    public void evaluate(ScreeningSubject subject, List<Hit> hits, List<Candidate> nearMisses) {
        // best match per entry, over all parties; and for entries no party matched, the closest one
        Map<String, Hit> best = new TreeMap<>();
        Map<String, NearMiss> closest = new HashMap<>();
        List<Party> parties = subject.declaration().getParties();
        int budget = nameComparisons;
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String field = "parties[" + i + "]";
            PartyMatcher.DeclaredParty declared = null;
            for (WatchlistEntry entry : index.candidates(lookUp(party))) {
                if (entry.getKind() != EntryKind.PARTY || !EntryValidity.isLive(entry, subject.at())) {
                    continue;
                }
                budget -= Math.max(1, entry.getParty().getNames().size());
                if (budget < 0) {
                    hits.add(NotScreened.hit(NotScreened.BUDGET_EXHAUSTED, "not fully screened: the budget of "
                        + nameComparisons + " listed names compared per declaration ran out at " + field + " of "
                        + parties.size() + " parties (limits.declaration.name-comparisons): check the parties manually"));
                    hits.addAll(best.values());
                    return;
                }
                if (declared == null) {
                    declared = matcher.prepare(party, field);
                }
                PartyMatcher.Assessment assessed = declared.assess(entry.getParty());
                if (assessed.match().isPresent()) {
                    Hit hit = toHit(party, entry, assessed.match().get());
                    best.merge(entry.getEntryId(), hit, (a, b) -> a.getScore() >= b.getScore() ? a : b);
                } else if (assessed.confidence() > 0) {
                    closest.merge(entry.getEntryId(), new NearMiss(entry, field, assessed.confidence()),
                        (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
            }
        }
        hits.addAll(best.values());
        closest.keySet().removeAll(best.keySet());
        // only the few the proof of screening keeps become records: this runs for every candidate
        for (NearMiss nearMiss : best(closest.values(), DeclarationScreener.MAX_CANDIDATES)) {
            nearMisses.add(nearMiss.toCandidate());
        }
    }

    /**
     * The party's keys worth looking up in the list held: a key pointing to more than the maximum is
     * skipped; so is the key of a single name part common in this list (Khoury, Haddad in a long list)
     * when the name has pairs of parts ("Youssef|Khoury") within the maximum to find its variants more
     * narrowly; and so is a wide pair of two parts the matcher weighs as common ("Mohammed|Khoury" where
     * the list makes Khoury common) when the name has a narrow pair ("Youssef|Khoury"): the same name in
     * any order shares that pair too, and a listed name that shares only the common pair with the declared
     * one shares nothing that identifies anybody. (The whole-name key does not count: it depends on the
     * order of the parts.)
     */
    private List<String> lookUp(Party party) {
        BlockingKeys blocking = index.blockingKeys();
        Set<String> keys = blocking.forParty(party);
        List<String> chosen = new ArrayList<>();
        List<String> wideParts = new ArrayList<>();
        List<String> widePairs = new ArrayList<>();
        boolean pairs = false;
        boolean narrowPair = false;
        for (String key : keys) {
            if (BlockingKeys.isIdentifier(key)) {
                chosen.add(key);
                continue;
            }
            int entries = index.postingSize(key);
            if (entries > limits.maxPosting()) {
                continue;
            }
            chosen.add(key);
            boolean pair = blocking.standsForNamePair(key);
            pairs |= pair;
            if (entries <= limits.maxPartPosting()) {
                narrowPair |= pair;
            } else if (blocking.standsForOneNamePart(key)) {
                wideParts.add(key);
            } else if (pair && bothPartsCommon(key, keys)) {
                widePairs.add(key);
            }
        }
        if (pairs) {
            chosen.removeAll(wideParts);
        }
        if (narrowPair) {
            chosen.removeAll(widePairs);
        }
        return chosen;
    }

    /**
     * A part without a key of its own in the name's keys is common by the static table (Mohammed); one
     * with a key is common when the list makes it so, as the matcher weighs it ({@link ListedPartCounts#common}).
     */
    private boolean bothPartsCommon(String pairKey, Set<String> keys) {
        List<String> parts = index.blockingKeys().namePartsOfPair(pairKey);
        if (parts.isEmpty()) {
            return false;
        }
        int parties = index.count(EntryKind.PARTY);
        for (String part : parts) {
            if (keys.contains(part) && !ListedPartCounts.common(index.postingSize(part), parties)) {
                return false;
            }
        }
        return true;
    }

    /** The {@code limit} closest, best first: a declaration meets dozens of near misses and keeps a handful. */
    private static List<NearMiss> best(Collection<NearMiss> all, int limit) {
        PriorityQueue<NearMiss> kept = new PriorityQueue<>(limit + 1, NearMiss.BEST_FIRST.reversed());
        for (NearMiss nearMiss : all) {
            kept.add(nearMiss);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        List<NearMiss> best = new ArrayList<>(kept);
        best.sort(NearMiss.BEST_FIRST);
        return best;
    }

    private record NearMiss(WatchlistEntry entry, String field, double confidence) {
        static final Comparator<NearMiss> BEST_FIRST = Comparator.comparingDouble(NearMiss::confidence).reversed()
            .thenComparing(n -> n.entry().getEntryId());

        Candidate toCandidate() {
            return Candidate.newBuilder().setRuleType(RuleTypes.of(entry, RuleType.PARTY_WATCHLIST))
                .setEntryId(entry.getEntryId()).setEntryRevision(entry.getRevision()).setConfidence(confidence)
                .setField(field).build();
        }
    }

    private static Hit toHit(Party party, WatchlistEntry entry, PartyMatcher.PartyMatch match) {
        int score = (int) Math.round(entry.getRiskWeight() * match.confidence());
        return ListingSource.stamp(Hit.newBuilder(), entry)
            .setRuleType(RuleTypes.of(entry, RuleType.PARTY_WATCHLIST))
            .setEntryId(entry.getEntryId())
            .setEntryRevision(entry.getRevision())
            .setScore(score)
            .setConfidence(match.confidence())
            .setEvidence(List.of(match.evidence()))
            .setExplanation(party.getRole() + " " + match.explanation() + " (entry " + entry.getEntryId()
                + " listed by " + entry.getListingAuthority() + reason(entry) + ListingSource.note(entry) + ")")
            .build();
    }

    private static String reason(WatchlistEntry entry) {
        return entry.getReason() == null ? "" : ": " + entry.getReason();
    }

    @Override
    public boolean consults(EntryKind kind) {
        return kind == EntryKind.PARTY;
    }
}
