package org.heritagesentinel.connectors.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server ({@link PostgresBinaries}: from Maven Central, or installed), set
 * up for logical decoding: initdb in a temporary folder, started on a free loopback port, stopped
 * and deleted on close. PostgreSQL refuses to run as root, so under root (CI) it runs through
 * {@code runuser} as the OS user {@code postgres} where there is one, else as {@code nobody}.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    /** Under root: runuser and the unprivileged user it runs the server as; empty otherwise. */
    private final List<String> runAs;

    private PostgresServer(Path bin, Path home, int port, List<String> runAs) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.runAs = runAs;
    }

    /** Starts a server from {@code bin} (see {@link PostgresBinaries#locate()}). */
    public static PostgresServer start(Path bin) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("sentinel-pg");
        List<String> runAs = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal user = unprivilegedUser(home);
            Files.setOwner(home, user);
            runAs = List.of(runuser().toString(), "-u", user.getName(), "--");
        }
        PostgresServer server = new PostgresServer(bin, home, freePort(), runAs);
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

    private static UserPrincipal unprivilegedUser(Path home) throws IOException {
        UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
        try {
            return users.lookupPrincipalByName("postgres");
        } catch (UserPrincipalNotFoundException noPostgresUser) {
            return users.lookupPrincipalByName("nobody");
        }
    }

    /** util-linux's runuser: in /usr/sbin or /sbin, which a user's PATH may lack. */
    private static Path runuser() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                        Stream.of("/usr/sbin", "/sbin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "runuser"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("running as root, PostgreSQL needs runuser (util-linux) "
                        + "to start as an unprivileged user"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.addAll(runAs);
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
            PostgresBinaries.deleteRecursively(home);
        }
    }

}
