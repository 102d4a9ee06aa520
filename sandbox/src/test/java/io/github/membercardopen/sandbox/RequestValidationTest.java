package io.github.membercardopen.sandbox;

import io.github.membercardopen.sandbox.junit.WechatPaySandboxTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WechatPaySandboxTest
class RequestValidationTest {
    private static final String CARD = WechatPaySandbox.SYSTEM_ALLOCATE_CARD;

    WechatPaySandbox sandbox;
    ThrowawayCredentials credentials;

    private RawRequests raw() {
        return new RawRequests(sandbox, credentials);
    }

    @Test
    void acceptsAHandSignedRequest() {
        RawRequests.Answer answer = raw().importMember(CARD, raw().body("13800138000", null, "raw-ok-1"));
        assertEquals(200, answer.status);
        assertTrue(answer.code().matches("[1-9]\\d{11}"), answer.code());
    }

    @Test
    void rejectsOutRequestNoLongerThan32Characters() {
        RawRequests.Answer answer = raw().importMember(CARD, raw().body("13800138001", null, repeat('a', 33)));
        assertParamError(answer, "/out_request_no");
    }

    @Test
    void rejectsOutRequestNoOutsideItsCharset() {
        assertParamError(raw().importMember(CARD, raw().body("13800138002", null, "no spaces")), "/out_request_no");
        assertParamError(raw().importMember(CARD, raw().body("13800138002", null, "no#hash")), "/out_request_no");
    }

    @Test
    void acceptsEveryCharacterOfTheOutRequestNoCharset() {
        assertEquals(200, raw().importMember(CARD, raw().body("13800138003", null, "aZ09|_*-")).status);
    }

    @Test
    void rejectsCodeLongerThan32Characters() {
        assertParamError(raw().importMember(WechatPaySandbox.REAL_TIME_CARD,
                raw().body("13800138004", repeat('1', 33), "raw-long-code")), "/code");
    }

    @Test
    void rejectsEncryptedPhoneLongerThan512Characters() {
        String body = "{\"encrypted_phone_number\":\"" + repeat('A', 513) + "\",\"out_request_no\":\"raw-long-phone\"}";
        assertParamError(raw().importMember(CARD, body), "/encrypted_phone_number");
    }

    @Test
    void rejectsCardIdLongerThan32Characters() {
        RawRequests.Answer answer = raw().importMember(repeat('c', 33), raw().body("13800138005", null, "raw-long-card"));
        assertParamError(answer, "card_id");
        assertEquals("path", answer.json.getAsJsonObject("detail").get("location").getAsString());
    }

    @Test
    void rejectsMissingRequiredFields() {
        assertParamError(raw().importMember(CARD, "{\"out_request_no\":\"raw-no-phone\"}"), "/encrypted_phone_number");
        String noOutRequestNo = "{\"encrypted_phone_number\":\"" + raw().encryptedPhone("13800138006") + "\"}";
        assertParamError(raw().importMember(CARD, noOutRequestNo), "/out_request_no");
    }

    @Test
    void rejectsUnknownFields() {
        String body = raw().body("13800138007", null, "raw-unknown").replace("}", ",\"openid\":\"x\"}");
        assertParamError(raw().importMember(CARD, body), "/openid");
    }

    @Test
    void rejectsMalformedJson() {
        assertParamError(raw().importMember(CARD, "{\"out_request_no\":"), "/");
    }

    @Test
    void rejectsNonStringFields() {
        String body = raw().body("13800138008", null, "raw-number-code").replace("}", ",\"code\":12}");
        assertParamError(raw().importMember(WechatPaySandbox.MERCHANT_DEPOSIT_CARD, body), "/code");
    }

    @Test
    void neverRecordsARejectedRequest() {
        raw().importMember(CARD, raw().body("13900139000", null, "bad charset!"));
        assertTrue(sandbox.importedMembers().stream().noneMatch(m -> m.phoneNumber().equals("13900139000")));
    }

    private static void assertParamError(RawRequests.Answer answer, String field) {
        assertEquals(400, answer.status, answer.json.toString());
        assertEquals("PARAM_ERROR", answer.code());
        assertEquals(field, answer.detailField());
        assertTrue(answer.json.getAsJsonObject("detail").has("issue"));
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
