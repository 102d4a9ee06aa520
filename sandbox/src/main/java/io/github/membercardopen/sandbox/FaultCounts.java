package io.github.membercardopen.sandbox;

/** How many faults of each kind the sandbox injected, a snapshot. */
public final class FaultCounts {
    private final long systemErrors;
    private final long rateLimited;
    private final long delayed;
    private final long dropped;
    private final long badSignatures;
    private final long probeSignatures;

    FaultCounts(long systemErrors, long rateLimited, long delayed, long dropped, long badSignatures,
                long probeSignatures) {
        this.systemErrors = systemErrors;
        this.rateLimited = rateLimited;
        this.delayed = delayed;
        this.dropped = dropped;
        this.badSignatures = badSignatures;
        this.probeSignatures = probeSignatures;
    }

    /** Requests answered 500 {@code SYSTEM_ERROR} before processing. */
    public long systemErrors() {
        return systemErrors;
    }

    /** Requests answered 429 (QPS cap or share) before processing. */
    public long rateLimited() {
        return rateLimited;
    }

    /** Requests held back by added latency. */
    public long delayed() {
        return delayed;
    }

    /** Requests processed and then left without an answer: the connection was closed. */
    public long dropped() {
        return dropped;
    }

    /** 200 answers sent with a signature that does not verify. */
    public long badSignatures() {
        return badSignatures;
    }

    /** 200 answers sent with a {@code WECHATPAY/SIGNTEST/} probe signature. */
    public long probeSignatures() {
        return probeSignatures;
    }

    @Override
    public String toString() {
        return "FaultCounts{systemErrors=" + systemErrors + ", rateLimited=" + rateLimited + ", delayed=" + delayed
                + ", dropped=" + dropped + ", badSignatures=" + badSignatures + ", probeSignatures=" + probeSignatures + "}";
    }
}
