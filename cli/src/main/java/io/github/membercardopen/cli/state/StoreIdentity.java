package io.github.membercardopen.cli.state;

import java.nio.file.Path;

/**
 * What a state file belongs to. Merchant and card must match on every run; the input path is recorded for
 * the user's information only, so a moved or renamed CSV still resumes.
 */
public record StoreIdentity(String merchantId, String cardId, Path input) {
}
