package io.github.membercardopen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JVM (or any command) started by the bench, its stdout and stderr in one log file. While it runs, a
 * daemon thread reads {@code /proc/<pid>/status} every 200 ms and keeps the highest {@code VmHWM} (the
 * kernel's own peak RSS), so the peak survives the process: the last reading is at most 200 ms before exit.
 */
final class ChildProcess implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 200;

    private final Process process;
    private final Path log;
    private final long startNanos = System.nanoTime();
    private final AtomicLong peakRssKiB = new AtomicLong(-1);

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread sampler = new Thread(this::samplePeakRss, "peak-rss-" + process.pid());
        sampler.setDaemon(true);
        sampler.start();
    }

    static ChildProcess start(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ChildProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** {@code java} of the running JVM, so children use the same JDK as the bench. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for a line of output starting with {@code prefix}; fails if the process exits first. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output().split("\n")) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + " before printing '" + prefix
                        + "':\n" + output());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no '" + prefix + "' within " + timeout + ":\n" + output());
    }

    /** Waits for the exit and returns the exit code; kills the process and fails after {@code timeout}. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("still running after " + timeout + ", killed:\n" + output());
        }
        return process.exitValue();
    }

    /** Time since start; after {@link #waitFor}, the wall time of the whole process. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The highest VmHWM seen, in KiB, or -1 where {@code /proc} is not available. */
    long peakRssKiB() {
        return peakRssKiB.get();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void samplePeakRss() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakRssKiB.accumulateAndGet(kib, Math::max);
                    }
                }
                Thread.sleep(SAMPLE_MILLIS);
            } catch (IOException | RuntimeException gone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
