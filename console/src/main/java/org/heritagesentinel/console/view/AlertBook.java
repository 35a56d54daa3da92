package org.heritagesentinel.console.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.AlertDecision;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Lane;

/**
 * The alerts of one authority, rebuilt by every console instance from the authority's alert view and
 * decision topic: no instance holds state the others lack.
 */
public final class AlertBook {
    private static final Duration GROUP_WINDOW = Duration.ofHours(1);
    private final String authority;
    private final Declarations declarations;
    private final Map<String, CaseFile> byId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public AlertBook(String authority, Declarations declarations) {
        this.authority = authority;
        this.declarations = declarations;
    }

    public String authority() {
        return authority;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    synchronized void alert(Alert alert, Instant at) {
        CaseFile file = byId.computeIfAbsent(alert.getAlertId(), id -> new CaseFile(alert));
        file.revised(alert, at);
        listeners.forEach(Runnable::run);
    }

    synchronized void decision(AlertDecision decision, Integer basis, String recordId) {
        CaseFile file = byId.get(decision.getAlertId());
        if (file == null) {
            verdicts.put(recordId, false);
            return;
        }
        verdicts.put(recordId, file.decided(decision, basis));
        listeners.forEach(Runnable::run);
    }

    /** Whether the decision read at {@code recordId} ("topic/partition/offset") counted. */
    public Optional<Boolean> verdict(String recordId) {
        return Optional.ofNullable(verdicts.get(recordId));
    }

    public Optional<CaseFile> find(String alertId) {
        return Optional.ofNullable(byId.get(alertId));
    }

    public Optional<CustomsDeclaration> declaration(CaseFile file) {
        return declarations.find(file.alert().getSubjectKey());
    }

    public Optional<String> office(CaseFile file) {
        return declaration(file).map(d -> d.getOfficeOfDeclaration() == null ? null : d.getOfficeOfDeclaration().toString());
    }

    public synchronized QueueView queue(QueueFilter filter, String username, ZoneId zone) {
        List<CaseFile> selected = byId.values().stream().filter(f -> filter.accepts(f, username, office(f), zone)).toList();
        Map<String, Long> laneCounts = new LinkedHashMap<>();
        for (Lane lane : List.of(Lane.RED, Lane.YELLOW, Lane.GREEN)) {
            laneCounts.put(lane.name(), selected.stream().filter(f -> f.alert().getLane() == lane).count());
        }
        Comparator<CaseFile> order = "time".equals(filter.sort())
            ? Comparator.comparing(CaseFile::eventTime).reversed()
            : Comparator.comparingInt((CaseFile f) -> f.alert().getScore()).reversed().thenComparing(CaseFile::eventTime,
                Comparator.reverseOrder());
        List<CaseFile> rows = selected.stream().filter(filter::laneAccepts).sorted(order).toList();
        Map<String, List<CaseFile>> grouped = rows.stream().collect(Collectors.groupingBy(this::groupKey,
            LinkedHashMap::new, Collectors.toList()));
        List<QueueGroup> groups = grouped.entrySet().stream()
            .map(e -> new QueueGroup(e.getKey().substring(0, e.getKey().lastIndexOf('@')), e.getValue())).toList();
        List<String> rules = new ArrayList<>(byId.values().stream().flatMap(f -> f.alert().getHits().stream())
            .map(h -> h.getRuleType().name()).collect(Collectors.toCollection(TreeSet::new)));
        List<String> offices = new ArrayList<>(byId.values().stream().map(this::office).flatMap(Optional::stream)
            .collect(Collectors.toCollection(TreeSet::new)));
        return new QueueView(filter, groups, laneCounts, rules, offices);
    }

    /** Same container, else same top entry, within the same window; an alert with neither stands alone. */
    private String groupKey(CaseFile file) {
        long window = file.eventTime().toEpochMilli() / GROUP_WINDOW.toMillis();
        Optional<String> container = declaration(file).flatMap(d -> d.getTransport().getContainers().stream().findFirst())
            .map(c -> "container " + c);
        String shared = container.or(() -> file.topHit().map(h -> "entry " + h.getEntryId())).orElse(file.alertId());
        return shared + "@" + window;
    }

    /** Other alerts of this authority on the same party name, container or entry. */
    public synchronized List<CaseFile> related(CaseFile file) {
        Function<CaseFile, TreeSet<String>> marks = f -> {
            TreeSet<String> m = new TreeSet<>();
            f.alert().getHits().stream().map(Hit::getEntryId).map(e -> "E:" + e).forEach(m::add);
            declaration(f).ifPresent(d -> {
                d.getTransport().getContainers().forEach(c -> m.add("C:" + c));
                d.getParties().forEach(p -> m.add("P:" + p.getName().toString().toLowerCase(java.util.Locale.ROOT)));
            });
            return m;
        };
        TreeSet<String> mine = marks.apply(file);
        Map<Instant, CaseFile> result = new TreeMap<>(Comparator.reverseOrder());
        for (CaseFile other : byId.values()) {
            if (!other.alertId().equals(file.alertId())) {
                TreeSet<String> theirs = marks.apply(other);
                theirs.retainAll(mine);
                if (!theirs.isEmpty()) {
                    result.put(other.eventTime(), other);
                }
            }
        }
        return result.values().stream().limit(20).toList();
    }

    /** Every alert of the authority as it stands: what the rule performance and the audit export count. */
    public synchronized List<CaseFile> files() {
        return List.copyOf(byId.values());
    }
}
