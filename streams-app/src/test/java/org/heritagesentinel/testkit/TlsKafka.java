package org.heritagesentinel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.heritagesentinel.embedded.EmbeddedKafka;

/**
 * A KRaft node whose listeners speak TLS only: a key pair made for the test by the JDK's {@code keytool}
 * (certificate for {@code 127.0.0.1}, so clients verify the host name as in production), and a trust
 * store holding that certificate for the clients.
 */
public final class TlsKafka {
    private static final String STORE_TYPE = "PKCS12";

    /** Where the node's key and the clients' trust store are, and their passwords. */
    public record Stores(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {
        /** What a client sets to reach the node (without the {@code kafka.} prefix of the application's configuration). */
        public Map<String, String> clientSettings() {
            return Map.of("security.protocol", "SSL", "ssl.truststore.location", trustStore.toString(),
                "ssl.truststore.password", trustStorePassword, "ssl.truststore.type", STORE_TYPE);
        }
    }

    private TlsKafka() {
    }

    public static Stores createStores(Path dir, String keyStorePassword, String trustStorePassword) {
        Path keyStore = dir.resolve("broker.p12");
        Path certificate = dir.resolve("broker.pem");
        Path trustStore = dir.resolve("clients-truststore.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
            "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1,DNS:localhost", "-keystore", keyStore.toString(),
            "-storetype", STORE_TYPE, "-storepass", keyStorePassword, "-keypass", keyStorePassword);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore.toString(), "-storetype", STORE_TYPE,
            "-storepass", keyStorePassword, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(), "-keystore",
            trustStore.toString(), "-storetype", STORE_TYPE, "-storepass", trustStorePassword);
        return new Stores(keyStore, keyStorePassword, trustStore, trustStorePassword);
    }

    public static EmbeddedKafka start(Path logDir, Stores stores) {
        Map<String, String> broker = new HashMap<>();
        broker.put("ssl.keystore.location", stores.keyStore().toString());
        broker.put("ssl.keystore.password", stores.keyStorePassword());
        broker.put("ssl.key.password", stores.keyStorePassword());
        broker.put("ssl.keystore.type", STORE_TYPE);
        // the node is a client of itself (controller, inter-broker): it trusts its own certificate
        broker.put("ssl.truststore.location", stores.trustStore().toString());
        broker.put("ssl.truststore.password", stores.trustStorePassword());
        broker.put("ssl.truststore.type", STORE_TYPE);
        return EmbeddedKafka.start(logDir, true, Map.of(),
            new EmbeddedKafka.Security("SSL", broker, List.of(), stores.clientSettings()));
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
