package io.github.membercardopen.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberCsvReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void readsGbkFileAsExcelInChinaWritesIt() throws IOException {
        Path file = write("phone,姓名,code\r\n13800138000,张三,会员001\r\n", GBK);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(InputCharsets.CHINESE_LEGACY, reader.charset());
            assertEquals(List.of(new MemberRow(2, "13800138000", "会员001", null)), readAll(reader));
        }
    }

    @Test
    void readsUtf8FileWithByteOrderMark() throws IOException {
        Path file = write("\uFEFFphone,code\n13800138000,张三\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(List.of(new MemberRow(2, "13800138000", "张三", null)), readAll(reader));
        }
    }

    @Test
    void readsUtf8WhenAMultiByteCharacterStraddlesTheSniffedPrefix() throws IOException {
        StringBuilder csv = new StringBuilder("phone,note\n13800138000,");
        while (csv.toString().getBytes(StandardCharsets.UTF_8).length < InputCharsets.SNIFF_BYTES - 1) {
            csv.append('x');
        }
        csv.append("张三\n13900139000,y\n");
        Path file = write(csv.toString(), StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(2, readAll(reader).size());
        }
    }

    @Test
    void honoursAnExplicitCharsetOverride() throws IOException {
        Path file = write("phone,code\n13800138000,张三\n", GBK);

        try (MemberCsvReader reader = MemberCsvReader.open(file, GBK)) {
            assertEquals(List.of(new MemberRow(2, "13800138000", "张三", null)), readAll(reader));
        }
    }

    @Test
    void matchesHeaderNamesCaseInsensitivelyAfterTrimmingAndIgnoresOtherColumns() throws IOException {
        Path file = write("name, Code ,PHONE , Out_Request_No\nA,c1,13800138000,req-1\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(List.of(new MemberRow(2, "13800138000", "c1", "req-1")), readAll(reader));
        }
    }

    @Test
    void reportsTheStartLineOfRecordsAfterQuotedEmbeddedNewlinesCrlfAndBlankLines() throws IOException {
        Path file = write("phone,code,note\r\n"
                + "13800138000,a,\"two\r\nlines\"\r\n"
                + "\r\n"
                + ",,\r\n"
                + "13900139000,\"b\",\"three\nshort\nlines\"\n"
                + "13700137000,c,plain", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(List.of(
                    new MemberRow(2, "13800138000", "a", null),
                    new MemberRow(6, "13900139000", "b", null),
                    new MemberRow(9, "13700137000", "c", null)), readAll(reader));
        }
    }

    @Test
    void skipsBlankLinesBeforeTheHeader() throws IOException {
        Path file = write("\n\nphone\n13800138000\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(List.of(new MemberRow(4, "13800138000", null, null)), readAll(reader));
        }
    }

    @Test
    void reportsBadPhonesWithLineAndReasonAndCarriesOn() throws IOException {
        Path file = write("phone\n12345\n\n+86 138-0013-8000\n12800138000\n\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> rows = readAll(reader);
            assertEquals(3, rows.size());
            RowProblem tooShort = assertInstanceOf(RowProblem.class, rows.get(0));
            assertEquals(2, tooShort.line());
            assertEquals("phone", tooShort.field());
            assertTrue(tooShort.reason().contains("5 digits"));
            assertEquals(new MemberRow(4, "13800138000", null, null), rows.get(1));
            RowProblem wrongPrefix = assertInstanceOf(RowProblem.class, rows.get(2));
            assertEquals(5, wrongPrefix.line());
        }
    }

    @Test
    void reportsAMissingPhoneCellOnAShortRecord() throws IOException {
        Path file = write("code,phone\nc1\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            assertEquals(List.of(new RowProblem(2, "phone", "is missing")), readAll(reader));
        }
    }

    @Test
    void enforcesTheApiLimitsOnCodeAndOutRequestNo() throws IOException {
        String longValue = "a".repeat(33);
        Path file = write("phone,code,out_request_no\n"
                + "13800138000," + longValue + ",\n"
                + "13800138000,,"  + longValue + "\n"
                + "13800138000,,bad.char\n"
                + "13800138000," + "a".repeat(32) + ",A|b_c*d-9\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> rows = readAll(reader);
            assertEquals(new RowProblem(2, "code", "is 33 characters long, at most 32 allowed"), rows.get(0));
            assertEquals(new RowProblem(3, "out_request_no", "is 33 characters long, at most 32 allowed"),
                    rows.get(1));
            assertEquals(new RowProblem(4, "out_request_no", "may contain only letters, digits and | _ * -"),
                    rows.get(2));
            assertEquals(new MemberRow(5, "13800138000", "a".repeat(32), "A|b_c*d-9"), rows.get(3));
        }
    }

    @Test
    void reportsNulBytesAsAProblemOnTheirLine() throws IOException {
        Path file = write("phone,code\n138\u000000138000,x\n13800138000,c\u0000d\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> rows = readAll(reader);
            assertEquals(new RowProblem(2, "phone", "contains control characters (NUL or similar)"), rows.get(0));
            assertEquals(new RowProblem(3, "code", "contains control characters (NUL or similar)"), rows.get(1));
        }
    }

    @Test
    void reportsAGbkCodeInAFileSniffedAsUtf8InsteadOfImportingItGarbled() throws IOException {
        Path file = dir.resolve("members.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("phone,code\n".getBytes(StandardCharsets.UTF_8));
            byte[] utf8Row = "13800138000,会员001\n".getBytes(StandardCharsets.UTF_8);
            int rows = InputCharsets.SNIFF_BYTES / utf8Row.length + 1; // past the sniffed prefix
            for (int i = 0; i < rows; i++) {
                out.write(utf8Row);
            }
            out.write("13900139000,会员002\n".getBytes(GBK));
        }

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> results = readAll(reader);
            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals(new MemberRow(2, "13800138000", "会员001", null), results.get(0));
            RowProblem gbkRow = assertInstanceOf(RowProblem.class, results.get(results.size() - 1));
            assertEquals("code", gbkRow.field());
            assertTrue(gbkRow.reason().contains("mix of UTF-8 and GBK"), gbkRow.reason());
        }
    }

    @Test
    void rejectsAZeroByteFileNamingIt() throws IOException {
        Path file = Files.createFile(dir.resolve("zero.csv"));

        InputFileException e = assertThrows(InputFileException.class, () -> MemberCsvReader.open(file, null));
        assertTrue(e.getMessage().startsWith(file + ": is empty"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyFileNamingIt() throws IOException {
        Path file = write("\n\n", StandardCharsets.UTF_8);

        InputFileException e = assertThrows(InputFileException.class, () -> MemberCsvReader.open(file, null));
        assertTrue(e.getMessage().startsWith(file.toString()));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void rejectsAHeaderWithoutPhoneColumnListingWhatItFound() throws IOException {
        Path file = write("mobile,code\n13800138000,c\n", StandardCharsets.UTF_8);

        InputFileException e = assertThrows(InputFileException.class, () -> MemberCsvReader.open(file, null));
        assertTrue(e.getMessage().contains("no 'phone' column; found: mobile, code"), e.getMessage());
    }

    @Test
    void rejectsAFileWithoutHeaderWithoutEchoingThePhone() throws IOException {
        Path file = write("13800138000,c\n", StandardCharsets.UTF_8);

        InputFileException e = assertThrows(InputFileException.class, () -> MemberCsvReader.open(file, null));
        assertTrue(e.getMessage().contains("not a header"), e.getMessage());
        assertTrue(!e.getMessage().contains("13800138000"));
    }

    @Test
    void rejectsUtf16WithAnActionableMessage() throws IOException {
        Path file = write("\uFEFFphone\n13800138000\n", StandardCharsets.UTF_16LE);

        InputFileException e = assertThrows(InputFileException.class, () -> MemberCsvReader.open(file, null));
        assertTrue(e.getMessage().contains("UTF-16"));
    }

    @Test
    void namesTheLineOfAQuoteLeftOpenUntilEndOfFile() throws IOException {
        Path file = write("phone,note\n13800138000,ok\n13900139000,\"never closed\nmore\nmore\n", StandardCharsets.UTF_8);

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> rows = new ArrayList<>();
            InputFileException e = assertThrows(InputFileException.class, () -> reader.forEach(rows::add));
            assertEquals(1, rows.size());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        }
    }

    @Test
    void stopsAGrotesquelyLongLineWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("long.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("phone,note\n13800138000,ok\n13900139000,".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 160; i++) { // 10 MiB on one line
                out.write(chunk);
            }
            out.write("\n13700137000,ok\n".getBytes(StandardCharsets.UTF_8));
        }

        try (MemberCsvReader reader = MemberCsvReader.open(file, null)) {
            List<RowResult> rows = new ArrayList<>();
            InputFileException e = assertThrows(InputFileException.class, () -> reader.forEach(rows::add));
            assertEquals(1, rows.size());
            assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("longer than"), e.getMessage());
        }
    }

    @Test
    void neverPrintsAPlaintextPhoneInRowToString() {
        assertTrue(new MemberRow(2, "13800138000", null, null).toString().contains("138****8000"));
        assertTrue(!new MemberRow(2, "13800138000", null, null).toString().contains("13800138000"));
    }

    private Path write(String content, Charset charset) throws IOException {
        Path file = dir.resolve("members.csv");
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private static List<RowResult> readAll(MemberCsvReader reader) {
        List<RowResult> rows = new ArrayList<>();
        reader.forEach(rows::add);
        return rows;
    }
}
