package io.github.membercardopen.cli.command;

import io.github.membercardopen.cli.ExitCodes;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.cli.state.StateFileMismatchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code membercard report}: the rows not imported, as CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the rows that were not imported as CSV (" + FailureReport.HEADER + "); phones masked.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--state", required = true, paramLabel = "FILE", description = "The state file of an import.")
    Path state;

    @Option(names = "--output", paramLabel = "CSV", description = "Write here instead of standard output.")
    Path output;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        try (ImportStateStore store = ImportStateStore.openExisting(state)) {
            if (output == null) {
                new FailureReport(store).writeCsv(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            } else {
                try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                    new FailureReport(store).writeCsv(writer);
                }
                err.println("Report written to " + output);
            }
            return ExitCodes.ALL_IMPORTED;
        } catch (StateFileMismatchException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        }
    }
}
