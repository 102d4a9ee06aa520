package io.github.membercardopen.cli.input;

/**
 * A record that cannot be imported; the others carry on.
 *
 * @param line   physical line (1-based) where the record starts
 * @param field  the column at fault ({@code phone}, {@code code}, {@code out_request_no})
 * @param reason why, in words a user can act on; never contains a plaintext phone number
 */
public record RowProblem(long line, String field, String reason) implements RowResult {
}
