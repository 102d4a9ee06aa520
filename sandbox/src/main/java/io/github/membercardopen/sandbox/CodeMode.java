package io.github.membercardopen.sandbox;

/** How a member card allocates codes, which decides whether an import must carry {@code code}. */
public enum CodeMode {
    /** WeChat Pay allocates a 12-digit numeric code; a code in the request is ignored. */
    SYSTEM_ALLOCATE,
    /** The merchant supplies the code: an import without {@code code} is rejected. */
    REAL_TIME,
    /**
     * The merchant deposits codes beforehand. Simplified here: the request's code is used when given,
     * otherwise one is allocated as for {@link #SYSTEM_ALLOCATE}.
     */
    MERCHANT_DEPOSIT
}
