package io.github.membercardopen.auth.trust;

import java.security.PublicKey;

/** A WeChat Pay key that encrypts request fields, with the id that goes into {@code Wechatpay-Serial}. */
public final class EncryptionKey {
    private final String id;
    private final PublicKey publicKey;

    public EncryptionKey(String id, PublicKey publicKey) {
        this.id = id;
        this.publicKey = publicKey;
    }

    /** A public-key id ({@code PUB_KEY_ID_...}) or a platform-certificate serial, as an opaque string. */
    public String id() {
        return id;
    }

    public PublicKey publicKey() {
        return publicKey;
    }
}
