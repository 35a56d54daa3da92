package org.heritagesentinel.connectors.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the installed binaries (Debian: postgresql package, see
 * connectors/postgres-install.sh), set up for logical decoding: initdb in a temporary folder,
 * started on a free loopback port, stopped and deleted on close. PostgreSQL refuses to run as
 * root, so under root it runs as the OS user {@code postgres} through {@code runuser}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String OS_USER = "postgres";

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asRoot;

    private PostgresServer(Path bin, Path home, int port, boolean asRoot) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asRoot = asRoot;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBinaries();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("sentinel-pg");
        if (asRoot) {
            UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
            Files.setOwner(home, postgres);
        }
        PostgresServer server = new PostgresServer(bin, home, freePort(), asRoot);
        try {
            server.run("initdb", "-D", server.data.toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-sync", "--locale=C");
            server.run("pg_ctl", "-D", server.data.toString(), "-l", home.resolve("server.log").toString(), "-w",
                    "-t", "60", "-o", String.join(" ",
                            "-p", Integer.toString(server.port),
                            "-k", home.toString(),
                            "-c", "listen_addresses=127.0.0.1",
                            "-c", "wal_level=logical",
                            "-c", "max_wal_senders=4",
                            "-c", "max_replication_slots=4",
                            "-c", "max_slot_wal_keep_size=256MB",
                            "-c", "fsync=off",
                            "-c", "synchronous_commit=off",
                            "-c", "full_page_writes=off"),
                    "start");
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** SENTINEL_PG_BIN, or the newest /usr/lib/postgresql/N/bin. */
    private static Path findBinaries() throws IOException {
        String configured = System.getenv("SENTINEL_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElseThrow(PostgresServer::notInstalled);
            }
        }
        throw notInstalled();
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("PostgreSQL binaries not found: run connectors/postgres-install.sh "
                + "or set SENTINEL_PG_BIN to the folder holding pg_ctl");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sentinel-pg-" + tool, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " timed out");
            }
            if (process.exitValue() != 0) {
                String log = Files.readString(out);
                Path serverLog = home.resolve("server.log");
                if (Files.exists(serverLog)) {
                    log += "\n--- server.log ---\n" + Files.readString(serverLog);
                }
                throw new IOException(tool + " failed (" + process.exitValue() + "):\n" + log);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    public void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            deleteRecursively(home);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
