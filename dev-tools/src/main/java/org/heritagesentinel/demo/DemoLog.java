package org.heritagesentinel.demo;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;

/**
 * Keeps the demo's console for the product's own lines: every log event (the application's, the
 * broker's, the clients', the registry's) goes to a file instead, and so does whatever a library
 * prints on standard error (a stack trace from a thread without a handler, a JVM warning). The levels
 * stay those of the logging configuration.
 */
public final class DemoLog {
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private DemoLog() {
    }

    /** From now on, the log goes to {@code file} only. */
    public static void toFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("demo-file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        System.setErr(new PrintStream(new LineLogger(LoggerFactory.getLogger("stderr")), true, StandardCharsets.UTF_8));
    }

    /** Standard error as WARN lines of the "stderr" logger. */
    private static final class LineLogger extends OutputStream {
        private final Logger log;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineLogger(Logger log) {
            this.log = log;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            flushLine();
        }

        private void flushLine() {
            if (line.size() > 0) {
                log.warn(line.toString(StandardCharsets.UTF_8).stripTrailing());
                line.reset();
            }
        }
    }
}
