package org.heritagesentinel.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
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
    public void handle(Context ctx, String authority) {
        URI target;
        try {
            target = new URI(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        } catch (URISyntaxException e) {
            Responses.send(ctx, 400, Responses.JSON, "{\"error\":\"malformed request URI\"}");
            return;
        }
        String path = target.getPath().substring(PREFIX.length());
        int slash = path.indexOf('/');
        String kind = slash < 0 ? path : path.substring(0, slash);
        String key = slash < 0 ? "" : path.substring(slash + 1);
        switch (kind) {
            case "seizures" -> answer(ctx, target, SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, key,
                (SeizureRegisterRecord record) -> json.seizure(record, authority));
            case "objects" -> answer(ctx, target, SentinelTopology.SEIZED_OBJECT_REGISTER_STORE, RegisterEntries.seizureKeyOf(key),
                (SeizureRegisterRecord record) -> json.object(record, key, authority));
            case "parties" -> {
                String partyKey = key.isEmpty() ? partyKeyFromQuery(target) : key;
                answer(ctx, target, SentinelTopology.PARTY_SEIZURE_HISTORY_STORE, partyKey,
                    (PartySeizureHistory history) -> json.partyHistory(partyKey, history, authority));
            }
            case "references" -> {
                String reference = RegisterEntries.referenceKey(key);
                answer(ctx, target, SentinelTopology.SEIZED_OBJECT_REFERENCES_STORE, reference,
                    (ReferencedObjects objects) -> json.references(reference, objects, authority));
            }
            default -> Responses.send(ctx, 404, Responses.JSON, "{\"error\":\"unknown register query: use "
                + "/register/seizures/, /register/objects/, /register/parties/ or /register/references/\"}");
        }
    }

    private <V> void answer(Context ctx, URI target, String store, String key, Function<V, Optional<String>> view) {
        if (key.isBlank()) {
            Responses.send(ctx, 400, Responses.JSON, "{\"error\":\"a key is required\"}");
            return;
        }
        StateLookup.Result<V> result = lookup.find(store, key);
        if (result instanceof StateLookup.Found<V> found) {
            ctx.header(SERVED_BY_HEADER, self);
            Optional<String> body = view.apply(found.value());
            if (body.isPresent()) {
                Responses.send(ctx, 200, Responses.JSON, body.get());
            } else {
                notFound(ctx);
            }
        } else if (result instanceof StateLookup.Elsewhere<V> elsewhere) {
            forward(ctx, target, elsewhere);
        } else if (result instanceof StateLookup.Unavailable<V> unavailable) {
            unavailable(ctx, unavailable.reason());
        } else {
            ctx.header(SERVED_BY_HEADER, self);
            notFound(ctx);
        }
    }

    /**
     * Relays the owner's answer. When there is no owner to ask (Kafka Streams names no usable address
     * during a rebalance, or the owner refuses connections because it is stopping), the caller is told
     * to retry: 503 with Retry-After, as while no instance holds the key. 502 is kept for an owner that
     * was reached but did not answer.
     */
    private void forward(Context ctx, URI target, StateLookup.Elsewhere<?> owner) {
        if (ctx.header(PeerForwarder.FORWARDED_HEADER) != null) {
            unavailable(ctx, "the key moved while the query was forwarded");
            return;
        }
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        try {
            PeerForwarder.Relayed relayed = forwarder.forward(owner.host(), owner.port(), pathAndQuery, ctx.header("Authorization"));
            ctx.header(SERVED_BY_HEADER, owner.host() + ":" + owner.port());
            Responses.send(ctx, relayed.status(), relayed.contentType(), relayed.body());
        } catch (PeerForwarder.NoPeer | ConnectException e) {
            LOG.info("No instance to forward a register query to ({}:{}): {}", owner.host(), owner.port(), e.toString());
            unavailable(ctx, "the instance holding the key cannot be reached now");
        } catch (IOException e) {
            LOG.warn("Forwarding a register query to {}:{} failed: {}", owner.host(), owner.port(), e.toString());
            Responses.send(ctx, 502, Responses.JSON, "{\"error\":\"the instance holding the key did not answer\"}");
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

    private static void notFound(Context ctx) {
        Responses.send(ctx, 404, Responses.JSON, "{\"error\":\"not in the register, or not shared with your authority\"}");
    }

    private static void unavailable(Context ctx, String reason) {
        ctx.header("Retry-After", "2");
        Responses.send(ctx, 503, Responses.JSON, "{\"error\":\"" + reason.replace("\"", "'") + "\"}");
    }
}
