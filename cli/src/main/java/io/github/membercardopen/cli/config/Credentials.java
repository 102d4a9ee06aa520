package io.github.membercardopen.cli.config;

import java.nio.file.Path;

/**
 * Resolved credentials; any field may be null. {@link #isEmpty()} means "none at all": the importer then
 * runs against an embedded sandbox.
 *
 * @param merchantKeyPem the merchant private key as PEM text from the environment, instead of a file
 * @param apiV3Key       the APIv3 key itself from the environment, instead of a file
 */
public record Credentials(String merchantId, String merchantSerial, Path merchantKeyFile, String merchantKeyPem,
        String publicKeyId, Path publicKeyFile, Path apiV3KeyFile, String apiV3Key, String baseUrl) {

    public boolean isEmpty() {
        return merchantId == null && merchantSerial == null && merchantKeyFile == null && merchantKeyPem == null
                && publicKeyId == null && publicKeyFile == null && apiV3KeyFile == null && apiV3Key == null;
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "Credentials{mchid=" + merchantId + ", merchantSerial=" + merchantSerial + ", publicKeyId=" + publicKeyId
                + ", baseUrl=" + baseUrl + "}";
    }
}
