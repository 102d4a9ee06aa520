package io.github.membercardopen.cli.state;

/** The state file was created for another merchant or card, or is not a state file at all. */
public final class StateFileMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StateFileMismatchException(String message) {
        super(message);
    }
}
