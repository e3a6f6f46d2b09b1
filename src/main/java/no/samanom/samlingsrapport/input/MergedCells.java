package no.samanom.samlingsrapport.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A cell merged down over several rows ("Dag 1" beside three respondents) holds its value in
 * the first; a person reads it in every row it covers, so each of those rows is given it, in
 * the merge's first column (merged across columns, text is read once). Rows arrive in order:
 * a region's value is taken as its first row passes, and only the regions around the current
 * row are looked at.
 */
final class MergedCells {
    private final List<CellRangeAddress> regions;
    private final String[] values;
    private int next;
    private final List<Integer> active = new ArrayList<>();

    MergedCells(List<CellRangeAddress> merged) {
        List<CellRangeAddress> all = new ArrayList<>(merged);
        all.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.regions = all;
        this.values = new String[all.size()];
    }

    /** Fills the row's covered cells; a row with nothing else in it stays blank. */
    void fill(int row, List<String> cells) {
        if (regions.isEmpty() || cells.stream().allMatch(String::isBlank)) {
            return;
        }
        while (next < regions.size() && regions.get(next).getFirstRow() <= row) {
            active.add(next++);
        }
        active.removeIf(i -> regions.get(i).getLastRow() < row);
        for (int i : active) {
            CellRangeAddress region = regions.get(i);
            int c = region.getFirstColumn();
            if (row == region.getFirstRow()) {
                values[i] = c < cells.size() ? cells.get(c) : "";
                continue;
            }
            while (cells.size() <= c) {
                cells.add("");
            }
            if (cells.get(c).isBlank() && values[i] != null) {
                cells.set(c, values[i]);
            }
        }
    }
}
