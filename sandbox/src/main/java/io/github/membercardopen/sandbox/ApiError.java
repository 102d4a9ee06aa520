package io.github.membercardopen.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in WeChat Pay's format, {@code {code, message, detail}}, thrown by handlers and
 * written by the server. {@code detail} holds {@code field}, {@code location} and {@code issue} for
 * parameter errors.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> detail;

    ApiError(int status, String code, String message, Map<String, Object> detail) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    static ApiError signError(String message) {
        return new ApiError(401, "SIGN_ERROR", message, null);
    }

    static ApiError invalidRequest(String message) {
        return new ApiError(400, "INVALID_REQUEST", message, null);
    }

    /** A bad parameter; {@code field} is a JSON Pointer for body fields, the name for path parameters. */
    static ApiError paramError(String field, String location, String issue) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", field);
        detail.put("location", location);
        detail.put("issue", issue);
        return new ApiError(400, "PARAM_ERROR", "参数错误: " + field + " " + issue, detail);
    }

    int status() {
        return status;
    }

    /** The JSON body. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }
}
