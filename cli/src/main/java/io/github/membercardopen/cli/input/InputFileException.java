package io.github.membercardopen.cli.input;

import java.nio.file.Path;

/** The input file as a whole cannot be read as a member CSV; the message names the file and the fault. */
public final class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public InputFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
