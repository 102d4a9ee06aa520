package io.github.membercardopen.cli;

/** What the process tells its caller; the README documents each. */
public final class ExitCodes {
    /** Every member is imported (now or on an earlier run). */
    public static final int ALL_IMPORTED = 0;
    /** Some rows failed for good: invalid rows or WeChat Pay business errors; see the report. */
    public static final int SOME_FAILED = 1;
    /** Bad usage, input file or configuration: nothing or little was done. */
    public static final int USAGE_OR_CONFIGURATION = 2;
    /** Stopped before finishing (Ctrl-C, retries exhausted): run the same command again to resume. */
    public static final int STOPPED = 3;

    private ExitCodes() {
    }
}
