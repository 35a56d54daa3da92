package org.heritagesentinel.console.view;

import java.util.List;
import java.util.Map;

/** One page of the queue: the groups to show, the count of each lane, the rules and offices to filter by. */
public record QueueView(QueueFilter filter, List<QueueGroup> groups, Map<String, Long> laneCounts, List<String> rules,
                        List<String> offices) {
}
