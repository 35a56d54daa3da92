package org.heritagesentinel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The parent's handle on a {@link BenchApp} child JVM: start, readiness, memory, stop. */
final class AppProcess implements AutoCloseable {
    /** What the application reported once it was processing. */
    record Ready(long runningMs, long indexMs, int entries) {
    }

    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Path log;
    private boolean stopRequested;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "bench-app-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static AppProcess start(List<String> jvmOptions, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchApp.class.getName());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            return new AppProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the application JVM", e);
        }
    }

    Ready awaitReady(Duration timeout) {
        String[] parts = reply("READY", timeout).split(" ");
        return new Ready(Long.parseLong(parts[2]), Long.parseLong(parts[3]), Integer.parseInt(parts[4]));
    }

    /** Heap used right after a full collection: the live set, watchlist included. */
    long heapAfterGc() {
        commands.println("MEM");
        return Long.parseLong(reply("MEM", Duration.ofSeconds(60)).split(" ")[2]);
    }

    /** CPU the application has used so far, in total, in its stream threads and in screening. */
    CpuSample cpu() {
        commands.println("CPU");
        return CpuSample.parse(reply("CPU", Duration.ofSeconds(30)));
    }

    long rssBytes() {
        return procStatus("VmRSS:");
    }

    long peakRssBytes() {
        return procStatus("VmHWM:");
    }

    /** CPU time (user + system) the application JVM has used so far, from /proc; NaN where unavailable. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            // fields after the command name in parentheses: state is field 3, utime 14, stime 15 (clock ticks of 1/100 s)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
        return -1;
    }

    private String reply(String kind, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String line = replies.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("BENCH " + kind)) {
                    return line;
                }
                if (line != null && line.startsWith("BENCH FAILED")) {
                    throw new IllegalStateException("application failed (" + line + "); see " + log);
                }
                if (line == null && !process.isAlive()) {
                    throw new IllegalStateException("application JVM exited with " + process.exitValue() + "; see " + log);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("no " + kind + " from the application within " + timeout + "; see " + log);
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("BENCH ")) {
                    replies.add(line);
                }
            }
        } catch (IOException closed) {
            // the child is gone
        }
    }

    /** Lets the application process (it starts paused); it reports ready once running. */
    void resume() {
        commands.println("RESUME");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Active tasks of the application's stream threads in this JVM right now: which share of the group's work it holds. */
    int activeTasks() {
        commands.println("TASKS");
        return Integer.parseInt(reply("TASKS", Duration.ofSeconds(30)).split(" ")[2]);
    }

    /** Asks the application to close (its stream threads leave the group), once; {@link #close()} waits for it. */
    void requestStop() {
        if (!stopRequested && process.isAlive()) {
            commands.println("STOP");
            stopRequested = true;
        }
    }

    @Override
    public void close() {
        requestStop();
        try {
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
