package io.github.membercardopen.sandbox;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ServiceException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TwoSandboxesTest {

    @Test
    void twoSandboxesInOneJvmKeepTheirOwnKeysStateAndFaults() {
        ThrowawayCredentials a = ThrowawayCredentials.generate("1900000041");
        ThrowawayCredentials b = ThrowawayCredentials.generate("1900000042");
        try (WechatPaySandbox first = WechatPaySandbox.builder().credentials(a).start();
             WechatPaySandbox second = WechatPaySandbox.builder().credentials(b).start();
             WechatPayClient toFirst = SandboxClients.builder(first, a).build();
             WechatPayClient crossed = SandboxClients.builder(second, a).build()) {
            second.faults().failRate(1);
            PhoneMembercardImportRequest request = new PhoneMembercardImportRequest()
                    .encryptedPhoneNumber("13300133000").outRequestNo("two-1");

            toFirst.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request);
            second.faults().clear();
            ServiceException e = assertThrows(ServiceException.class, () ->
                    crossed.membercardOpen().importPhoneMembercard(WechatPaySandbox.SYSTEM_ALLOCATE_CARD, request));

            assertEquals("SIGN_ERROR", e.getErrorCode());
            assertEquals(1, first.importedMembers().size());
            assertEquals(0, second.importedMembers().size());
            assertEquals(0, first.faults().counts().systemErrors());
        }
    }
}
