package io.github.membercardopen.bench;

import com.google.gson.annotations.SerializedName;
import com.wechat.pay.java.core.cipher.PrivacyEncryptor;
import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.HttpMethod;
import com.wechat.pay.java.core.http.HttpRequest;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.http.MediaType;
import com.wechat.pay.java.core.http.UrlEncoder;
import com.wechat.pay.java.core.util.GsonUtil;

/**
 * One phone import with the official SDK (wechatpay-java 0.2.17), written the way its generated services
 * write a call: encrypt the field with its {@link PrivacyEncryptor}, POST the JSON with
 * {@code Wechatpay-Serial}, let its validator verify the answer, parse it with its Gson. Shared by the
 * per-call benchmark and the end-to-end run.
 */
final class OfficialSdkImport {
    private static final String PATH = "v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import";

    private final HttpClient http;
    private final PrivacyEncryptor encryptor;
    private final String url;

    /** {@code baseUrl} ends with a slash. */
    OfficialSdkImport(HttpClient http, PrivacyEncryptor encryptor, String baseUrl, String cardId) {
        this.http = http;
        this.encryptor = encryptor;
        this.url = baseUrl + PATH.replace("{card_id}", UrlEncoder.urlEncode(cardId));
    }

    ImportResponse importPhone(String phone, String outRequestNo) {
        ImportRequest encrypted = new ImportRequest(encryptor.encrypt(phone), outRequestNo);
        HttpHeaders headers = new HttpHeaders();
        headers.addHeader(Constant.ACCEPT, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.CONTENT_TYPE, MediaType.APPLICATION_JSON.getValue());
        headers.addHeader(Constant.WECHAT_PAY_SERIAL, encryptor.getWechatpaySerial());
        HttpRequest request = new HttpRequest.Builder()
                .httpMethod(HttpMethod.POST)
                .url(url)
                .headers(headers)
                .body(new JsonRequestBody.Builder().body(GsonUtil.toJson(encrypted)).build())
                .build();
        return http.execute(request, ImportResponse.class).getServiceResponse();
    }

    /** The request model as the official SDK's generated code would have it. */
    static final class ImportRequest {
        @SerializedName("encrypted_phone_number")
        final String encryptedPhoneNumber;
        @SerializedName("out_request_no")
        final String outRequestNo;

        ImportRequest(String encryptedPhoneNumber, String outRequestNo) {
            this.encryptedPhoneNumber = encryptedPhoneNumber;
            this.outRequestNo = outRequestNo;
        }
    }

    /** The response model, parsed by the official SDK's Gson. */
    public static final class ImportResponse {
        @SerializedName("code")
        String code;

        public String getCode() {
            return code;
        }
    }
}
