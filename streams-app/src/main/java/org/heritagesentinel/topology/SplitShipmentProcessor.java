package org.heritagesentinel.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.heritagesentinel.avro.ContextHit;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.PartyShipments;
import org.heritagesentinel.avro.RuleType;
import org.heritagesentinel.avro.ShipmentRef;
import org.heritagesentinel.avro.WatchlistEntry;
import org.heritagesentinel.screening.Evidences;
import org.heritagesentinel.watchlist.WatchlistIndex;

/**
 * SPLIT_SHIPMENT, per party: the party's shipments of the last days, in event time. When a live
 * profile counts at least {@code shipments} (default 3) declarations of the party under its HS prefixes
 * within {@code window} (default P7D) of each other, every one of them gets a hit, once per profile.
 */
final class SplitShipmentProcessor implements Processor<String, ShipmentRef, String, ContextHit> {
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    static final int DEFAULT_SHIPMENTS = 3;

    private final WatchlistIndex index;
    private final Duration retention;
    private ProcessorContext<String, ContextHit> context;
    private KeyValueStore<String, PartyShipments> store;

    SplitShipmentProcessor(WatchlistIndex index, Duration retention) {
        this.index = index;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, ContextHit> context) {
        this.context = context;
        this.store = context.getStateStore(SentinelTopology.SPLIT_SHIPMENT_STORE);
    }

    @Override
    public void process(Record<String, ShipmentRef> record) {
        ShipmentRef shipment = record.value();
        if (record.key() == null || shipment == null) {
            return;
        }
        PartyShipments state = store.get(record.key());
        List<ShipmentRef> shipments = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        Instant horizon = shipment.getAcceptedAt().minus(retention);
        if (state != null) {
            state.getShipments().stream()
                .filter(s -> !s.getDeclarationKey().equals(shipment.getDeclarationKey()) && !s.getAcceptedAt().isBefore(horizon))
                .forEach(shipments::add);
            flagged.addAll(state.getFlagged());
        }
        shipments.add(shipment);
        for (WatchlistEntry profile : LiveProfiles.covering(index, RuleType.SPLIT_SHIPMENT, shipment.getHsCodes(),
            shipment.getAcceptedAt())) {
            Duration window = LiveProfiles.duration(profile, "window", DEFAULT_WINDOW);
            int threshold = LiveProfiles.integer(profile, "shipments", DEFAULT_SHIPMENTS);
            List<ShipmentRef> together = shipments.stream()
                .filter(s -> LiveProfiles.covers(profile, s.getHsCodes()))
                .filter(s -> Duration.between(s.getAcceptedAt(), shipment.getAcceptedAt()).abs().compareTo(window) <= 0)
                .toList();
            if (together.size() < threshold) {
                continue;
            }
            String keys = together.stream().map(ShipmentRef::getDeclarationKey).collect(Collectors.joining(", "));
            for (ShipmentRef part : together) {
                String flag = profile.getEntryId() + "|" + part.getDeclarationKey();
                if (flagged.contains(flag)) {
                    continue;
                }
                flagged.add(flag);
                Hit hit = LiveProfiles.hit(profile, Evidences.of(part.getPartyField(), part.getPartyName(),
                    "≥ " + threshold + " shipments within " + window, "split-shipment"));
                hit.setExplanation(hit.getExplanation() + " — " + together.size() + " shipments of " + part.getPartyName()
                    + " within " + window + ": " + keys);
                context.forward(new Record<>(part.getDeclarationKey(), ContextHit.newBuilder()
                    .setDeclarationKey(part.getDeclarationKey()).setHit(hit).build(), record.timestamp()));
            }
        }
        flagged.removeIf(f -> shipments.stream().noneMatch(s -> f.endsWith("|" + s.getDeclarationKey())));
        store.put(record.key(), PartyShipments.newBuilder().setShipments(shipments).setFlagged(flagged).build());
    }
}
