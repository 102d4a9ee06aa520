package io.github.membercardopen.tests;

import com.google.gson.JsonParser;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.RSAPrivacyDecryptor;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.http.HttpHeaders;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.auth.signing.SigningMessages;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official SDK (wechatpay-java) as an independent peer: its verifier accepts our request signatures,
 * its decryptor reads our ciphertext, we accept responses its signer produced, and its validator accepts
 * responses we consider valid.
 */
class OfficialSdkInteropTest {
    private static final String CARD_ID = "pbLatjvWOibDc5-TBnbUk1pD12o0";

    private final WireFixture wire = new WireFixture("1900000002");
    private final WechatPayClient client = wire.client();

    @AfterEach
    void stop() throws Exception {
        client.close();
        wire.close();
    }

    @Test
    void officialVerifierAcceptsOurRequestSignatureAndDecryptorReadsOurCiphertext() throws Exception {
        wire.server.enqueue(wire.signed(200, "{\"code\":\"478515832665\"}"));
        client.membercardOpen().importPhoneMembercard(CARD_ID,
                new PhoneMembercardImportRequest().encryptedPhoneNumber("13800138000").outRequestNo("IMPORT0002"));

        RecordedRequest recorded = wire.server.takeRequest();
        String body = recorded.getBody().readUtf8();
        AuthorizationHeader authorization = AuthorizationHeader.parse(recorded.getHeader("Authorization"));
        String message = SigningMessages.request(recorded.getMethod(), recorded.getPath(),
                Long.parseLong(authorization.timestamp()), authorization.nonce(), body);
        RSAVerifier official = new RSAVerifier(wire.merchant.getPublic(), wire.merchantSerial);
        assertTrue(official.verify(wire.merchantSerial, message, authorization.signature()));

        String ciphertext = JsonParser.parseString(body).getAsJsonObject().get("encrypted_phone_number").getAsString();
        assertEquals("13800138000", new RSAPrivacyDecryptor(wire.wechatpay.getPrivate()).decrypt(ciphertext));
    }

    @Test
    void weAcceptResponsesSignedByTheOfficialSigner() {
        String body = "{\"code\":\"478515832665\"}";
        long timestamp = System.currentTimeMillis() / 1000;
        String nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
        String signature = new RSASigner(WireFixture.PUBLIC_KEY_ID, wire.wechatpay.getPrivate())
                .sign(SigningMessages.response(Long.toString(timestamp), nonce, body)).getSign();
        wire.server.enqueue(WireFixture.withSignature(200, body, timestamp, nonce, signature, WireFixture.PUBLIC_KEY_ID));

        assertEquals("478515832665", client.membercardOpen().importPhoneMembercard(CARD_ID,
                new PhoneMembercardImportRequest().encryptedPhoneNumber("13800138000").outRequestNo("IMPORT0003")).getCode());
    }

    @Test
    void officialValidatorAcceptsTheResponsesOurFixtureSigns() {
        String body = "{\"code\":\"1\"}";
        Map<String, String> headers = new HashMap<>();
        wire.signed(200, body).getHeaders().forEach(pair -> headers.put(pair.getFirst(), pair.getSecond()));
        WechatPay2Validator validator = new WechatPay2Validator(
                new RSAVerifier(wire.wechatpay.getPublic(), WireFixture.PUBLIC_KEY_ID));
        assertTrue(validator.validate(new HttpHeaders(headers), body));
    }
}
