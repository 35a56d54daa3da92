package org.heritagesentinel.console.web;

import java.util.List;

import org.heritagesentinel.console.view.RulePerformance;

/**
 * The rule performance table and its chart: one horizontal bar per rule, its length the rule's alerts,
 * split into seized, clean, dismissed and undecided (drawn as SVG on the server: no script, no library).
 */
public record PerformancePage(List<RulePerformance> rules, boolean mayExport, String from, String to) {
    public static final int LABEL_WIDTH = 190;
    public static final int BAR_WIDTH = 420;
    public static final int ROW_HEIGHT = 28;

    public int chartHeight() {
        return rules.size() * ROW_HEIGHT + 10;
    }

    private int most() {
        return Math.max(1, rules.stream().mapToInt(RulePerformance::alerts).max().orElse(1));
    }

    /** Width in pixels of {@code count} alerts on the common scale. */
    public int width(int count) {
        return (int) Math.round((double) BAR_WIDTH * count / most());
    }

    public int y(int row) {
        return row * ROW_HEIGHT + 5;
    }
}
