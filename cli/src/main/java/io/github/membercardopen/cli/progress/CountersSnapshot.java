package io.github.membercardopen.cli.progress;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** {@link ImportCounters} at one instant; failures are keyed by error code, sorted. */
public record CountersSnapshot(long rowsRead, long imported, long alreadyDone, long invalidRows, long duplicates,
        long retries, Map<String, Long> failuresByCode) {

    public CountersSnapshot {
        failuresByCode = Collections.unmodifiableMap(new TreeMap<>(failuresByCode));
    }

    public long failed() {
        return failuresByCode.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows with a final answer for this run. */
    public long finished() {
        return imported + alreadyDone + invalidRows + duplicates + failed();
    }

    /** Rows read but not yet finished: in flight, waiting to retry, or cut short by an interruption. */
    public long pending() {
        return rowsRead - finished();
    }
}
