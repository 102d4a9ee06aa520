package io.github.membercardopen.tests;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.auth.trust.WechatPayPublicKeyTrust;
import io.github.membercardopen.auth.verify.ResponseSignature;
import io.github.membercardopen.auth.verify.ResponseVerifier;
import io.github.membercardopen.error.ResponseVerificationException;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.http.ErrorResponses;
import org.junit.jupiter.api.Timeout;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Whatever headers and body an answer carries, the verifier either accepts a genuine signature or throws
 * {@link ResponseVerificationException}, and the error parser always returns a {@link ServiceException}.
 * Without {@code JAZZER_FUZZ=1} this replays the inputs under {@code ResponseParsingFuzzTestInputs/}.
 */
class ResponseParsingFuzzTest {
    private static final long NOW = 1_700_000_000L;
    private static final String KEY_ID = WireFixture.PUBLIC_KEY_ID;
    private static final KeyPair WECHATPAY = WireFixture.rsa2048();
    private static final Sha256WithRsa RSA = new Sha256WithRsa(CryptoProvider.jdk());
    private static final ResponseVerifier VERIFIER = new ResponseVerifier(
            new WechatPayPublicKeyTrust(KEY_ID, WECHATPAY.getPublic()), RSA,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    /** Flags steer the fuzzer past the cheap checks so it also reaches the key lookup and the RSA check. */
    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void verifierAcceptsExactlyTheGenuineFreshSignaturesAndRejectsTheRestWithItsTypedException(
            FuzzedDataProvider data) {
        String timestamp = data.consumeBoolean()
                ? Long.toString(NOW + data.consumeInt(-400, 400)) : nullableString(data);
        String nonce = nullableString(data);
        String serial = data.consumeBoolean() ? KEY_ID : nullableString(data);
        boolean genuine = data.consumeBoolean() && timestamp != null && nonce != null;
        String forgedSignature = nullableString(data);
        String requestId = nullableString(data);
        String body = data.consumeRemainingAsString();
        String signature = genuine
                ? RSA.sign(WECHATPAY.getPrivate(), SigningMessages.response(timestamp, nonce, body)) : forgedSignature;

        boolean accepted;
        try {
            VERIFIER.verify(new ResponseSignature(timestamp, nonce, signature, serial, requestId), body);
            accepted = true;
        } catch (ResponseVerificationException rejected) {
            accepted = false;
        }

        boolean acceptable = genuine && !nonce.isEmpty() && KEY_ID.equals(serial) && isFresh(timestamp);
        assertEquals(acceptable, accepted);
    }

    private static boolean isFresh(String timestamp) {
        try {
            return Math.abs(NOW - Long.parseLong(timestamp)) < 300;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void errorParserTurnsAnyBodyIntoAServiceException(FuzzedDataProvider data) {
        int status = data.consumeInt();
        boolean verified = data.consumeBoolean();
        String requestId = nullableString(data);
        String diagnosis = nullableString(data);
        String body = data.consumeBoolean() ? null : data.consumeRemainingAsString();

        ServiceException e = ErrorResponses.toException(status, body, requestId,
                verified, diagnosis);

        assertNotNull(e.getErrorCode());
        assertNotNull(e.getMessage());
    }

    private static String nullableString(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(200);
    }
}
