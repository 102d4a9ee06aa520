package io.github.membercardopen.auth.trust;

/**
 * In mixed mode, which WeChat Pay key encrypts request fields and so what {@code Wechatpay-Serial} every
 * request names. WeChat Pay signs an answer with the key the request named, so this also steers which
 * key signs the answers during a migration.
 */
public enum EncryptionKeyChoice {
    /** The WeChat Pay public key ({@code PUB_KEY_ID_...}): the migration target and the default. */
    PUBLIC_KEY,
    /** The newest valid platform certificate. */
    PLATFORM_CERTIFICATE
}
