package io.github.membercardopen.cli;

import io.github.membercardopen.cli.command.ImportCommand;
import io.github.membercardopen.cli.command.ReportCommand;
import io.github.membercardopen.cli.command.SandboxCommand;
import io.github.membercardopen.cli.command.StatusCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar membercard.jar <command>}: the bulk importer and its companions. */
@Command(name = "membercard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Imports a merchant's existing members into a WeChat Pay member card, exactly once.",
        subcommands = {ImportCommand.class, StatusCommand.class, ReportCommand.class, SandboxCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every member imported",
            "1:some rows failed permanently (see the report)",
            "2:usage, input or configuration error",
            "3:stopped before finishing; run the same command again to resume"})
public final class MembercardCli {
    private MembercardCli() {
    }

    /** A configured command line, for tests and {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MembercardCli());
        commandLine.setExitCodeExceptionMapper(error -> ExitCodes.USAGE_OR_CONFIGURATION);
        commandLine.setParameterExceptionHandler((error, args) -> {
            error.getCommandLine().getErr().println("error: " + error.getMessage());
            error.getCommandLine().usage(error.getCommandLine().getErr());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        });
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
            command.getErr().println("error: " + error.getMessage());
            return ExitCodes.USAGE_OR_CONFIGURATION;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
