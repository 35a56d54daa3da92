package org.heritagesentinel.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.heritagesentinel.config.ConfigLoader;
import org.heritagesentinel.config.SentinelConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sentinel console -c FILE}: the analysts' web console, until stopped. */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = "Run the analyst console (web): alert queue, evidence, decisions. Ctrl-C stops.")
public final class ConsoleCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, description = "Configuration file (console.* keys: see docs/console.md).")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
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
