package io.github.membercardopen.auth.verify;

import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.auth.trust.WechatPayTrust;
import io.github.membercardopen.error.ResponseVerificationException;

import java.security.PublicKey;
import java.time.Clock;

/**
 * Verifies a WeChat Pay response signature: all four {@code Wechatpay-*} headers present, the timestamp
 * less than five minutes from now (a difference of exactly 300 s is rejected, as the official Java SDK
 * does), the key chosen by {@code Wechatpay-Serial}, and SHA256withRSA over the raw body.
 */
public final class ResponseVerifier {
    /** Prefix of the deliberately wrong signatures WeChat Pay sends to check that merchants verify. */
    public static final String PROBE_PREFIX = "WECHATPAY/SIGNTEST/";
    static final long MAX_CLOCK_SKEW_SECONDS = 300;

    private final WechatPayTrust trust;
    private final Sha256WithRsa rsa;
    private final Clock clock;

    public ResponseVerifier(WechatPayTrust trust, Sha256WithRsa rsa, Clock clock) {
        this.trust = trust;
        this.rsa = rsa;
        this.clock = clock;
    }

    /** The same checks with other keys: a certificate download is verified with the certificates it carries. */
    public ResponseVerifier withTrust(WechatPayTrust other) {
        return new ResponseVerifier(other, rsa, clock);
    }

    /** Throws {@link ResponseVerificationException} saying what failed, unless the signature is good. */
    public void verify(ResponseSignature signature, String body) {
        String requestId = signature.requestId();
        String missing = signature.missingHeaders();
        if (missing != null) {
            throw new ResponseVerificationException("response lacks " + missing, requestId);
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(signature.timestamp());
        } catch (NumberFormatException e) {
            throw new ResponseVerificationException("Wechatpay-Timestamp is not a number", requestId);
        }
        long skew = Math.abs(clock.millis() / 1000 - timestamp);
        if (skew >= MAX_CLOCK_SKEW_SECONDS) {
            throw new ResponseVerificationException("Wechatpay-Timestamp is " + skew
                    + " s away from this machine's clock (limit " + MAX_CLOCK_SKEW_SECONDS + " s)", requestId);
        }
        if (signature.signature().startsWith(PROBE_PREFIX)) {
            throw new ResponseVerificationException("response carries a WECHATPAY/SIGNTEST/ probe signature", requestId);
        }
        PublicKey key = trust.verificationKey(signature.serial());
        if (key == null) {
            throw new ResponseVerificationException("response is signed by Wechatpay-Serial " + signature.serial()
                    + ", which this client does not know (known: " + trust.knownSerials() + ")", requestId);
        }
        String message = SigningMessages.response(signature.timestamp(), signature.nonce(), body);
        if (!rsa.verify(key, message, signature.signature())) {
            throw new ResponseVerificationException("response signature does not verify with "
                    + signature.serial(), requestId);
        }
    }
}
