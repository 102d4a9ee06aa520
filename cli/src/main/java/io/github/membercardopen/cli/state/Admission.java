package io.github.membercardopen.cli.state;

/**
 * What the importer should do with a CSV row, decided against the state file.
 *
 * @param decision     what to do
 * @param outRequestNo the idempotency key to send with ({@link Decision#SEND} only); on a resumed member
 *                     it is the one stored on the first run, so a resend is idempotent
 * @param code         the card code to send with it ({@link Decision#SEND} only): on a resumed member the
 *                     one stored on the first run, since WeChat Pay refuses an out_request_no whose content changed
 * @param firstLine    for the duplicate decisions, the line of the row this one repeats
 */
public record Admission(Decision decision, String outRequestNo, String code, long firstLine) {

    public enum Decision {
        /** New, or pending from an earlier run: send it. */
        SEND,
        /** Imported on an earlier run: skip. */
        ALREADY_IMPORTED,
        /** Failed permanently on an earlier run: skip, it stays in the failures report. */
        ALREADY_FAILED,
        /** Same phone as an earlier row of this run: not imported twice. */
        DUPLICATE_PHONE,
        /** Another member already uses this row's out_request_no. */
        DUPLICATE_OUT_REQUEST_NO
    }

    static Admission send(String outRequestNo, String code) {
        return new Admission(Decision.SEND, outRequestNo, code, 0);
    }

    static Admission skip(Decision decision) {
        return new Admission(decision, null, null, 0);
    }

    static Admission duplicate(Decision decision, long firstLine) {
        return new Admission(decision, null, null, firstLine);
    }
}
