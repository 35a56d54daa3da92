package org.heritagesentinel.demo;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.heritagesentinel.avro.Alert;

/** The latest alert of each subject the demo has printed: the scenario decides on alerts it has seen. */
public final class AlertBoard {
    private final Map<String, Alert> latest = new ConcurrentHashMap<>();

    public void seen(Alert alert) {
        synchronized (this) {
            latest.put(alert.getSubjectKey(), alert);
            notifyAll();
        }
    }

    /** The alert of {@code subjectKey}, waiting for it up to {@code timeout}. */
    public synchronized Optional<Alert> await(String subjectKey, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!latest.containsKey(subjectKey)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return Optional.of(latest.get(subjectKey));
    }
}
