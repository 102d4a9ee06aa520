package io.github.membercardopen.auth.signing;

import io.github.membercardopen.auth.crypto.Sha256WithRsa;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.function.Supplier;

/** Signs requests as a merchant: builds the {@code WECHATPAY2-SHA256-RSA2048} {@code Authorization} value. */
public final class RequestSigner {
    private final String merchantId;
    private final String merchantSerialNumber;
    private final PrivateKey merchantPrivateKey;
    private final Sha256WithRsa rsa;
    private final Supplier<String> nonces;
    private final Clock clock;

    public RequestSigner(String merchantId, String merchantSerialNumber, PrivateKey merchantPrivateKey,
                         Sha256WithRsa rsa, Supplier<String> nonces, Clock clock) {
        this.merchantId = merchantId;
        this.merchantSerialNumber = merchantSerialNumber;
        this.merchantPrivateKey = merchantPrivateKey;
        this.rsa = rsa;
        this.nonces = nonces;
        this.clock = clock;
    }

    /** A signature of one request, with the message it covers (for {@code SIGN_ERROR} diagnosis). */
    public Signed sign(String method, String canonicalUrl, String body) {
        long timestamp = clock.millis() / 1000;
        String nonce = nonces.get();
        String message = SigningMessages.request(method, canonicalUrl, timestamp, nonce, body);
        String signature = rsa.sign(merchantPrivateKey, message);
        String header = new AuthorizationHeader(merchantId, nonce, Long.toString(timestamp), merchantSerialNumber,
                signature).format();
        return new Signed(header, message);
    }

    /** The header value and the exact message that was signed. */
    public static final class Signed {
        private final String authorization;
        private final String message;

        Signed(String authorization, String message) {
            this.authorization = authorization;
            this.message = message;
        }

        public String authorization() {
            return authorization;
        }

        public String message() {
            return message;
        }
    }
}
