package io.github.membercardopen.cli.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a member CSV (RFC 4180, header row required) one record at a time, so memory does not grow with
 * the file. Each non-blank record becomes a {@link MemberRow} or a {@link RowProblem}; faults that make the
 * rest of the file unreadable throw {@link InputFileException}. Iterate once, then close.
 */
public final class MemberCsvReader implements Iterable<RowResult>, Closeable {

    /** Far above any real member record, far below anything that could exhaust the heap. */
    static final long MAX_RECORD_CHARS = 1024 * 1024;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank lines must come through as records to keep line numbers right
            .get();

    private final Path file;
    private final InputCharsets.DetectedEncoding encoding;
    private final RecordBudgetReader budget;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final MemberRecordValidator validator = new MemberRecordValidator();
    private final CsvHeader header;
    private long lastRecordEndLine;
    private boolean iterated;

    private MemberCsvReader(Path file, InputCharsets.DetectedEncoding encoding, RecordBudgetReader budget,
            CSVParser parser) {
        this.file = file;
        this.encoding = encoding;
        this.budget = budget;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = readHeader();
    }

    /**
     * Opens {@code file}, detecting its encoding unless {@code charsetOverride} is given, and reads the header.
     *
     * @throws InputFileException if the file is empty or its header has no {@code phone} column
     */
    public static MemberCsvReader open(Path file, Charset charsetOverride) throws IOException {
        InputCharsets.DetectedEncoding encoding = InputCharsets.detect(file, charsetOverride);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            RecordBudgetReader budget = new RecordBudgetReader(new InputStreamReader(in, encoding.charset()),
                    MAX_RECORD_CHARS);
            return new MemberCsvReader(file, encoding, budget, CSVParser.parse(budget, FORMAT));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The charset the file is decoded with, for telling the user. */
    public Charset charset() {
        return encoding.charset();
    }

    @Override
    public Iterator<RowResult> iterator() {
        if (iterated) {
            throw new IllegalStateException("a MemberCsvReader can be iterated only once");
        }
        iterated = true;
        return new RowIterator();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private CsvHeader readHeader() {
        NumberedRecord first = nextNonBlankRecord();
        if (first == null) {
            throw new InputFileException(file, "is empty; expected a header row such as phone,code,out_request_no");
        }
        return CsvHeader.of(file, first.line(), first.record());
    }

    private NumberedRecord nextNonBlankRecord() {
        while (hasNextRecord()) {
            CSVRecord record = records.next();
            long startLine = lastRecordEndLine + 1;
            lastRecordEndLine = parser.getCurrentLineNumber();
            budget.startRecord();
            if (!isBlank(record)) {
                return new NumberedRecord(startLine, record);
            }
        }
        return null;
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new InputFileException(file, "line " + (lastRecordEndLine + 1) + ": " + cause, e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private record NumberedRecord(long line, CSVRecord record) {
    }

    private final class RowIterator implements Iterator<RowResult> {

        private NumberedRecord next;

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = nextNonBlankRecord();
            }
            return next != null;
        }

        @Override
        public RowResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = next.record();
            long line = next.line();
            next = null;
            return validator.validate(line, header.phone(record), header.code(record), header.outRequestNo(record));
        }
    }
}
