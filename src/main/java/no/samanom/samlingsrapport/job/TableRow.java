package no.samanom.samlingsrapport.job;

import no.samanom.samlingsrapport.input.RawRow;

/** A raw row and the index of the plan's table it belongs to. */
record TableRow(int table, RawRow row) {
}
