package org.heritagesentinel.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.heritagesentinel.avro.IdentifierScheme;
import org.heritagesentinel.avro.Party;
import org.heritagesentinel.avro.PartyIdentifier;
import org.heritagesentinel.avro.PartySeizureHistory;
import org.heritagesentinel.avro.ReferencedObjects;
import org.heritagesentinel.avro.SeizureRegisterRecord;
import org.heritagesentinel.register.RegisterEntries;
import org.heritagesentinel.register.RegisterJson;
import org.heritagesentinel.screening.PartyKeys;
import org.heritagesentinel.topology.SentinelTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seized-object register over HTTP, answered by whichever instance holds the key:
 * <ul>
 *   <li>{@code GET /register/seizures/{seizureKey}} — a seizure with its objects and parties;</li>
 *   <li>{@code GET /register/objects/{objectId}} — one seized object ({@code <seizureKey>:O<n>});</li>
 *   <li>{@code GET /register/parties/{partyKey}}, or {@code /register/parties?identifier=...} /
 *       {@code ?name=...} — a party's seizure history;</li>
 *   <li>{@code GET /register/references/{reference}} — the seized objects carrying an INTERPOL,
 *       inventory or police reference number (compared in normal form: "inv. 12-B" = "INV12B").</li>
 * </ul>
 * A key held by another instance is forwarded there once; the answer names the instance that served it.
 */
final class RegisterQueryHandler implements GuardedRoute.AuthenticatedHandler {
    static final String PREFIX = "/register/";
    static final String SERVED_BY_HEADER = "X-Sentinel-Served-By";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterQueryHandler.class);

    private final StateLookup lookup;
    private final PeerForwarder forwarder;
    private final RegisterJson json;
    private final String self;

    RegisterQueryHandler(StateLookup lookup, PeerForwarder forwarder, RegisterJson json, String self) {
        this.lookup = lookup;
        this.forwarder = forwarder;
        this.json = json;
        this.self = self;
    }

    @Override
    public void handle(HttpExchange exchange, String authority) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        int slash = path.indexOf('/');
        String kind = slash < 0 ? path : path.substring(0, slash);
        String key = slash < 0 ? "" : path.substring(slash + 1);
        switch (kind) {
            case "seizures" -> answer(exchange, SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, key,
                (SeizureRegisterRecord record) -> json.seizure(record, authority));
            case "objects" -> answer(exchange, SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, RegisterEntries.seizureKeyOf(key),
                (SeizureRegisterRecord record) -> json.object(record, key, authority));
            case "parties" -> {
                String partyKey = key.isEmpty() ? partyKeyFromQuery(exchange.getRequestURI()) : key;
                answer(exchange, SentinelTopology.PARTY_SEIZURE_HISTORY_STORE, partyKey,
                    (PartySeizureHistory history) -> json.partyHistory(partyKey, history, authority));
            }
            case "references" -> {
                String reference = RegisterEntries.referenceKey(key);
                answer(exchange, SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE, reference,
                    (ReferencedObjects objects) -> json.references(reference, objects, authority));
            }
            default -> Responses.send(exchange, 404, Responses.JSON, "{\"error\":\"unknown register query: use "
                + "/register/seizures/, /register/objects/, /register/parties/ or /register/references/\"}");
        }
    }

    private <V> void answer(HttpExchange exchange, String store, String key, Function<V, Optional<String>> view)
            throws IOException {
        if (key.isBlank()) {
            Responses.send(exchange, 400, Responses.JSON, "{\"error\":\"a key is required\"}");
            return;
        }
        StateLookup.Result<V> result = lookup.find(store, key);
        if (result instanceof StateLookup.Found<V> found) {
            exchange.getResponseHeaders().set(SERVED_BY_HEADER, self);
            Optional<String> body = view.apply(found.value());
            if (body.isPresent()) {
                Responses.send(exchange, 200, Responses.JSON, body.get());
            } else {
                notFound(exchange);
            }
        } else if (result instanceof StateLookup.Elsewhere<V> elsewhere) {
            forward(exchange, elsewhere);
        } else if (result instanceof StateLookup.Unavailable<V> unavailable) {
            unavailable(exchange, unavailable.reason());
        } else {
            exchange.getResponseHeaders().set(SERVED_BY_HEADER, self);
            notFound(exchange);
        }
    }

    private void forward(HttpExchange exchange, StateLookup.Elsewhere<?> owner) throws IOException {
        if (exchange.getRequestHeaders().containsKey(PeerForwarder.FORWARDED_HEADER)) {
            unavailable(exchange, "the key moved while the query was forwarded");
            return;
        }
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            PeerForwarder.Relayed relayed = forwarder.forward(owner.host(), owner.port(), pathAndQuery,
                exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().set(SERVED_BY_HEADER, owner.host() + ":" + owner.port());
            Responses.send(exchange, relayed.status(), relayed.contentType(), relayed.body());
        } catch (IOException e) {
            LOG.warn("Forwarding a register query to {}:{} failed: {}", owner.host(), owner.port(), e.toString());
            Responses.send(exchange, 502, Responses.JSON, "{\"error\":\"the instance holding the key did not answer\"}");
        }
    }

    private static String partyKeyFromQuery(URI uri) {
        String identifier = parameter(uri, "identifier");
        String name = parameter(uri, "name");
        Party party = Party.newBuilder().setName(name == null ? "" : name)
            .setIdentifiers(identifier == null ? List.of()
                : List.of(PartyIdentifier.newBuilder().setScheme(IdentifierScheme.OTHER).setValue(identifier).build()))
            .build();
        return PartyKeys.key(party);
    }

    private static String parameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        Responses.send(exchange, 404, Responses.JSON, "{\"error\":\"not in the register, or not shared with your authority\"}");
    }

    private static void unavailable(HttpExchange exchange, String reason) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "2");
        Responses.send(exchange, 503, Responses.JSON, "{\"error\":\"" + reason.replace("\"", "'") + "\"}");
    }
}
