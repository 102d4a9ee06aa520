package io.github.membercardopen.cli.state;

/** One row of the failures report; the phone is masked. */
public record FailedMember(long line, String maskedPhone, String givenCode, String errorCode, String errorMessage) {
}
