package io.github.membercardopen.cli.progress;

import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the import has done so far, updated by any thread, read by the progress display. */
public final class ImportCounters {

    private final LongAdder rowsRead = new LongAdder();
    private final LongAdder imported = new LongAdder();
    private final LongAdder alreadyDone = new LongAdder();
    private final LongAdder invalidRows = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final Map<String, LongAdder> failuresByCode = new ConcurrentHashMap<>();

    /** A CSV record was read, whatever becomes of it. */
    public void rowRead() {
        rowsRead.increment();
    }

    public void imported() {
        imported.increment();
    }

    /** Skipped because an earlier run imported it or failed it for good. */
    public void alreadyDone() {
        alreadyDone.increment();
    }

    public void invalidRow() {
        invalidRows.increment();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public void retried() {
        retries.increment();
    }

    /** Failed permanently on this run with WeChat Pay's error code. */
    public void failed(String errorCode) {
        failuresByCode.computeIfAbsent(errorCode, code -> new LongAdder()).increment();
    }

    public CountersSnapshot snapshot() {
        Map<String, Long> failures = new HashMap<>();
        failuresByCode.forEach((code, count) -> failures.put(code, count.sum()));
        return new CountersSnapshot(rowsRead.sum(), imported.sum(), alreadyDone.sum(), invalidRows.sum(),
                duplicates.sum(), retries.sum(), failures);
    }
}
