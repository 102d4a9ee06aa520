package io.github.membercardopen.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummaryRendererTest {

    @Test
    void listsEveryOutcomeWithFailuresByErrorCodeAndTheRate() {
        ImportCounters counters = new ImportCounters();
        for (int i = 0; i < 12; i++) {
            counters.rowRead();
        }
        for (int i = 0; i < 6; i++) {
            counters.imported();
        }
        counters.alreadyDone();
        counters.failed("INVALID_PHONE");
        counters.failed("INVALID_PHONE");
        counters.failed("CARD_NOT_FOUND");
        counters.invalidRow();
        counters.retried();

        String summary = SummaryRenderer.render(counters.snapshot(), Duration.ofSeconds(3));

        String n = System.lineSeparator();
        assertEquals(""
                + "Imported                              6" + n
                + "Already done                          1" + n
                + "Failed                                3" + n
                + "  CARD_NOT_FOUND                      1" + n
                + "  INVALID_PHONE                       2" + n
                + "Invalid rows                          1" + n
                + "Duplicate rows                        0" + n
                + "Pending                               1" + n
                + "Retries                               1" + n
                + "Elapsed                        00:00:03 (3.0 calls/s)" + n, summary);
    }

    @Test
    void countsRowsReadButNotFinishedAsPending() {
        ImportCounters counters = new ImportCounters();
        counters.rowRead();
        counters.rowRead();
        counters.imported();

        assertEquals(1, counters.snapshot().pending());
        assertTrue(SummaryRenderer.render(counters.snapshot(), Duration.ZERO).contains("(0.0 calls/s)"));
    }
}
