package no.samanom.samlingsrapport.input;

/**
 * Text from the input made safe to show: control characters and bidirectional overrides
 * become visible escapes ({@code \x1B}, {@code \u202E}) so that a name cannot move the
 * cursor, set a terminal's title, forge a line or reverse what a reader sees (CWE-150), and
 * long text is cut with "…" and its length, so that a 50 MB cell is never echoed.
 */
public final class Visible {

    /** Names: files, sheets, columns, municipalities in messages. */
    public static final int NAME = 120;
    /** A value quoted in a deviation or a message. */
    public static final int VALUE = 200;
    /** Room for "… (52 428 800 tegn)". */
    private static final int SUFFIX = 24;

    private Visible() {
    }

    /** The text with every control character escaped, line breaks included, cut at {@code max} characters. */
    public static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        String escaped = escape(text, false);
        return cut(escaped, max, text.length());
    }

    /** The same without a length limit: for names the file system already bounds. */
    public static String of(String text) {
        return text == null ? null : escape(text, false);
    }

    /**
     * Cell text as the reports show it: tabs and line breaks stay (a cell's lines are its
     * statements), every other control character and bidirectional override is escaped.
     */
    public static String cell(String text) {
        return text == null ? null : escape(text, true);
    }

    /** Whether the character is one that must not reach a terminal or a document as it is. */
    public static boolean isHidden(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }

    private static String escape(String text, boolean keepLayout) {
        int first = firstHidden(text, keepLayout);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i)); // a proper pair: an ordinary character beyond the BMP
            } else if (isHidden(c) && !(keepLayout && isLayout(c))) {
                out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstHidden(String text, boolean keepLayout) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isHidden(c) && !(keepLayout && isLayout(c))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Text up to {@code max} characters (and a little over, the length of a suffix) stays whole,
     * so that cutting what was cut before changes nothing.
     */
    private static String cut(String text, int max, int originalLength) {
        if (text.length() <= max + SUFFIX) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + count(originalLength) + " tegn)";
    }

    /** A count grouped the Norwegian way, "199 990", for messages. */
    public static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u00A0');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
