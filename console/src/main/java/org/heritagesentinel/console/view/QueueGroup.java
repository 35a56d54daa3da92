package org.heritagesentinel.console.view;

import java.util.List;

/**
 * Alerts on the same container or listed entry within one window, shown as one row: a container hit 94
 * times in five minutes is one thing to look at, not 94.
 *
 * @param key  what the members share ("container MSCU1234565", "entry PTY-0001")
 */
public record QueueGroup(String key, List<CaseFile> members) {

    public CaseFile lead() {
        return members.get(0);
    }

    public boolean repeated() {
        return members.size() > 1;
    }
}
