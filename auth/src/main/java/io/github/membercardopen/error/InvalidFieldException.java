package io.github.membercardopen.error;

/** A request field breaks a constraint of the API spec; the request was not sent. */
public class InvalidFieldException extends LocalException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason, null);
        this.field = field;
        this.reason = reason;
    }

    /** The field's name as the API spells it, for example {@code out_request_no}. */
    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }
}
