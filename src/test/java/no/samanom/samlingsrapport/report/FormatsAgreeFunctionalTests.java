package no.samanom.samlingsrapport.report;

import static no.samanom.samlingsrapport.support.Reports.cell;
import static no.samanom.samlingsrapport.support.Reports.pdfText;
import static no.samanom.samlingsrapport.support.Reports.rowStarting;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.samanom.samlingsrapport.support.Reports;
import no.samanom.samlingsrapport.support.Runs;

/** The PDF and the workbook render one model: what a cell shows is decided there, once, for both. */
class FormatsAgreeFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void shouldListTheSameStatementsInTheSameOrderWithTheSameRestInBothFormats() throws Exception {
        // given twelve improvement points for one parameter from twelve respondents, point k made by k of them
        StringBuilder csv = new StringBuilder("respondent;parameter;forbedring\n");
        for (int k = 1; k <= 12; k++) {
            for (int r = 1; r <= k; r++) {
                csv.append("R").append(r).append(";Generelt;Forslag nummer ").append(k).append('\n');
            }
        }
        Path folder = Files.createDirectories(dir.resolve("input/mange"));
        Files.writeString(folder.resolve("evaluering.csv"), csv, StandardCharsets.UTF_8);
        Runs runs = new Runs(dir);

        // when
        assertThat(runs.run().status()).isZero();

        // then the profile's eight, most frequent first, and the four left out, in both
        List<String> expected = IntStream.iterate(12, k -> k - 1).limit(8)
                .mapToObj(k -> "• Forslag nummer " + k + " (" + k + " av 12)").collect(Collectors.toList());
        expected.add("… og 4 andre utsagn (se arbeidsboken)");
        try (Workbook workbook = Reports.workbook(runs.output().resolve("mange/mange.xlsx"))) {
            Sheet evaluation = workbook.getSheet("Evaluering");
            assertThat(cell(evaluation, rowStarting(evaluation, "Generelt"), 3).split("\n")).containsExactlyElementsOf(expected);
        }
        assertThat(pdfText(runs.output().resolve("mange/mange.pdf"))).contains(String.join(" ", expected));
    }
}
