package io.github.membercardopen.cli.input;

/**
 * A valid member record.
 *
 * @param line         physical line (1-based) where the record starts
 * @param phone        normalised 11-digit mainland mobile number; never log it, use {@link PhoneNumbers#mask}
 * @param code         member card code from the file, or null
 * @param outRequestNo idempotency key from the file, or null to derive one
 */
public record MemberRow(long line, String phone, String code, String outRequestNo) implements RowResult {

    @Override
    public String toString() {
        return "MemberRow[line=" + line + ", phone=" + PhoneNumbers.mask(phone) + ", code=" + code
                + ", outRequestNo=" + outRequestNo + "]";
    }
}
