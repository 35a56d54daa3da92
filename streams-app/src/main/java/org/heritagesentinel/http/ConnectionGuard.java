package org.heritagesentinel.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one client from holding the ops server: at most {@code maxPerClient} open connections per
 * client address, and a request header deadline. Jetty's idle timeout alone does not stop a client
 * that trickles one header byte every few seconds; here a connection that has not completed a
 * request header within {@code headerTimeout} of opening, or of its previous request, is closed,
 * unless a request of its is still being answered.
 */
final class ConnectionGuard implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final Scheduler scheduler;
    private final long headerTimeoutMillis;
    private final int maxPerClient;
    private final ConcurrentHashMap<String, Integer> openByClient = new ConcurrentHashMap<>();
    // a closed endpoint no longer knows its remote address: remember it from the opening
    private final ConcurrentHashMap<Connection, String> clientOf = new ConcurrentHashMap<>();

    ConnectionGuard(Scheduler scheduler, Duration headerTimeout, int maxPerClient) {
        this.scheduler = scheduler;
        this.headerTimeoutMillis = headerTimeout.toMillis();
        this.maxPerClient = maxPerClient;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = client(connection.getEndPoint().getRemoteSocketAddress());
        clientOf.put(connection, client);
        int open = openByClient.merge(client, 1, Integer::sum);
        if (open > maxPerClient) {
            LOG.debug("Refusing connection {} of {}: {} open connections per client at most", open, client, maxPerClient);
            connection.getEndPoint().close();
            return;
        }
        awaitHeader(connection, 0);
    }

    @Override
    public void onClosed(Connection connection) {
        String client = clientOf.remove(connection);
        if (client != null) {
            openByClient.computeIfPresent(client, (c, open) -> open <= 1 ? null : open - 1);
        }
    }

    private void awaitHeader(Connection connection, long requestsBefore) {
        scheduler.schedule(() -> {
            if (!connection.getEndPoint().isOpen()) {
                return;
            }
            long requests = connection.getMessagesIn();
            boolean answering = connection.getMessagesOut() < requests;
            if (requests > requestsBefore || answering) {
                awaitHeader(connection, requests);
            } else {
                LOG.debug("Closing {}: no complete request header within {} ms", connection, headerTimeoutMillis);
                connection.getEndPoint().close();
            }
        }, headerTimeoutMillis, TimeUnit.MILLISECONDS);
    }

    private static String client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
            ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
