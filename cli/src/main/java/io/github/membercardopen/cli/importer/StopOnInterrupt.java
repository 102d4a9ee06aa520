package io.github.membercardopen.cli.importer;

import sun.misc.Signal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C asks the import to stop taking rows and let calls in flight finish, so the state file is complete
 * and the process can exit with "stopped, resumable". A second Ctrl-C exits at once: the state file is
 * crash-safe, so even that loses nothing.
 */
public final class StopOnInterrupt {
    private StopOnInterrupt() {
    }

    public static void install(AtomicBoolean stopping, PrintStream err, int exitCodeOnSecondInterrupt) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (stopping.getAndSet(true)) {
                    Runtime.getRuntime().halt(exitCodeOnSecondInterrupt);
                }
                err.println();
                err.println("Stopping: no new rows, waiting for calls in flight. Ctrl-C again to quit at once.");
            });
        } catch (IllegalArgumentException | UnsupportedOperationException unsupported) {
            // no INT signal on this platform: the default handling (exit) still loses nothing
        }
    }
}
