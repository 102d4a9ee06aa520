package io.github.membercardopen.cli.command;

import io.github.membercardopen.cli.state.FailedMember;
import io.github.membercardopen.cli.state.ImportStateStore;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows that were not imported (business errors, invalid rows, duplicates), as a CSV with masked
 * phones: {@code line,masked_phone,code,error_code,message}.
 */
final class FailureReport {
    static final String HEADER = "line,masked_phone,code,error_code,message";

    private final ImportStateStore store;

    FailureReport(ImportStateStore store) {
        this.store = store;
    }

    void writeCsv(PrintWriter out) {
        out.println(HEADER);
        store.forEachFailure(row -> out.println(csv(row)));
        out.flush();
    }

    /** The first {@code limit} rows, and how to get them all. */
    void printExcerpt(PrintStream out, int limit, Path stateFile) {
        AtomicInteger total = new AtomicInteger();
        store.forEachFailure(row -> {
            if (total.getAndIncrement() == 0) {
                out.println("Rows not imported:");
                out.println(HEADER);
            }
            if (total.get() <= limit) {
                out.println(csv(row));
            }
        });
        if (total.get() > limit) {
            out.println("... " + (total.get() - limit) + " more.");
        }
        if (total.get() > 0) {
            out.println("Full report: java -jar membercard.jar report --state " + stateFile);
        }
    }

    private static String csv(FailedMember row) {
        return row.line() + "," + field(row.maskedPhone()) + "," + field(row.givenCode()) + "," + field(row.errorCode())
                + "," + field(row.errorMessage());
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
