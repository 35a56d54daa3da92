package org.heritagesentinel.ondemand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.heritagesentinel.avro.Evidence;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.avro.Provenance;

/** An on-demand answer as JSON: score, lane, and each hit with its entry, revision, provenance, explanation and evidence. */
public final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode of(OnDemandScreening.Answer answer) {
        ObjectNode out = JSON.createObjectNode();
        out.put("score", answer.score()).put("severity", answer.severity()).put("lane", answer.lane())
            .put("alert", !answer.hits().isEmpty());
        ArrayNode hits = out.putArray("hits");
        for (Hit hit : answer.hits()) {
            ObjectNode h = hits.addObject().put("ruleType", hit.getRuleType().name()).put("entryId", hit.getEntryId())
                .put("entryRevision", hit.getEntryRevision()).put("score", hit.getScore())
                .put("confidence", hit.getConfidence()).put("explanation", hit.getExplanation());
            Provenance p = hit.getProvenance();
            if (p != null) {
                h.putObject("provenance").put("source", p.getSource()).put("sourceId", p.getSourceId())
                    .put("edition", p.getEdition() == null ? null : p.getEdition().toString());
            }
            ArrayNode evidence = h.putArray("evidence");
            for (Evidence e : hit.getEvidence()) {
                evidence.addObject().put("field", e.getField()).put("declared", e.getDeclaredValue())
                    .put("listed", e.getListedValue()).put("method", e.getMethod());
            }
        }
        ArrayNode warnings = out.putArray("warnings");
        answer.warnings().forEach(warnings::add);
        return out;
    }
}
