package io.github.membercardopen.cli.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails once more than a set number of characters are read without {@link #startRecord()} being called,
 * so an unclosed quote or a binary file cannot make the CSV parser buffer the whole file in memory.
 * The count runs a read-ahead buffer ahead of the parser, which is why the budget is generous.
 */
final class RecordBudgetReader extends FilterReader {

    private final long budget;
    private long used;

    RecordBudgetReader(Reader in, long budget) {
        super(in);
        this.budget = budget;
    }

    void startRecord() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            charge(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    private void charge(int chars) throws RecordTooLongException {
        used += chars;
        if (used > budget) {
            throw new RecordTooLongException(budget);
        }
    }

    /** A single record went past the budget. */
    static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException(long budget) {
            super("record is longer than " + budget + " characters; is a quote left open, or is this not a CSV file?");
        }
    }
}
