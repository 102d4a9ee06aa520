package io.github.membercardopen.cli.state;

/**
 * A valid CSV row as the store sees it: no plaintext phone.
 *
 * @param memberKey    {@link OutRequestNumbers#derive} of the member's phone; identifies the member
 * @param line         CSV line the record starts on
 * @param maskedPhone  for reports
 * @param givenCode    the card code from the CSV, or null
 * @param outRequestNo the CSV's out_request_no, or else the member key
 */
public record NewMember(String memberKey, long line, String maskedPhone, String givenCode, String outRequestNo) {
}
