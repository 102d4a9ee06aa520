package io.github.membercardopen.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.membercardopen.auth.crypto.CryptoProvider;
import io.github.membercardopen.auth.crypto.Nonces;
import io.github.membercardopen.auth.crypto.RsaOaep;
import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.RequestSigner;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Sends hand-made, correctly signed requests: for bodies our client would refuse to send. */
final class RawRequests {
    private final WechatPaySandbox sandbox;
    private final ThrowawayCredentials credentials;
    private final RequestSigner signer;
    private final OkHttpClient http = new OkHttpClient();

    RawRequests(WechatPaySandbox sandbox, ThrowawayCredentials credentials) {
        this.sandbox = sandbox;
        this.credentials = credentials;
        this.signer = new RequestSigner(credentials.merchantId(), credentials.merchantSerialNumber(),
                credentials.merchantPrivateKey(), new Sha256WithRsa(CryptoProvider.jdk()), new Nonces(), Clock.systemUTC());
    }

    String encryptedPhone(String phone) {
        return new RsaOaep(CryptoProvider.jdk()).encrypt(credentials.wechatpayPublicKey(), "phone", phone);
    }

    /** The JSON body for an import, with the phone encrypted for the public key. */
    String body(String phone, String code, String outRequestNo) {
        JsonObject json = new JsonObject();
        json.addProperty("encrypted_phone_number", encryptedPhone(phone));
        if (code != null) {
            json.addProperty("code", code);
        }
        json.addProperty("out_request_no", outRequestNo);
        return json.toString();
    }

    /** Posts {@code body} to the import path of {@code cardId}, signed, with the public-key id as serial. */
    Answer importMember(String cardId, String body) {
        String path = "/v3/marketing/membercard-open/cards/" + cardId + "/phone-membercard/import";
        RequestSigner.Signed signed = signer.sign("POST", path, body);
        Request request = new Request.Builder()
                .url(sandbox.baseUrl() + path.substring(1))
                .header("Authorization", signed.authorization())
                .header("Wechatpay-Serial", credentials.publicKeyId())
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return new Answer(response.code(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status and parsed body of an answer. */
    static final class Answer {
        final int status;
        final JsonObject json;

        Answer(int status, String body) {
            this.status = status;
            this.json = JsonParser.parseString(body).getAsJsonObject();
        }

        String code() {
            return json.get("code").getAsString();
        }

        String detailField() {
            return json.getAsJsonObject("detail").get("field").getAsString();
        }
    }
}
