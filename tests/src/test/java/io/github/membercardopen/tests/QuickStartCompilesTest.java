package io.github.membercardopen.tests;

import io.github.membercardopen.client.WechatPayClient;
import io.github.membercardopen.error.ConfigurationException;
import io.github.membercardopen.model.PhoneMembercardImportRequest;
import io.github.membercardopen.model.PhoneMembercardImportResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's quick start, verbatim: it compiles, and without key files it says which file is missing. */
class QuickStartCompilesTest {
    static PhoneMembercardImportResponse quickStart(String cardId) {
        WechatPayClient client = WechatPayClient.builder()
            .merchantId("1900000001")
            .merchantSerialNumber("5157F09EFDC096DE15EBE81A47057A7232F1B8E1")
            .merchantPrivateKey(Paths.get("apiclient_key.pem"))
            .wechatpayPublicKey("PUB_KEY_ID_0119...", Paths.get("pub_key.pem"))
            .build();                       // baseUrl(...) overrides https://api.mch.weixin.qq.com/
        PhoneMembercardImportResponse r = client.membercardOpen().importPhoneMembercard(cardId,
            new PhoneMembercardImportRequest().encryptedPhoneNumber("13800138000").code("478515832665")
                .outRequestNo("IMPORT0001"));
        return r;
    }

    @Test
    void quickStartNamesTheMissingKeyFile() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> quickStart("card"));
        assertTrue(e.getMessage().contains("apiclient_key.pem"), e.getMessage());
    }

    @Test
    void missingSettingsAreNamed() {
        assertTrue(assertThrows(ConfigurationException.class, () -> WechatPayClient.builder().build())
                .getMessage().contains("merchantId"));
        assertTrue(assertThrows(ConfigurationException.class, () -> WechatPayClient.builder().merchantId("1")
                .merchantSerialNumber("S").merchantPrivateKey(WireFixture.rsa2048().getPrivate()).build())
                .getMessage().contains("PUB_KEY_ID_"));
    }
}
