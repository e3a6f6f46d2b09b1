package no.samanom.samlingsrapport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.Templates;
import no.samanom.samlingsrapport.aggregation.SummaryBuilder;
import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.RespondentScore;
import tools.jackson.databind.json.JsonMapper;

/** Summaries for tests: the one a run staged, or one built from a few rows without a run. */
public final class Summaries {

    private Summaries() {
    }

    /** The summary of the gathering's latest staged version. */
    public static GatheringSummary staged(Path state, String id) throws IOException {
        try (Stream<Path> files = Files.walk(state.resolve("staging").resolve(id))) {
            Path summary = files.filter(f -> f.getFileName().toString().equals("summary.json"))
                    .max(Comparator.comparing(Summaries::modified)).orElseThrow();
            return JsonMapper.builder().build().readValue(summary.toFile(), GatheringSummary.class);
        }
    }

    /** Report data for {@code respondents} named respondents with one evaluation row and score each. */
    public static ReportData<GatheringSummary> evaluation(int respondents) {
        Templates templates = new Templates(Path.of("ingen-maler"));
        SummaryBuilder builder = new SummaryBuilder(templates.riskFactors(), templates.municipalities(), templates.profile());
        List<DataRow> rows = new ArrayList<>();
        for (int r = 1; r <= respondents; r++) {
            rows.add(new EvaluationRow(new Origin("evaluering.csv", null, r + 1), "R" + r, "Bjugn", "Generelt",
                    List.of("Bra " + r % 3), List.of(), List.of(), 1 + r % 6));
        }
        rows.forEach(builder::add);
        GatheringSummary summary = builder.build("liten", List.of());
        List<RespondentScore> scores = new ArrayList<>();
        builder.respondentScores(scores::add);
        return new ReportData<>("liten", summary, templates.text(Language.NB), templates.profile(),
                LocalDateTime.of(2013, 3, 18, 9, 0), () -> rows.stream().map(row -> new ReportData.SourcedRow("liten", row)),
                Stream::empty, scores::stream);
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
