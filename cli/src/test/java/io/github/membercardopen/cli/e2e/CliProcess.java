package io.github.membercardopen.cli.e2e;

import io.github.membercardopen.cli.MembercardCli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CLI as a separate JVM on this test's class path, its output appended to a log file. */
final class CliProcess {
    private CliProcess() {
    }

    static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        // everything the SDK and the CLI would ever log, so leak checks see it all
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MembercardCli.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(new File("/dev/null"))
                .start();
    }

    /** What Ctrl-C sends. */
    static void interrupt(Process process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }
}
