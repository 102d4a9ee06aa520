package io.github.membercardopen.auth.trust;

import java.security.PublicKey;
import java.util.Collection;
import java.util.Collections;

/** Public-key mode: one WeChat Pay public key ({@code PUB_KEY_ID_...}) encrypts and verifies. */
public final class WechatPayPublicKeyTrust implements WechatPayTrust {
    private final EncryptionKey key;

    public WechatPayPublicKeyTrust(String publicKeyId, PublicKey publicKey) {
        this.key = new EncryptionKey(publicKeyId, publicKey);
    }

    @Override
    public EncryptionKey encryptionKey() {
        return key;
    }

    @Override
    public PublicKey verificationKey(String serial) {
        return key.id().equals(serial) ? key.publicKey() : null;
    }

    @Override
    public Collection<String> knownSerials() {
        return Collections.singletonList(key.id());
    }
}
