package org.heritagesentinel.connectors.it;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.heritagesentinel.testsupport.Prerequisites;

/**
 * Where the PostgreSQL server binaries for the CDC test come from, first match wins:
 * <ol>
 * <li>{@code SENTINEL_PG_BIN}, a folder holding {@code pg_ctl} (any installed PostgreSQL 13+);</li>
 * <li>the embedded binaries from Maven Central ({@code io.zonky.test.postgres}, PostgreSQL 14 with
 * {@code pgoutput}), extracted once into the temporary folder and shared by later runs;</li>
 * <li>where Maven Central has none for this platform: Debian's server ({@code connectors/postgres-install.sh}).</li>
 * </ol>
 * With none of them the test is skipped outside CI and fails under {@code CI=true}.
 */
final class PostgresBinaries {

    private static final String INSTALL = "set SENTINEL_PG_BIN to the bin folder of PostgreSQL 13+, or: sh connectors/postgres-install.sh";

    private PostgresBinaries() {
    }

    /** The folder holding {@code initdb}, {@code pg_ctl} and {@code postgres}. */
    static Path locate() throws IOException {
        String configured = System.getenv("SENTINEL_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Optional<byte[]> embedded = embeddedArchive();
        if (embedded.isPresent()) {
            return extracted(embedded.get());
        }
        Optional<Path> debian = debian();
        Prerequisites.require(debian.isPresent(), "PostgreSQL server binaries (Maven Central has none for "
                + osName() + "-" + ArchUtils.normalize(System.getProperty("os.arch")) + ")", INSTALL);
        return debian.orElseThrow();
    }

    private static Optional<byte[]> embeddedArchive() throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                osName(), ArchUtils.normalize(System.getProperty("os.arch")))) {
            return Optional.of(archive.readAllBytes());
        } catch (IllegalStateException noBinariesForThisPlatform) {
            return Optional.empty();
        }
    }

    /** The names the binaries' archives carry: postgres-linux-x86_64.txz, postgres-darwin-…, postgres-windows-…. */
    private static String osName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Windows";
        }
        return os.startsWith("mac") ? "Darwin" : "Linux";
    }

    /**
     * The archive unpacked under its digest in the temporary folder, world-readable: under root the
     * server runs as an unprivileged user, who must be able to read and execute it. Unpacked beside
     * and moved into place in one step, so concurrent builds never see half a folder.
     */
    private static Path extracted(byte[] archive) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path home = tmp.resolve("sentinel-postgres-" + digest(archive));
        if (Files.isExecutable(home.resolve("bin/pg_ctl")) || Files.isExecutable(home.resolve("bin/pg_ctl.exe"))) {
            return home.resolve("bin");
        }
        Path staging = Files.createTempDirectory(tmp, "sentinel-postgres-unpacking");
        try {
            unpack(archive, staging);
            openForEveryone(staging);
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(staging);
            if (!Files.isDirectory(home.resolve("bin"))) {
                throw e;
            }
            // another build moved the same binaries into place first
        }
        return home.resolve("bin");
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.copy(target.resolve(entry.getLinkName()), path);
                } else {
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void openForEveryone(Path root) throws IOException {
        if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> folder = PosixFilePermissions.fromString("rwxr-xr-x");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    Files.setPosixFilePermissions(path, folder);
                } else {
                    Set<PosixFilePermission> file = Files.getPosixFilePermissions(path);
                    file.add(PosixFilePermission.GROUP_READ);
                    file.add(PosixFilePermission.OTHERS_READ);
                    Files.setPosixFilePermissions(path, file);
                }
            }
        }
    }

    private static Optional<Path> debian() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        }
    }

    private static String digest(byte[] archive) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
