package org.heritagesentinel.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sentinel run}: the production entry point against an existing Kafka cluster and registry. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the screening application against an existing cluster (topics and schemas set up beforehand).")
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws InterruptedException {
        SentinelConfig settings = config.load();
        CountDownLatch stopped = new CountDownLatch(1);
        SentinelApplication app = new SentinelApplication(settings, new SentinelSerdes(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down");
            app.close();
            stopped.countDown();
        }, "sentinel-shutdown"));
        app.start();
        log.info("Heritage Sentinel running: application {} on {}", settings.applicationId(), settings.bootstrapServers());
        stopped.await();
        return 0;
    }
}
