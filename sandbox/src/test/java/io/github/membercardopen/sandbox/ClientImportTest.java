package io.github.membercardopen.sandbox;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.sandbox.junit.WechatPaySandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(WechatPaySandboxExtension.class)
class ClientImportTest {

    private static PhoneMembercardImportRequest request(String phone, String code, String outRequestNo) {
        return new PhoneMembercardImportRequest().encryptedPhoneNumber(phone).code(code).outRequestNo(outRequestNo);
    }

    private static String importInto(WechatPayClient client, String card, PhoneMembercardImportRequest request) {
        return client.membercardOpen().importPhoneMembercard(card, request).getCode();
    }

    @Test
    void importsAndRecordsTheDecryptedPhone(WechatPayClient client, WechatPaySandbox sandbox) {
        String code = importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13800138000", null, "imp-1"));

        assertTrue(code.matches("[1-9]\\d{11}"), code);
        ImportedMember member = sandbox.importedMember("imp-1");
        assertNotNull(member);
        assertEquals("13800138000", member.phoneNumber());
        assertEquals(WechatPaySandbox.SYSTEM_ALLOCATE_CARD, member.cardId());
        assertEquals(code, member.code());
        assertEquals(1, member.answers());
    }

    @Test
    void replayOfTheSameRequestReturnsTheSameCodeAndImportsOnce(WechatPayClient client, WechatPaySandbox sandbox) {
        PhoneMembercardImportRequest request = request("13800138001", null, "imp-replay");
        String first = importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request);
        String second = importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request);

        assertEquals(first, second);
        assertEquals(2, sandbox.importedMember("imp-replay").answers());
        assertEquals(1, sandbox.importedMembers().stream().filter(m -> m.phoneNumber().equals("13800138001")).count());
    }

    @Test
    void sameOutRequestNoWithDifferentContentIsInvalidRequest(WechatPayClient client) {
        importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13800138002", null, "imp-conflict"));

        ServiceException e = assertThrows(ServiceException.class, () ->
                importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13800138003", null, "imp-conflict")));
        assertEquals(400, e.getHttpStatus());
        assertEquals("INVALID_REQUEST", e.getErrorCode());
        assertTrue(e.getErrorMessage().contains("out_request_no"), e.getErrorMessage());
        assertFalse(e.isRetryable());
    }

    @Test
    void phoneAlreadyInTheCardUnderAnotherOutRequestNoIsRejected(WechatPayClient client, WechatPaySandbox sandbox) {
        importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13800138004", null, "imp-first"));

        ServiceException e = assertThrows(ServiceException.class, () ->
                importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13800138004", null, "imp-second")));
        assertEquals("INVALID_REQUEST", e.getErrorCode());
        assertTrue(e.getErrorMessage().startsWith("用户已有会员卡"), e.getErrorMessage());
        assertEquals(null, sandbox.importedMember("imp-second"));
    }

    @Test
    void realTimeCardUsesTheGivenCode(WechatPayClient client) {
        assertEquals("RT0001", importInto(client, WechatPaySandbox.REAL_TIME_CARD, request("13800138005", "RT0001", "imp-rt")));
    }

    @Test
    void realTimeCardWithoutCodeIsAParamError(WechatPayClient client) {
        ServiceException e = assertThrows(ServiceException.class, () ->
                importInto(client, WechatPaySandbox.REAL_TIME_CARD, request("13800138006", null, "imp-rt-nocode")));
        assertEquals("PARAM_ERROR", e.getErrorCode());
        assertTrue(e.getDetail().contains("\"field\":\"/code\""), e.getDetail());
    }

    @Test
    void merchantDepositCardUsesTheGivenCodeOrAllocatesOne(WechatPayClient client) {
        assertEquals("MD0001", importInto(client, WechatPaySandbox.MERCHANT_DEPOSIT_CARD,
                request("13800138007", "MD0001", "imp-md-1")));
        assertTrue(importInto(client, WechatPaySandbox.MERCHANT_DEPOSIT_CARD,
                request("13800138008", null, "imp-md-2")).matches("\\d{12}"));
    }

    @Test
    void unknownCardIsInvalidRequest(WechatPayClient client) {
        ServiceException e = assertThrows(ServiceException.class, () ->
                importInto(client, "pNoSuchCard", request("13800138009", null, "imp-nocard")));
        assertEquals(400, e.getHttpStatus());
        assertEquals("INVALID_REQUEST", e.getErrorCode());
        assertTrue(e.getErrorMessage().startsWith("会员卡ID无效"), e.getErrorMessage());
    }

    @Test
    void cardAddedAtRunTimeAcceptsImports(WechatPayClient client, WechatPaySandbox sandbox) {
        sandbox.addCard("pAddedLater", CodeMode.SYSTEM_ALLOCATE);
        assertTrue(importInto(client, "pAddedLater", request("13800138010", null, "imp-added")).matches("\\d{12}"));
    }

    @Test
    void phoneThatIsNotAMainlandMobileIsAParamError(WechatPayClient client) {
        for (String phone : new String[] {"12800138000", "+8613800138000", "1380013800", "138001380001"}) {
            ServiceException e = assertThrows(ServiceException.class, () ->
                    importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request(phone, null, "imp-badphone")));
            assertEquals("PARAM_ERROR", e.getErrorCode());
            assertTrue(e.getDetail().contains("/encrypted_phone_number"), e.getDetail());
            assertFalse(e.getMessage().contains(phone), "the answer must not echo the phone");
        }
    }

    @Test
    void asyncImportWorksToo(WechatPayClient client) throws Exception {
        assertTrue(client.membercardOpen().importPhoneMembercardAsync(WechatPaySandbox.SYSTEM_ALLOCATE_CARD,
                request("13800138011", null, "imp-async")).get().getCode().matches("\\d{12}"));
    }

    @Test
    void importedMemberToStringMasksThePhone(WechatPayClient client, WechatPaySandbox sandbox) {
        importInto(client, WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request("13812345678", null, "imp-mask"));
        String text = sandbox.importedMember("imp-mask").toString();
        assertTrue(text.contains("138****5678"), text);
        assertFalse(text.contains("13812345678"), text);
    }
}
