package io.github.membercardopen.cli.importer;

import io.github.membercardopen.api.MembercardOpenApi;
import io.github.membercardopen.cli.flow.AdaptiveRateLimiter;
import io.github.membercardopen.cli.flow.CallOutcome;
import io.github.membercardopen.cli.flow.RetryBackoff;
import io.github.membercardopen.cli.progress.ImportCounters;
import io.github.membercardopen.cli.state.ImportStateStore;
import io.github.membercardopen.error.WechatPayException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PhoneMembercardImportResponse;

import java.util.function.BooleanSupplier;

/**
 * Imports one member: calls until WeChat Pay gives a final answer, always with the same out_request_no,
 * paced by the shared rate limiter and backing off between unknown outcomes. Records every outcome.
 */
public final class MemberCall {
    private static final long STOP_CHECK_MILLIS = 100;

    private final MembercardOpenApi api;
    private final ImportStateStore store;
    private final AdaptiveRateLimiter limiter;
    private final RetryBackoff backoff;
    private final ImportCounters counters;
    private final ImportSettings settings;
    private final BooleanSupplier stopping;

    public MemberCall(MembercardOpenApi api, ImportStateStore store, AdaptiveRateLimiter limiter, RetryBackoff backoff,
               ImportCounters counters, ImportSettings settings, BooleanSupplier stopping) {
        this.api = api;
        this.store = store;
        this.limiter = limiter;
        this.backoff = backoff;
        this.counters = counters;
        this.settings = settings;
        this.stopping = stopping;
    }

    /**
     * @return {@code null} when the member got a final answer or was left pending; the failure when it
     *         says the whole run must stop (a configuration problem)
     */
    WechatPayException importMember(String memberKey, String phone, String code, String outRequestNo)
            throws InterruptedException {
        PhoneMembercardImportRequest request = new PhoneMembercardImportRequest()
                .encryptedPhoneNumber(phone).code(code).outRequestNo(outRequestNo);
        int unknownOutcomes = 0;
        int throttled = 0;
        while (!stopping.getAsBoolean()) {
            limiter.acquire();
            if (stopping.getAsBoolean()) {
                break; // stopped while waiting for a permit: this call was never in flight
            }
            try {
                PhoneMembercardImportResponse response = api.importPhoneMembercard(settings.cardId(), request);
                limiter.onSuccess();
                store.recordImported(memberKey, response == null ? null : response.getCode());
                counters.imported();
                return null;
            } catch (WechatPayException failure) {
                CallOutcome outcome = CallClassifier.classify(failure);
                if (outcome != CallOutcome.RETRY_THROTTLED) {
                    limiter.onSuccess(); // answered, not throttled: the limiter judges only 429 shares
                }
                if (outcome == null) {
                    store.recordRetryableFailure(memberKey, CallClassifier.errorCode(failure),
                            CallClassifier.errorMessage(failure));
                    return failure;
                }
                if (outcome == CallOutcome.PERMANENT_FAILURE) {
                    store.recordPermanentFailure(memberKey, CallClassifier.errorCode(failure),
                            CallClassifier.errorMessage(failure));
                    counters.failed(CallClassifier.errorCode(failure));
                    return null;
                }
                store.recordRetryableFailure(memberKey, CallClassifier.errorCode(failure),
                        CallClassifier.errorMessage(failure));
                counters.retried();
                if (outcome == CallOutcome.RETRY_THROTTLED) {
                    limiter.onThrottled();
                    if (++throttled > settings.maxThrottledRetries()) {
                        return null; // left pending: the next run resumes it
                    }
                } else {
                    if (++unknownOutcomes >= settings.maxAttempts()) {
                        return null;
                    }
                    sleepUnlessStopped(backoff.delayBefore(unknownOutcomes).toMillis());
                }
            }
        }
        return null;
    }

    /** Backs off, but wakes up for a stop: a backoff can be 30 s and Ctrl-C should not wait for it. */
    private void sleepUnlessStopped(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        for (long left = millis; left > 0 && !stopping.getAsBoolean();
                left = (until - System.nanoTime()) / 1_000_000L) {
            Thread.sleep(Math.min(left, STOP_CHECK_MILLIS));
        }
    }
}
