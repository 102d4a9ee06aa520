package io.github.membercardopen.cli.command;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.cli.state.MemberStatus;
import io.github.membercardopen.cli.state.StateFileMismatchException;
import io.github.membercardopen.cli.state.StoreIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code membercard status}: what a state file holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows what a state file holds: members by status, failures by error code, rejected rows.")
public final class StatusCommand implements Callable<Integer> {
    @Option(names = "--state", required = true, paramLabel = "FILE", description = "The state file of an import.")
    Path state;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        try (ImportStateStore store = ImportStateStore.openExisting(state)) {
            StoreIdentity identity = store.identity();
            out.printf("State file %s: merchant %s, card %s, input %s%n", state, identity.merchantId(),
                    identity.cardId(), identity.input());
            Map<MemberStatus, Long> counts = store.countsByStatus();
            for (MemberStatus status : MemberStatus.values()) {
                out.printf("  %-10s %,12d%n", status, counts.get(status));
            }
            print("Failed members by error code:", store.failuresByErrorCode());
            print("Rows not imported by reason:", store.rejectedRowsByCode());
            return counts.get(MemberStatus.PENDING) > 0 ? ExitCodes.STOPPED
                    : counts.get(MemberStatus.FAILED) > 0 ? ExitCodes.SOME_FAILED : ExitCodes.ALL_IMPORTED;
        } catch (StateFileMismatchException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
    }

    private void print(String heading, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            out.println(heading);
            counts.forEach((code, count) -> out.printf("  %-26s %,12d%n", code, count));
        }
    }
}
