package org.heritagesentinel.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.console.auth.PasswordHashes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sentinel console -c FILE}: the analysts' web console, until stopped. */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Run the analyst console (web): alert queue, evidence, decisions. Ctrl-C stops.")
public final class ConsoleCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, description = "Configuration file (console.* keys: see docs/console.md).")
    Path configFile;
    @Option(names = "--hash-password", description = "Read a password from standard input, print its bcrypt hash "
        + "for the accounts file, and exit.")
    boolean hashPassword;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (hashPassword) {
            String password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                .readLine();
            if (password == null || password.isEmpty()) {
                System.err.println("console --hash-password: no password on standard input");
                return 2;
            }
            out.println(PasswordHashes.hash(password));
            return 0;
        }
        SentinelConfig config = ConfigLoader.load(configFile, System.getenv());
        Console console = Console.start(config, config.console());
        out.printf("Analyst console: %s (authorities of %s)%n", console.uri(), config.console().accountsFile());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.close();
            stopped.countDown();
        }, "console-shutdown"));
        stopped.await();
        return 0;
    }
}
