package io.github.membercardopen.tests;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.InvalidFieldException;
import io.github.membercardopen.model.PhoneNumberMemberImportRequest;
import io.github.membercardopen.model.PhoneNumberMemberInformation;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code POST /v3/marketing/membercard-open/phonenumber-member/import} exists only as a spec entry: this
 * proves a new endpoint with an encrypted field, a nested model and a 204 answer needs no hand-written code.
 */
class SecondEndpointWireTest {
    private final WireFixture wire = new WireFixture("1900000003");
    private final WechatPayClient client = wire.client();

    @AfterEach
    void stop() throws Exception {
        client.close();
        wire.close();
    }

    private static PhoneNumberMemberImportRequest request() {
        return new PhoneNumberMemberImportRequest().encryptedPhoneNumber("13800138000")
                .memberInformation(new PhoneNumberMemberInformation().cardId("pbLatjvWOibDc5-TBnbUk1pD12o0")
                        .registrationTime("2026-11-26T10:00:00+08:00"));
    }

    @Test
    void encryptsThePhoneAndAcceptsNoContent() throws Exception {
        wire.server.enqueue(wire.signed(204, ""));

        assertNull(client.membercardOpen().importPhoneNumberMember(request()));

        RecordedRequest recorded = wire.server.takeRequest();
        assertEquals("/v3/marketing/membercard-open/phonenumber-member/import", recorded.getPath());
        assertEquals(WireFixture.PUBLIC_KEY_ID, recorded.getHeader("Wechatpay-Serial"));
        JsonObject body = JsonParser.parseString(recorded.getBody().readUtf8()).getAsJsonObject();
        assertEquals("13800138000", new RsaOaep(CryptoProvider.jdk())
                .decrypt(wire.wechatpay.getPrivate(), body.get("encrypted_phone_number").getAsString()));
        assertEquals("pbLatjvWOibDc5-TBnbUk1pD12o0", body.getAsJsonObject("member_information").get("card_id").getAsString());
    }

    @Test
    void nestedConstraintIsNamedWithItsPath() {
        PhoneNumberMemberImportRequest request = request();
        request.getMemberInformation().cardId(null);
        assertEquals("member_information.card_id", assertThrows(InvalidFieldException.class,
                () -> client.membercardOpen().importPhoneNumberMember(request)).getField());
        assertEquals(0, wire.server.getRequestCount());
    }
}
