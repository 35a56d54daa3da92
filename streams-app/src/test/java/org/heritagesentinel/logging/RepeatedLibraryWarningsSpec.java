package org.heritagesentinel.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class RepeatedLibraryWarningsSpec {
    private final LoggerContext context = new LoggerContext();
    private final RepeatedLibraryWarnings filter = new RepeatedLibraryWarnings();
    private final Logger sender = context.getLogger("org.apache.kafka.clients.producer.internals.Sender");

    @Test
    void shouldLetOneOfARunOfRetriesThroughWhateverTheirNumbers() {
        assertThat(warn(sender, "[Producer clientId=app-1-producer] Got error produce response with correlation id 96 on "
            + "topic-partition app-split-repartition-2, retrying (2147483646 attempts left). Error: CONCURRENT_TRANSACTIONS"))
            .isEqualTo(FilterReply.NEUTRAL);
        assertThat(warn(sender, "[Producer clientId=app-1-producer] Got error produce response with correlation id 97 on "
            + "topic-partition app-split-repartition-1, retrying (2147483645 attempts left). Error: CONCURRENT_TRANSACTIONS"))
            .isEqualTo(FilterReply.DENY);
        assertThat(warn(sender, "[Producer clientId=app-1-producer] Connection to node 1 could not be established."))
            .as("another message").isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void shouldAlwaysPassErrorsAndTheApplicationsOwnLines() {
        Logger own = context.getLogger("org.heritagesentinel.routing.AlertRouter");
        for (int i = 0; i < 3; i++) {
            assertThat(warn(own, "same line")).isEqualTo(FilterReply.NEUTRAL);
            assertThat(filter.decide(null, sender, Level.ERROR, "same failure", null, null)).isEqualTo(FilterReply.NEUTRAL);
        }
    }

    private FilterReply warn(Logger logger, String message) {
        return filter.decide(null, logger, Level.WARN, message, null, null);
    }
}
