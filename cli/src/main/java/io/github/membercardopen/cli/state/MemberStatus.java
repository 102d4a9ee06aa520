package io.github.membercardopen.cli.state;

/** Where a member stands in the import. */
public enum MemberStatus {
    /** Recorded before the first send; outcome not known yet, or only retryable failures so far. */
    PENDING,
    /** WeChat Pay confirmed the import. */
    IMPORTED,
    /** WeChat Pay refused the import permanently; reported, not retried. */
    FAILED
}
