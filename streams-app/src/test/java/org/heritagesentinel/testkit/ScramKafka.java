package org.heritagesentinel.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.heritagesentinel.embedded.EmbeddedKafka;

/**
 * A KRaft node that authenticates and authorises like a production cluster: clients on a SASL_PLAINTEXT
 * listener with SCRAM-SHA-512, the {@code StandardAuthorizer} with no ACL meaning no access, and one super user
 * ({@value #ADMIN}) used by the node itself (SCRAM between brokers, PLAIN towards the controller listener) and by
 * the test for set-up. Every user's SCRAM credentials are written into the metadata log at format time, so they
 * exist before the first client connects.
 */
public final class ScramKafka {
    public static final String ADMIN = "admin";
    public static final String MECHANISM = "SCRAM-SHA-512";

    private ScramKafka() {
    }

    /** @param users name → password of every principal besides the super user */
    public static EmbeddedKafka start(Path logDir, String adminPassword, Map<String, String> users) {
        Map<String, String> broker = new HashMap<>();
        broker.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        broker.put("super.users", "User:" + ADMIN);
        broker.put("allow.everyone.if.no.acl.found", "false");
        broker.put("sasl.enabled.mechanisms", MECHANISM);
        broker.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        broker.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", scramJaas(ADMIN, adminPassword));
        broker.put("sasl.mechanism.controller.protocol", "PLAIN");
        broker.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        broker.put("listener.name.controller.plain.sasl.jaas.config",
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN + "\" password=\""
                + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";");
        List<String> format = new ArrayList<>(scram(ADMIN, adminPassword));
        users.forEach((name, password) -> format.addAll(scram(name, password)));
        return EmbeddedKafka.start(logDir, true, Map.of(), new EmbeddedKafka.Security("SASL_PLAINTEXT", broker, format,
            clientSettings(ADMIN, adminPassword)));
    }

    /** What a client of {@code user} sets (without the {@code kafka.} prefix of the application's configuration). */
    public static Map<String, String> clientSettings(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
            "sasl.jaas.config", scramJaas(user, password));
    }

    private static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
            + "\" password=\"" + password + "\";";
    }

    private static List<String> scram(String user, String password) {
        return List.of("--add-scram", MECHANISM + "=[name=" + user + ",password=" + password + "]");
    }
}
