package io.github.membercardopen.cli.importer;

/**
 * How one import run behaves.
 *
 * @param merchantId       part of each derived out_request_no
 * @param cardId           the member card every row is imported into
 * @param concurrency      calls in flight at once
 * @param maxAttempts      attempts per member for unknown outcomes (5xx, timeouts, unverifiable answers)
 *                         before it is left pending for the next run
 * @param maxThrottledRetries resends per member after 429s; the rate limiter slows down meanwhile
 */
public record ImportSettings(String merchantId, String cardId, int concurrency, int maxAttempts,
        int maxThrottledRetries) {
}
