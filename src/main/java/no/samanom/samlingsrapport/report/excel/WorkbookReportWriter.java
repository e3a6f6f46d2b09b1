package no.samanom.samlingsrapport.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.DataRow.ProjectStatusRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.ReportWriter;
import no.samanom.samlingsrapport.report.RespondentScore;

/**
 * The gathering's workbook, from the same summary as the PDF: the original tables, the die
 * scores and risk figures as live formulas with native charts, then every normalised row and
 * every deviation. Everything is written streaming, so a million rows do not need a million
 * rows of memory; a list longer than a sheet continues on the next.
 */
@Component
@Order(2)
public class WorkbookReportWriter implements ReportWriter<GatheringSummary> {

    static final String OVERVIEW = "Oppsummering";
    static final String EXPECTATIONS = "Forventninger";
    static final String EVALUATION = "Evaluering";
    static final String DIE_SCORES = "Terningkast";
    static final String RISK = "Risiko";
    static final String DATA = "Data";
    static final String DEVIATIONS = "Avvik";
    private static final int WINDOW = 200;

    private final int maxRows;

    public WorkbookReportWriter() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /**
     * @param maxRows rows per sheet, header included; tests use a small number to see lists continue,
     *                though not fewer than the die-score statistics beside the first part need
     */
    WorkbookReportWriter(int maxRows) {
        if (maxRows < 13) {
            throw new IllegalArgumentException("A sheet part needs room for the statistics beside it: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    public String fileName(String id) {
        return id + ".xlsx";
    }

    @Override
    public void write(ReportData<GatheringSummary> data, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        // the rows wait in plain temporary files (about 300 bytes a row, in <state>/tmp): packing them
        // first and unpacking them for the workbook's own zip took a third of a million-row report
        workbook.setCompressTempFiles(false);
        try {
            GatheringSummary summary = data.summary();
            ReportText text = data.text();
            Styles styles = new Styles(workbook, text.language(), data.profile().accent());
            String title = text.get("title.summary") + " – " + summary.info().title();
            ReportWorkbook book = new ReportWorkbook(workbook, styles, text, title);
            SummarySheets sheets = new SummarySheets(book, summary);
            ProgrammeSheets programme = new ProgrammeSheets(book, summary);
            sheets.overview();
            programme.programme();
            sheets.expectations();
            programme.projects();
            sheets.evaluation();
            FigureSheets figures = new FigureSheets(book, data.profile(), summary, maxRows);
            try (Stream<RespondentScore> scores = data.scores().open()) {
                figures.dieScores(scores.iterator());
            }
            figures.risk();
            try (Stream<DataRow> rows = data.rows().open().map(ReportData.SourcedRow::row)) {
                dataSheet(book, rows.iterator());
            }
            try (Stream<Deviation> deviations = data.deviations().open()) {
                deviationSheet(workbook, deviations.iterator(), styles, maxRows, part -> book.print(part, true, 0));
            }
            properties(workbook, data, title);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void properties(SXSSFWorkbook workbook, ReportData<GatheringSummary> data, String title) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(data.profile().organisation());
        core.setSubjectProperty(data.text().get("meta.subject",
                data.summary().info().network() == null ? data.summary().info().id() : data.summary().info().network()));
        core.setKeywords(data.text().get("meta.keywords"));
        core.setCreated(Optional.of(Date.from(data.created().atZone(ZoneId.systemDefault()).toInstant())));
    }

    private void dataSheet(ReportWorkbook book, Iterator<DataRow> rows) {
        String[] headers = {"Slag", "Fil", "Ark", "Linje", "Kommune", "Respondent", "Parameter / felt / faktor",
                "Forventning / verdi", "Tema", "Fungerte bra", "Hvorfor", "Forbedring", "Terningkast / vurdering"};
        RollingSheet sheet = new RollingSheet(book.workbook(), DATA, maxRows, book.styles(), headers.length,
                cells -> header(cells, headers), 12, 22, 14, 8, 16, 14, 28, 40, 16, 40, 40, 40, 12);
        while (rows.hasNext()) {
            DataRow row = rows.next();
            Cells.RowCells line = sheet.nextRow().text(1, row.origin().file()).text(2, row.origin().sheet())
                    .number(3, row.origin().line());
            if (row instanceof MetaRow m) {
                line.text(0, "Samling").text(6, m.field().displayName()).text(7, m.value());
            } else if (row instanceof ExpectationRow e) {
                line.text(0, "Forventning").text(4, e.municipality()).text(7, e.expectation()).text(8, e.theme());
            } else if (row instanceof EvaluationRow e) {
                line.text(0, "Evaluering").text(4, e.municipality()).text(5, e.respondent()).text(6, e.parameter())
                        .text(9, String.join("\n", e.workedWell())).text(10, String.join("\n", e.why()))
                        .text(11, String.join("\n", e.improvements()));
                if (e.score() != null) {
                    line.number(12, e.score());
                }
            } else if (row instanceof RiskRow k) {
                line.text(0, "Risiko").text(4, k.municipality()).text(5, k.respondent()).text(6, k.factor())
                        .number(12, k.rating());
            } else if (row instanceof AnchoringRow a) {
                line.text(0, "Forankring").text(4, a.municipality()).text(6, a.stage().step() != null
                        ? a.stage().step().displayName() : a.stage().phase().displayName())
                        .text(7, a.date().toString()).text(8, a.comment());
            } else if (row instanceof IndicatorRow i) {
                line.text(0, "Resultat").text(4, i.municipality()).text(6, i.indicator())
                        .text(7, i.date().toString()).decimal(12, i.value());
            } else if (row instanceof ProgrammeRow p) {
                line.text(0, "Program").text(6, p.title()).text(7, String.join(", ", Stream.of(p.date() + " " + p.start()
                        + (p.end() == null ? "" : "–" + p.end()), p.speaker(), p.organisation()).filter(Objects::nonNull)
                        .toList())).text(8, p.type() == null ? null : p.type().displayName());
            } else if (row instanceof ProjectStatusRow p) {
                line.text(0, "Prosjektstatus").text(4, p.municipality()).text(7, labelled(p));
            }
        }
        sheet.finish();
        sheet.parts().forEach(part -> book.print(part, true, 0));
    }

    /** A presentation's headings, one per line, for the one text column the data sheet has for it. */
    private static String labelled(ProjectStatusRow row) {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> headings = new LinkedHashMap<>();
        headings.put("Status", row.status());
        headings.put("Forventet avslutning", row.completion() == null ? List.of() : List.of(row.completion()));
        headings.put("Forankring", row.anchoring());
        headings.put("Risiko", row.risk());
        headings.put("Gevinster", row.benefits());
        headings.put("Måling", row.measurement());
        headings.forEach((heading, points) -> {
            if (!points.isEmpty()) {
                lines.add(heading + ": " + String.join("; ", points));
            }
        });
        return String.join("\n", lines);
    }

    /** Every deviation, one per row, continuing on further sheets past a sheet's row limit. */
    static void deviationSheet(SXSSFWorkbook workbook, Iterator<Deviation> deviations, Styles styles, int maxRows,
                               Consumer<Sheet> print) {
        String[] headers = {"Fil", "Ark", "Linje", "Kolonne", "Verdi", "Årsak", "Konsekvens"};
        RollingSheet sheet = new RollingSheet(workbook, DEVIATIONS, maxRows, styles, headers.length,
                cells -> header(cells, headers), 24, 14, 8, 18, 24, 80, 20);
        while (deviations.hasNext()) {
            Deviation d = deviations.next();
            Cells.RowCells line = sheet.nextRow().text(0, d.file()).text(1, d.sheet()).text(3, d.column())
                    .text(4, d.value()).text(5, d.reason()).text(6, d.consequence().label());
            if (d.line() > 0) {
                line.number(2, d.line());
            }
        }
        sheet.finish();
        sheet.parts().forEach(print);
    }

    static void header(Cells cells, String[] headers) {
        Cells.RowCells row = cells.row(0);
        for (int i = 0; i < headers.length; i++) {
            row.header(i, headers[i]);
        }
    }
}
