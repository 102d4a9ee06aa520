package io.github.membercardopen.cli.input;

import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the raw cells of one record into a {@link MemberRow}, or the first {@link RowProblem} found. */
final class MemberRecordValidator {

    static final String PHONE = "phone";
    static final String CODE = "code";
    static final String OUT_REQUEST_NO = "out_request_no";

    /** Both limits come from the import endpoint's request schema. */
    private static final int MAX_CODE_LENGTH = 32;
    private static final int MAX_OUT_REQUEST_NO_LENGTH = 32;
    private static final Pattern OUT_REQUEST_NO_CHARS = Pattern.compile("[0-9A-Za-z|_*\\-]+");
    private static final Pattern CONTROL_CHARS = Pattern.compile("\\p{Cntrl}");
    /** What the decoder puts where bytes are not valid in the file's encoding. */
    private static final char UNDECODABLE = '\uFFFD';

    RowResult validate(long line, String rawPhone, String rawCode, String rawOutRequestNo) {
        if (rawPhone == null || rawPhone.isBlank()) {
            return new RowProblem(line, PHONE, "is missing");
        }
        if (CONTROL_CHARS.matcher(rawPhone).find()) {
            return new RowProblem(line, PHONE, "contains control characters (NUL or similar)");
        }
        String phone = PhoneNumbers.normalise(rawPhone);
        Optional<String> phoneReason = PhoneNumbers.rejectionReason(phone);
        if (phoneReason.isPresent()) {
            return new RowProblem(line, PHONE, phoneReason.get());
        }

        String code = blankToNull(rawCode);
        if (code != null) {
            if (CONTROL_CHARS.matcher(code).find()) {
                return new RowProblem(line, CODE, "contains control characters (NUL or similar)");
            }
            if (code.indexOf(UNDECODABLE) >= 0) {
                // Sending it would import a garbled code: typically a GBK row in a file otherwise UTF-8.
                return new RowProblem(line, CODE, "holds bytes that are not valid in the file's encoding;"
                        + " is it a mix of UTF-8 and GBK? Save the whole file in one encoding");
            }
            if (code.length() > MAX_CODE_LENGTH) {
                return new RowProblem(line, CODE, tooLong(code.length(), MAX_CODE_LENGTH));
            }
        }

        String outRequestNo = blankToNull(rawOutRequestNo);
        if (outRequestNo != null) {
            if (outRequestNo.length() > MAX_OUT_REQUEST_NO_LENGTH) {
                return new RowProblem(line, OUT_REQUEST_NO, tooLong(outRequestNo.length(), MAX_OUT_REQUEST_NO_LENGTH));
            }
            if (!OUT_REQUEST_NO_CHARS.matcher(outRequestNo).matches()) {
                return new RowProblem(line, OUT_REQUEST_NO,
                        "may contain only letters, digits and | _ * -");
            }
        }
        return new MemberRow(line, phone, code, outRequestNo);
    }

    private static String tooLong(int length, int max) {
        return "is " + length + " characters long, at most " + max + " allowed";
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
