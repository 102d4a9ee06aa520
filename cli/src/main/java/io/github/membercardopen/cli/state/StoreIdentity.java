package io.github.membercardopen.cli.state;

import java.nio.file.Path;

/**
 * What a state file belongs to. Merchant, card, endpoint and key fingerprint must match on every run;
 * the input path is recorded for the user's information only, so a moved or renamed CSV still resumes.
 *
 * @param endpoint       where the calls go ({@code embedded-sandbox} or a base URL): a rehearsal against a
 *                       sandbox must never pass for the live import
 * @param keyFingerprint a fingerprint of the secret the out_request_nos are derived from: with another
 *                       secret every member would get a new number and be sent again
 */
public record StoreIdentity(String merchantId, String cardId, Path input, String endpoint, String keyFingerprint) {
}
