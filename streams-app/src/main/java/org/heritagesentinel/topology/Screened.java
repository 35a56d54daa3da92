package org.heritagesentinel.topology;

import org.heritagesentinel.avro.Alert;
import org.heritagesentinel.avro.ScreeningRecord;

/** What one screening emits: at most one alert record, and the proof of screening (absent for a withdrawal). */
record Screened(Alert alert, ScreeningRecord record) {
}
