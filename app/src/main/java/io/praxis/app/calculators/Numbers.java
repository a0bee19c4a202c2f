package io.praxis.app.calculators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parsing of what people type into calculator fields, and formatting of results for people.
 * Parsing is strict (no NaN, no Infinity, no hexadecimal, no Java suffixes such as {@code 1d})
 * and returns {@code null} for text that is not a number, so callers can name the field.
 */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");

    private Numbers() {
    }

    /** A decimal number such as {@code 0.5}, {@code -2}, {@code 1e-3}; {@code null} if {@code text} is not one. */
    static Double parseNumber(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }

    /**
     * A whole number such as {@code 42} or {@code 10,000} (thousands separated by commas);
     * {@code null} if {@code text} is not one or does not fit a long.
     */
    static Long parseWhole(String text) {
        String t = text.strip();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!WHOLE.matcher(t).matches()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Splits a list typed as "1, 2 3\n4" on commas, semicolons and whitespace, dropping empty items. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sep = c == ',' || c == ';' || Character.isWhitespace(c);
            if (sep) {
                if (start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The lines of a text, without line terminators ({@code \n}, {@code \r\n} or {@code \r}). */
    static List<String> lines(String text) {
        return lines(text, false);
    }

    /** The lines of a text; with {@code dropTrailingBlank}, blank lines at the end are dropped. */
    static List<String> lines(String text, boolean dropTrailingBlank) {
        List<String> out = splitLines(text);
        if (dropTrailingBlank) {
            while (!out.isEmpty() && out.getLast().isBlank()) {
                out.removeLast();
            }
        }
        return out;
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * A number for people, to six significant digits without trailing zeros: 0.9, 0.857143,
     * 1234.57, 3.21e-29.
     */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "undefined";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        if (a >= 1e-5 && a < 1e15) {
            return d.toPlainString();
        }
        return String.format(Locale.ROOT, "%.5g", v).replaceAll("\\.?0+e", "e");
    }

    /** A share as a percentage: 90%, 85.7%, 0.25%. */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "undefined";
        }
        double p = share * 100;
        double a = Math.abs(p);
        String s;
        if (a == Math.rint(a) && a < 1e15) {
            s = String.format(Locale.ROOT, "%.0f", p);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", p);
        } else if (a >= 0.1) {
            s = String.format(Locale.ROOT, "%.2f", p);
        } else {
            s = format(p);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s + "%";
    }

    /** A difference of two shares in percentage points, with its sign: +1.2 pp, −0.35 pp. */
    static String points(double difference) {
        if (!Double.isFinite(difference)) {
            return "undefined";
        }
        String p = percent(Math.abs(difference));
        String sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
        return sign + p.substring(0, p.length() - 1) + " pp";
    }

    /** The size of a gap between two shares in percentage points, without a sign: 1.2 pp. */
    static String gap(double difference) {
        return points(Math.abs(difference)).replace("+", "");
    }

    /** A count with thousands separators: 12,345. */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** A decimal with thousands separators and at most {@code decimals} decimals: 1,234.57. */
    static String grouped(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    /** Capitalises the first letter. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Quotes a typed value for a message, shortened when long: 'abc'. */
    static String quote(String typed) {
        String t = typed.strip();
        return "'" + (t.length() > 30 ? t.substring(0, 27) + "..." : t) + "'";
    }
}
