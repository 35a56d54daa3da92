package org.heritagesentinel.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionLayoutSpec {

    @Test
    void shouldAcceptADeclarationsTopicLaidOutAsConfigured() {
        assertThat(PartitionLayout.mismatch("customs.declarations.v1", 6, 6)).isEmpty();
    }

    @Test
    void shouldRefuseWithTheSettingToChangeWhenTheCountsDiffer() {
        // Given a declarations topic created by hand with 12 partitions, and the default of 6 configured
        // When the layout is checked
        // Then the refusal names the topic, both counts and the setting that fixes it
        assertThat(PartitionLayout.mismatch("customs.declarations.v1", 12, 6)).hasValueSatisfying(reason -> assertThat(reason)
            .contains("customs.declarations.v1 has 12 partitions", "topics.partitions is 6", "SENTINEL_TOPICS_PARTITIONS) to 12"));
    }
}
