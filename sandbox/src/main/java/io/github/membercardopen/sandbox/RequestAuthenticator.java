package io.github.membercardopen.sandbox;

import io.github.membercardopen.auth.crypto.Sha256WithRsa;
import io.github.membercardopen.auth.signing.AuthorizationHeader;
import io.github.membercardopen.auth.signing.SigningMessages;

import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a request's {@code Authorization} as WeChat Pay does: the scheme and pairs, the merchant id, the
 * merchant certificate serial, a timestamp within five minutes and SHA256withRSA over the exact bytes
 * received. Each failure is a {@code SIGN_ERROR} saying which check failed.
 */
final class RequestAuthenticator {
    static final long MAX_CLOCK_SKEW_SECONDS = 300;
    private static final int TRUNCATED_MESSAGE_CHARS = 200;

    private final String merchantId;
    private final String merchantSerialNumber;
    private final PublicKey merchantPublicKey;
    private final Sha256WithRsa rsa;
    private final Clock clock;

    RequestAuthenticator(String merchantId, String merchantSerialNumber, PublicKey merchantPublicKey,
                         Sha256WithRsa rsa, Clock clock) {
        this.merchantId = merchantId;
        this.merchantSerialNumber = merchantSerialNumber;
        this.merchantPublicKey = merchantPublicKey;
        this.rsa = rsa;
        this.clock = clock;
    }

    void authenticate(IncomingRequest request) {
        AuthorizationHeader authorization;
        try {
            authorization = AuthorizationHeader.parse(request.header("Authorization"));
        } catch (IllegalArgumentException e) {
            throw ApiError.signError("Http头Authorization格式错误: " + e.getMessage());
        }
        if (!merchantId.equals(authorization.mchid())) {
            throw ApiError.signError("Http头Authorization中的mchid " + authorization.mchid()
                    + " 与商户号不匹配 (the sandbox serves merchant " + merchantId + ")");
        }
        if (!merchantSerialNumber.equalsIgnoreCase(authorization.serialNo())) {
            throw ApiError.signError("Http头Authorization中的serial_no " + authorization.serialNo()
                    + " 不是商户API证书序列号 (expected the merchant certificate serial " + merchantSerialNumber + ")");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(authorization.timestamp());
        } catch (NumberFormatException e) {
            throw ApiError.signError("Http头Authorization中的timestamp不是秒级Unix时间戳");
        }
        if (Math.abs(clock.millis() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
            throw ApiError.signError("Http头Authorization中的timestamp与发起请求的时间不得超过5分钟");
        }
        String message = SigningMessages.request(request.method(), request.canonicalUrl(), timestamp,
                authorization.nonce(), request.body());
        if (!rsa.verify(merchantPublicKey, message, authorization.signature())) {
            throw new ApiError(401, "SIGN_ERROR", "签名错误，请检查后再试 (signature does not verify with the "
                    + "merchant certificate's public key)", signatureDetail(request, message));
        }
    }

    /** Like WeChat Pay's, shows the start of the message the server verified, to compare with what was signed. */
    private static Map<String, Object> signatureDetail(IncomingRequest request, String message) {
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("method", request.method());
        information.put("url", request.canonicalUrl());
        information.put("sign_message_length", message.length());
        information.put("truncated_sign_message", message.length() <= TRUNCATED_MESSAGE_CHARS
                ? message : message.substring(0, TRUNCATED_MESSAGE_CHARS));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", "signature");
        detail.put("location", "authorization");
        detail.put("issue", "sign not match");
        detail.put("sign_information", information);
        return detail;
    }
}
