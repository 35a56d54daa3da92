package org.heritagesentinel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;
import org.heritagesentinel.screening.party.PartyNameMatcher;

/**
 * Counts the alerts of clean declarations and tells apart the two kinds of noise: a namesake (the declared
 * party has the same full name as a listed party, so only qualifiers can tell them apart) and a false
 * positive of the matcher (the names differ, and the matcher took one for the other).
 */
final class NoiseTally {
    private final PartyNameMatcher names;
    private final int shown;
    private int declarations;
    private int alerts;
    private int red;
    private int namesakeAlerts;
    private int matcherAlerts;
    private final Map<String, Integer> rules = new TreeMap<>();
    private final List<String> matcherExamples = new ArrayList<>();
    private final List<String> namesakeExamples = new ArrayList<>();

    /** @param shown how many explanations of each kind to keep for the report */
    NoiseTally(PartyNameMatcher names, int shown) {
        this.names = names;
        this.shown = shown;
    }

    void add(List<Hit> hits, Lane lane) {
        declarations++;
        if (hits.isEmpty()) {
            return;
        }
        alerts++;
        if (lane == Lane.RED) {
            red++;
        }
        boolean matcher = false;
        for (Hit hit : hits) {
            rules.merge(hit.getRuleType().name(), 1, Integer::sum);
            boolean namesake = isNamesake(hit);
            matcher |= !namesake;
            keep(namesake ? namesakeExamples : matcherExamples, hit.getExplanation());
        }
        if (matcher) {
            matcherAlerts++;
        } else {
            namesakeAlerts++;
        }
    }

    private void keep(List<String> examples, String explanation) {
        if (examples.size() < shown) {
            examples.add(explanation);
        }
    }

    /** A name hit whose declared name is the same full name as the listed one (see {@link PartyNameMatcher#sameFullName}). */
    private boolean isNamesake(Hit hit) {
        for (Evidence evidence : hit.getEvidence()) {
            if (evidence.getField().endsWith(".name") && names.sameFullName(evidence.getDeclaredValue(), evidence.getListedValue())) {
                return true;
            }
        }
        return false;
    }

    String report() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
            "%,d clean declarations: %.1f alerts per 1,000 (RED share %.0f%%); hits by rule %s%n"
                + "  namesakes only (every hit on the same full name): %.1f per 1,000%n"
                + "  matcher false positives (at least one hit on a different name): %.1f per 1,000%n",
            declarations, perThousand(alerts), alerts == 0 ? 0.0 : 100.0 * red / alerts, rules,
            perThousand(namesakeAlerts), perThousand(matcherAlerts)));
        matcherExamples.forEach(e -> text.append("  matcher: ").append(e).append('\n'));
        namesakeExamples.forEach(e -> text.append("  namesake: ").append(e).append('\n'));
        return text.toString();
    }

    private double perThousand(int count) {
        return declarations == 0 ? 0 : 1000.0 * count / declarations;
    }
}
