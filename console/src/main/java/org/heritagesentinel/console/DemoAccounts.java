package org.heritagesentinel.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.heritagesentinel.console.auth.Accounts;
import org.heritagesentinel.console.auth.Role;

/** The demo's users: two authorities, the three languages, analysts and supervisors. */
final class DemoAccounts {
    static final String PASSWORD = "sentinel-demo";
    static final List<String[]> USERS = List.of(
        new String[] {"analyst.jo", "JO", "en", "Asia/Amman", "ANALYST"},
        new String[] {"supervisor.jo", "JO", "en", "Asia/Amman", "SUPERVISOR"},
        // four eyes: what one supervisor drafts or asks to delist, the other approves
        new String[] {"second.supervisor.jo", "JO", "en", "Asia/Amman", "SUPERVISOR"},
        new String[] {"muhallil.jo", "JO", "ar", "Asia/Amman", "ANALYST"},
        new String[] {"analyste.ma", "MA", "fr", "Africa/Casablanca", "ANALYST"});

    private DemoAccounts() {
    }

    static Path write() throws IOException {
        Path file = Files.createTempFile("sentinel-demo-accounts-", ".txt");
        StringBuilder lines = new StringBuilder("# demo accounts, password: " + PASSWORD + "\n");
        for (String[] u : USERS) {
            lines.append(Accounts.line(u[0], PASSWORD, u[1], u[2], u[3], Role.valueOf(u[4]))).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static void print(PrintStream out) {
        out.printf("  accounts (password %s):", PASSWORD);
        USERS.forEach(u -> out.printf(" %s (%s, %s)", u[0], u[1], u[4].toLowerCase(java.util.Locale.ROOT)));
        out.println();
    }
}
