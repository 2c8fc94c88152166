package org.atelier.web.export;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CSV as French spreadsheets open it with a double click: UTF-8 with a byte order mark (so accents
 * show right), semicolons between cells (the comma is the decimal mark in French), a header row,
 * lines ending in CRLF, and cells quoted as RFC 4180 says when they hold a semicolon, a quote or a
 * line break. A text cell that a spreadsheet would take for a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so opening an export never runs what a
 * participant typed.
 */
final class Csv {

    static final char SEPARATOR = ';';
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private Csv() {
    }

    static byte[] of(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        line(out, columns.stream().map(column -> (Object) column).toList());
        for (Map<String, Object> row : rows) {
            line(out, columns.stream().map(row::get).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append(LINE_END);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
