package no.samanom.samlingsrapport.input;

import java.util.List;

/**
 * A row as read, before validation: its line (or sheet row) number and its cell texts.
 *
 * @param problem why the row could not be read as a row (a quote never closed, say), for
 *                validation to reject it with; null for a row read normally
 */
public record RawRow(int line, List<String> cells, String problem) {

    public RawRow(int line, List<String> cells) {
        this(line, cells, null);
    }

    /** A row that could not be read: it is rejected with the problem as its reason. */
    public static RawRow unreadable(int line, String text, String problem) {
        return new RawRow(line, List.of(text), problem);
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return problem == null && cells.stream().allMatch(String::isBlank);
    }
}
