package org.heritagesentinel.console.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local accounts file: one {@code user:bcrypt-hash:AUTHORITY:ROLE+ROLE:language:time-zone} a line,
 * {@code #} starts a comment. A malformed line stops the console with its line number: an account that
 * silently went missing would lock a user out without saying why.
 */
public final class Accounts {
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar");
    private final Map<String, Account> byName;

    private Accounts(Map<String, Account> byName) {
        this.byName = byName;
    }

    public static Accounts read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console accounts file " + file, e);
        }
    }

    static Accounts parse(List<String> lines, String source) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Account account = account(line, source + ":" + (i + 1));
            if (accounts.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": user " + account.username() + " appears twice");
            }
        }
        return new Accounts(accounts);
    }

    private static Account account(String line, String where) {
        String[] fields = line.split(":", -1);
        if (fields.length != 6) {
            throw new IllegalArgumentException(where + ": expected user:bcrypt-hash:AUTHORITY:ROLES:language:time-zone, got "
                + fields.length + " fields");
        }
        String language = fields[4].trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(where + ": language must be one of " + new TreeSet<>(LANGUAGES) + ", got '"
                + fields[4] + "'");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : fields[3].split("\\+")) {
            try {
                roles.add(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown role '" + role + "' (ANALYST, SUPERVISOR, ADMIN)", e);
            }
        }
        try {
            return new Account(fields[0].trim(), fields[1].trim(), fields[2].trim().toUpperCase(Locale.ROOT), roles,
                language, ZoneId.of(fields[5].trim()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": unknown time zone '" + fields[5] + "'", e);
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    public List<Account> ofAuthority(String authority) {
        return byName.values().stream().filter(a -> a.authority().equals(authority)).toList();
    }

    public Set<String> authorities() {
        return new TreeSet<>(byName.values().stream().map(Account::authority).toList());
    }

    /** One line of the file, for the demo and the tests. */
    public static String line(String user, String password, String authority, String language, String zone, Role... roles) {
        return String.join(":", user, PasswordHashes.hash(password), authority,
            String.join("+", Arrays.stream(roles).map(Role::name).toList()), language, zone);
    }
}
