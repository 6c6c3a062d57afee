package io.reactiveorm.postgres;

import io.reactiveorm.spi.BulkColumn;
import io.reactiveorm.spi.ValueKind;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Encodes rows in the text format of {@code COPY .. FROM STDIN}: tab-separated, one line per row, {@code \N} for NULL,
 * backslash escapes for backslash, tab, newline and carriage return, bytea as escaped hex ({@code \\x00ff}), booleans
 * as {@code t}/{@code f}, numbers as plain text and temporal values as ISO-8601 (with their offset; years past 9999
 * without a sign and years before 1 as {@code BC}, the way PostgreSQL reads them).
 */
final class CopyText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CopyText() {
    }

    static void row(StringBuilder out, List<BulkColumn> columns, Object[] row) {
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                out.append('\t');
            }
            value(out, columns.get(c).kind(), row[c]);
        }
        out.append('\n');
    }

    static void value(StringBuilder out, ValueKind kind, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        switch (kind) {
            case BOOLEAN:
                out.append((Boolean) value ? 't' : 'f');
                break;
            case DECIMAL:
                out.append(((BigDecimal) value).toPlainString());
                break;
            case BYTES:
                bytes(out, (ByteBuffer) value);
                break;
            case STRING:
            case ENUM:
            case JSON:
                escaped(out, value.toString());
                break;
            case DATE:
            case DATETIME:
            case OFFSET_DATETIME:
            case INSTANT:
                out.append(temporal(value.toString()));
                break;
            default:
                // Numbers, UUIDs and java.time values: their toString is plain ASCII that PostgreSQL parses exactly.
                out.append(value);
        }
    }

    /**
     * @param iso the ISO-8601 text of a {@code java.time} value
     * @return it as PostgreSQL reads it: no {@code '+'} before a year of more than 4 digits, and the proleptic year 0
     *     or earlier as a year {@code BC} ({@code -0043-03-15} is {@code 0044-03-15 BC})
     */
    static String temporal(String iso) {
        if (iso.startsWith("+")) {
            return iso.substring(1);
        }
        int yearEnd = iso.indexOf('-', 1);
        int year = Integer.parseInt(iso.substring(0, yearEnd));
        return year > 0 ? iso : String.format("%04d", 1 - year) + iso.substring(yearEnd) + " BC";
    }

    private static void bytes(StringBuilder out, ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        out.append("\\\\x");
        while (b.hasRemaining()) {
            int v = b.get() & 0xFF;
            out.append(HEX[v >>> 4]).append(HEX[v & 0xF]);
        }
    }

    private static void escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(ch);
            }
        }
    }
}
