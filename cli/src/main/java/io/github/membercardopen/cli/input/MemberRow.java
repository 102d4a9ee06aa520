package io.github.membercardopen.cli.input;

import io.github.membercardopen.spec.Masking;

/**
 * A valid member record.
 *
 * @param line         physical line (1-based) where the record starts
 * @param phone        normalised 11-digit mainland mobile number; never log it, use {@link Masking#phone}
 * @param code         member card code from the file, or null
 * @param outRequestNo idempotency key from the file, or null to derive one
 */
public record MemberRow(long line, String phone, String code, String outRequestNo) implements RowResult {

    @Override
    public String toString() {
        return "MemberRow[line=" + line + ", phone=" + Masking.phone(phone) + ", code=" + code
                + ", outRequestNo=" + outRequestNo + "]";
    }
}
