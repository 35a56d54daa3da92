package org.heritagesentinel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.heritagesentinel.avro.CustomsDeclaration;
import org.heritagesentinel.avro.Hit;
import org.heritagesentinel.ondemand.AnswerJson;
import org.heritagesentinel.ondemand.OnDemandScreening;
import org.heritagesentinel.ondemand.ScreeningRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /screen}: the hits an alert would carry for the declaration, party or object in the
 * body, as the calling authority may see them; nothing is produced. Every request is audited on the
 * {@code org.heritagesentinel.audit.screen} log: who asked, when, a digest of what, and what it hit.
 */
final class ScreenHandler implements GuardedRoute.AuthenticatedHandler {
    static final String PATH = "/screen";
    private static final Logger AUDIT = LoggerFactory.getLogger("org.heritagesentinel.audit.screen");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OnDemandScreening screening;

    ScreenHandler(OnDemandScreening screening) {
        this.screening = screening;
    }

    @Override
    public void handle(Context exchange, String authority) throws IOException {
        byte[] body = exchange.bodyAsBytes(); // bounded by PostRoute's Content-Length check
        Instant now = Instant.now();
        CustomsDeclaration declaration;
        try {
            declaration = ScreeningRequests.toDeclaration(JSON.readTree(body), authority, now);
        } catch (JsonProcessingException e) {
            refuse(exchange, authority, body, "not JSON: " + e.getOriginalMessage());
            return;
        } catch (RuntimeException e) {
            refuse(exchange, authority, body, e.getMessage());
            return;
        }
        OnDemandScreening.Answer answer = screening.screen("ON-DEMAND:" + authority + ":" + declaration.getDeclarationId(),
            declaration, authority, now);
        AUDIT.info("on-demand screening by {} at {}: request sha256 {} ({} parties, {} items) -> lane {}, hits [{}]", authority,
            now, digest(body), declaration.getParties().size(), declaration.getItems().size(), answer.lane(),
            answer.hits().stream().map(Hit::getEntryId).collect(Collectors.joining(",")));
        Responses.send(exchange, 200, Responses.JSON, JSON.writeValueAsString(AnswerJson.of(answer)));
    }

    private static void refuse(Context exchange, String authority, byte[] body, String reason) throws IOException {
        AUDIT.info("on-demand screening by {} refused: request sha256 {}: {}", authority, digest(body), reason);
        Responses.send(exchange, 400, Responses.JSON, JSON.writeValueAsString(
            JsonNodeFactory.instance.objectNode().put("error", String.valueOf(reason))));
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
