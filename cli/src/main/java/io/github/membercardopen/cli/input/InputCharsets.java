package io.github.membercardopen.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Works out how a member CSV is encoded: UTF-8 (with or without BOM) or the GBK family Excel writes on
 * Chinese Windows.
 */
public final class InputCharsets {

    /**
     * GB18030 is a strict superset of GBK, so every file Excel saves as GBK decodes identically, and a few
     * characters GBK lacks do not turn into errors.
     */
    public static final Charset CHINESE_LEGACY = Charset.forName("GB18030");

    static final int SNIFF_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private InputCharsets() {
    }

    /**
     * How to decode {@code file}.
     *
     * @param override a charset the user named, or null to detect one
     */
    public static DetectedEncoding detect(Path file, Charset override) throws IOException {
        byte[] prefix = readPrefix(file);
        if (startsWith(prefix, new byte[] {(byte) 0xFE, (byte) 0xFF})
                || startsWith(prefix, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            throw new InputFileException(file, "is UTF-16 encoded; save it as CSV UTF-8 or plain CSV instead");
        }
        boolean bom = startsWith(prefix, UTF8_BOM);
        int bomLength = bom ? UTF8_BOM.length : 0;
        if (override != null) {
            return new DetectedEncoding(override, bomLength);
        }
        if (bom || isWellFormedUtf8(prefix, prefix.length < SNIFF_BYTES)) {
            return new DetectedEncoding(StandardCharsets.UTF_8, bomLength);
        }
        return new DetectedEncoding(CHINESE_LEGACY, 0);
    }

    private static byte[] readPrefix(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /**
     * Strict UTF-8 check. When the prefix is not the whole file, a multi-byte sequence cut at the end is
     * left undecoded (underflow) rather than counted as malformed.
     */
    static boolean isWellFormedUtf8(byte[] bytes, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, wholeFile);
        return !result.isError() && !(wholeFile && decoder.flush(out).isError());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The charset to decode with, and how many BOM bytes to skip first.
     */
    public record DetectedEncoding(Charset charset, int bomLength) {
    }
}
