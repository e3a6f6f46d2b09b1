package no.samanom.samlingsrapport.input;

import java.util.List;

/** A row as read, before validation: its line (or sheet row) number and its cell texts. */
public record RawRow(int line, List<String> cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
