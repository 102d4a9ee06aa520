package io.github.membercardopen.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Writes a response: status line, the handler's headers exactly as spelled, {@code Date}, {@code Content-Length}. */
final class ResponseWriter {
    private ResponseWriter() {
    }

    /** Writes and flushes; {@code headOnly} omits the body (a HEAD answer), {@code close} announces the close. */
    static void write(OutputStream out, HttpResponse response, boolean headOnly, boolean close) throws IOException {
        StringBuilder head = new StringBuilder(512)
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            appendHeader(head, header.getKey(), header.getValue());
        }
        appendHeader(head, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        appendHeader(head, "Content-Length", Integer.toString(response.body().length));
        if (close) {
            appendHeader(head, "Connection", "close");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(response.body());
        }
        out.flush();
    }

    private static void appendHeader(StringBuilder head, String name, String value) {
        if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("line break in response header " + name);
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private static String reason(int status) {
        switch (status) {
            case 100: return "Continue";
            case 200: return "OK";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 408: return "Request Timeout";
            case 413: return "Payload Too Large";
            case 414: return "URI Too Long";
            case 429: return "Too Many Requests";
            case 431: return "Request Header Fields Too Large";
            case 500: return "Internal Server Error";
            case 501: return "Not Implemented";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            case 505: return "HTTP Version Not Supported";
            default: return "Status " + status;
        }
    }
}
