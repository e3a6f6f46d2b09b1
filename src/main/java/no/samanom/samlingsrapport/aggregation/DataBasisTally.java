package no.samanom.samlingsrapport.aggregation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.SourceFile;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.SourceSummary;

/** What the data basis counts: the lines used and rejected in each file, the files rejected, the deviations. */
final class DataBasisTally {

    /** Lines used and lines rejected, per file. */
    private final Map<String, int[]> rowsByFile = new HashMap<>();
    private final Set<String> rejectedFiles = new LinkedHashSet<>();
    private int deviationCount;
    private Origin lastOrigin;

    /** A used row; a line that yields several rows (one per statement) counts once. */
    void row(Origin origin) {
        if (!origin.equals(lastOrigin)) {
            fileCounts(origin.file())[0]++;
            lastOrigin = origin;
        }
    }

    /** A deviation found while reading: a rejected row or file counts against its file. */
    void deviation(Deviation deviation) {
        deviationCount++;
        if (deviation.consequence() == Consequence.ROW_REJECTED) {
            fileCounts(deviation.file())[1]++;
        } else if (deviation.consequence() == Consequence.FILE_REJECTED) {
            rejectedFiles.add(deviation.sheet() == null ? deviation.file() : deviation.file() + "#" + deviation.sheet());
        }
    }

    /** A deviation only the whole gathering reveals: its row is already counted as used. */
    void lateDeviation() {
        deviationCount++;
    }

    private int[] fileCounts(String file) {
        return rowsByFile.computeIfAbsent(file, f -> new int[2]);
    }

    DataBasis dataBasis(List<SourceFile> files) {
        List<SourceSummary> sources = files.stream().map(f -> {
            int[] counts = rowsByFile.getOrDefault(f.name(), new int[2]);
            return new SourceSummary(f.name(), f.sha256(), f.size(), counts[0] + counts[1], counts[0], counts[1],
                    rejectedFiles.contains(f.name()));
        }).toList();
        int used = sources.stream().mapToInt(SourceSummary::rowsUsed).sum();
        int rejected = sources.stream().mapToInt(SourceSummary::rowsRejected).sum();
        return new DataBasis(sources, used + rejected, used, rejected, deviationCount, rejectedFiles.size());
    }
}
