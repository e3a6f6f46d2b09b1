package no.samanom.samlingsrapport.input;

/** A raw row and the index of the plan's table it belongs to. */
public record TableRow(int table, RawRow row) {
}
