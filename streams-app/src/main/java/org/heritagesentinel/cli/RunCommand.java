package org.heritagesentinel.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.heritagesentinel.app.PartitionLayout;
import org.heritagesentinel.app.SentinelApplication;
import org.heritagesentinel.config.ClientProperties;
import org.heritagesentinel.config.SentinelConfig;
import org.heritagesentinel.serde.SentinelSerdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sentinel run}: the production entry point against an existing Kafka cluster and registry. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the screening application against an existing cluster (topics and schemas set up beforehand).")
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOption config;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        SentinelConfig settings = config.loadReachable(true);
        try (Admin admin = Admin.create(ClientProperties.admin(settings))) {
            PartitionLayout.verify(admin, settings);
        } catch (IllegalStateException refused) {
            log.error("Not starting: {}", refused.getMessage());
            spec.commandLine().getErr().println("Not starting: " + refused.getMessage());
            return 2;
        }
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
