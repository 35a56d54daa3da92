package org.heritagesentinel.app;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.ConfigurationError;
import org.heritagesentinel.config.SentinelConfig;

/**
 * Checks, before a command starts, that the brokers and the registry answer within a bounded time,
 * and says which address failed and what to check. Without it a closed port is a minute of identical
 * client warnings followed by a misleading error, and an unknown host a page of stack trace.
 */
public final class Reachability {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Reachability() {
    }

    /** The brokers answer; their number. */
    public static int kafka(SentinelConfig config, Duration timeout) {
        String servers = config.bootstrapServers();
        String setting = "kafka.bootstrap.servers=" + servers;
        List<String> unresolved = unresolvedHosts(servers);
        if (unresolved.size() == servers.split(",").length) {
            throw new ConfigurationError(setting + ": host " + String.join(", ", unresolved)
                + " cannot be resolved — check the host name (DNS, /etc/hosts, a typo?)");
        }
        List<String> closed = closedAddresses(servers, timeout);
        if (closed.size() == servers.split(",").length) {
            throw new ConfigurationError(setting + ": " + String.join("; ", closed)
                + " — check the host and port, and that the broker is running and listens there");
        }
        Properties props = ClientProperties.admin(config);
        int millis = (int) timeout.toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "sentinel-reachability");
        String protocol = config.kafkaClient().getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        Collection<Node> nodes;
        try (Admin admin = Admin.create(props)) {
            nodes = admin.describeCluster().nodes().get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationError(setting + ": interrupted while connecting", e);
        } catch (TimeoutException | ExecutionException e) {
            throw new ConfigurationError(setting + ": " + kafkaFailure(e, timeout, protocol), e);
        }
        return nodes.size();
    }

    /** Refuses to create topics with more replicas than the cluster has brokers, saying what to set. */
    public static void replicas(SentinelConfig config, int brokers) {
        if (config.replicationFactor() > brokers) {
            throw new ConfigurationError("topics.replication-factor=" + config.replicationFactor() + " but the cluster at "
                + config.bootstrapServers() + " has " + brokers + (brokers == 1 ? " broker" : " brokers")
                + ": set topics.replication-factor=" + brokers + " (SENTINEL_TOPICS_REPLICATION_FACTOR) on a test cluster");
        }
    }

    /** The registry answers its API's {@code /system/info}. */
    public static void registry(SentinelConfig config, Duration timeout) {
        String url = config.registryUrl();
        String setting = "registry.url=" + url;
        URI uri = URI.create(url);
        if (!unresolvedHosts(uri.getHost() + ":" + port(uri)).isEmpty()) {
            throw new ConfigurationError(setting + ": host " + uri.getHost()
                + " cannot be resolved — check the host name (DNS, /etc/hosts, a typo?)");
        }
        if (config.registryClient().keySet().stream().anyMatch(k -> k.startsWith("tls."))) {
            // the registry's own truststore is the serde's business: a port that accepts connections is enough here
            connect(uri, timeout, setting);
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/system/info")).timeout(timeout).GET().build();
        int status;
        try {
            status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationError(setting + ": interrupted while connecting", e);
        } catch (IOException e) {
            throw new ConfigurationError(setting + ": " + httpFailure(e, timeout), e);
        }
        if (status == 404) {
            throw new ConfigurationError(setting + ": no registry API at this path (GET …/system/info answered 404) — "
                + "the URL ends in /apis/registry/v2 or /apis/registry/v3");
        }
        if (status >= 500) {
            throw new ConfigurationError(setting + ": the registry answered " + status + " — check its log and its storage");
        }
    }

    private static String kafkaFailure(Exception e, Duration timeout, String protocol) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        if (cause instanceof SslAuthenticationException) {
            return "TLS handshake failed (" + cause.getMessage() + ") — check kafka.ssl.truststore.location and that the "
                + "listener speaks " + protocol;
        }
        if (cause instanceof SaslAuthenticationException || cause instanceof AuthenticationException) {
            return "authentication failed (" + cause.getMessage() + ") — check kafka.sasl.mechanism and kafka.sasl.jaas.config";
        }
        return "no broker answered within " + timeout.toSeconds() + " s — check the host and port, that the broker is "
            + "running and listens there, and that the listener expects kafka.security.protocol=" + protocol
            + (protocol.startsWith("SASL") ? " with these SASL credentials" : " (TLS or SASL listeners need kafka.security.protocol)");
    }

    private static String httpFailure(IOException e, Duration timeout) {
        if (e instanceof HttpConnectTimeoutException || e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s — check the host, the port and any firewall";
        }
        if (e instanceof ConnectException) {
            return "connection refused — check the port and that the registry is running";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed (" + e.getMessage() + ") — check http:// vs https:// and registry.tls.*";
        }
        return "cannot connect (" + e + ") — check the host, the port and http:// vs https://";
    }

    private static void connect(URI uri, Duration timeout, String setting) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port(uri)), (int) timeout.toMillis());
        } catch (IOException e) {
            throw new ConfigurationError(setting + ": " + httpFailure(e, timeout), e);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** A plain TCP connect to each address: a closed port answers at once, without a Kafka client's retries. */
    private static List<String> closedAddresses(String hostPorts, Duration timeout) {
        List<String> closed = new ArrayList<>();
        for (String hostPort : hostPorts.split(",")) {
            String address = hostPort.trim();
            int colon = address.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))),
                    (int) timeout.toMillis());
            } catch (SocketTimeoutException e) {
                closed.add(address + " did not answer within " + timeout.toSeconds() + " s (a firewall?)");
            } catch (ConnectException e) {
                closed.add("connection to " + address + " refused");
            } catch (IOException e) {
                closed.add("connection to " + address + " failed (" + e.getMessage() + ")");
            }
        }
        return closed;
    }

    private static List<String> unresolvedHosts(String hostPorts) {
        List<String> unresolved = new ArrayList<>();
        for (String hostPort : hostPorts.split(",")) {
            String host = hostPort.trim().substring(0, hostPort.trim().lastIndexOf(':'));
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                unresolved.add(host);
            }
        }
        return unresolved;
    }
}
