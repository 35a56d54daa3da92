package org.heritagesentinel.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.config.TopicCatalogue;
import org.heritagesentinel.routing.AlertRouter;

/**
 * Per-authority routing: every alert on {@code alerts.v1} becomes one view per recipient on
 * {@code alerts.<authority>.v1}, under the sharing policy. The target topic travels in the
 * {@code sentinel.route} header (also useful to readers of the unrouted topic).
 */
final class RoutingTopology {
    static final String ROUTE_HEADER = "sentinel.route";

    private RoutingTopology() {
    }

    static void addTo(StreamsBuilder builder, SentinelTopology.Parts parts) {
        CataloguedTopics topics = new CataloguedTopics(parts);
        // the route is an authority's view topic or the unrouted topic: both contracts carry the alert as it is
        topics.to(topics.stream(builder, TopicCatalogue.ALERTS, "alerts-to-route")
                .process(() -> new RouteProcessor(parts.router()), Named.as("alert-routing")),
            new RouteHeaderTopic(), TopicCatalogue.AUTHORITY_ALERTS, "authority-alerts-sink");
    }

    /** The topic named by the route header; a named class, so the pinned topology description is stable. */
    static final class RouteHeaderTopic implements TopicNameExtractor<String, Alert> {
        @Override
        public String extract(String key, Alert view, RecordContext context) {
            Header route = context.headers().lastHeader(ROUTE_HEADER);
            return new String(route.value(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "route-header";
        }
    }

    private static final class RouteProcessor implements Processor<String, Alert, String, Alert> {
        private final AlertRouter router;
        private ProcessorContext<String, Alert> context;

        RouteProcessor(AlertRouter router) {
            this.router = router;
        }

        @Override
        public void init(ProcessorContext<String, Alert> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, Alert> record) {
            if (record.value() == null) {
                return;
            }
            for (AlertRouter.Routed routed : router.route(record.value())) {
                Record<String, Alert> view = record.withValue(routed.view());
                RecordHeaders headers = new RecordHeaders(record.headers().toArray());
                headers.remove(ROUTE_HEADER);
                headers.add(ROUTE_HEADER, routed.topic().getBytes(StandardCharsets.UTF_8));
                context.forward(view.withHeaders(headers));
            }
        }
    }
}
