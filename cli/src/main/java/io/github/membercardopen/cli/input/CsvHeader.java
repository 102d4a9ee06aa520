package io.github.membercardopen.cli.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.github.membercardopen.spec.Masking;
import org.apache.commons.csv.CSVRecord;

/** Where the member columns sit, read from the header record; other columns are ignored. */
final class CsvHeader {

    private static final int ABSENT = -1;
    private static final int MAX_NAMES_SHOWN = 10;
    private static final int MAX_NAME_LENGTH = 40;

    private final int phone;
    private final int code;
    private final int outRequestNo;

    private CsvHeader(int phone, int code, int outRequestNo) {
        this.phone = phone;
        this.code = code;
        this.outRequestNo = outRequestNo;
    }

    /** Header names match case-insensitively after trimming. */
    static CsvHeader of(Path file, long line, CSVRecord record) {
        List<String> names = new ArrayList<>(record.size());
        for (String value : record) {
            names.add(value.strip().toLowerCase(Locale.ROOT));
        }
        int phone = names.indexOf(MemberRecordValidator.PHONE);
        if (phone == ABSENT) {
            throw new InputFileException(file, missingPhoneColumn(line, record));
        }
        return new CsvHeader(phone, names.indexOf(MemberRecordValidator.CODE),
                names.indexOf(MemberRecordValidator.OUT_REQUEST_NO));
    }

    private static String missingPhoneColumn(long line, CSVRecord record) {
        for (String value : record) {
            if (PhoneNumbers.rejectionReason(PhoneNumbers.normalise(value)).isEmpty()) {
                return "line " + line + " holds a phone number, not a header; the first line must name the columns,"
                        + " e.g. phone,code,out_request_no";
            }
        }
        List<String> shown = new ArrayList<>();
        for (String value : record) {
            if (shown.size() == MAX_NAMES_SHOWN) {
                shown.add("...");
                break;
            }
            String stripped = value.strip();
            // a first row that is data, not names: never echo what may be a phone
            String name = stripped.matches(".*\\d{7,}.*") ? Masking.phone(stripped) : stripped;
            shown.add(name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) + "..." : name);
        }
        return "the header (line " + line + ") has no 'phone' column; found: " + String.join(", ", shown);
    }

    String phone(CSVRecord record) {
        return cell(record, phone);
    }

    String code(CSVRecord record) {
        return cell(record, code);
    }

    String outRequestNo(CSVRecord record) {
        return cell(record, outRequestNo);
    }

    private static String cell(CSVRecord record, int index) {
        return index != ABSENT && index < record.size() ? record.get(index) : null;
    }
}
