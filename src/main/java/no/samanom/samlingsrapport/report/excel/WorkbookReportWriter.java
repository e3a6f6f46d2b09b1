package no.samanom.samlingsrapport.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.DataRow;
import no.samanom.samlingsrapport.input.DataRow.EvaluationRow;
import no.samanom.samlingsrapport.input.DataRow.ExpectationRow;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.DataRow.RiskRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.GatheringSummary.SourceSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportWriter;

/**
 * The gathering's workbook: the report's tables, then every normalised row and every
 * deviation. Written streaming, so a million rows do not need a million rows of memory.
 */
@Component
@Order(2)
public class WorkbookReportWriter implements ReportWriter {

    private static final int WINDOW = 200;

    @Override
    public String fileName(String id) {
        return id + ".xlsx";
    }

    @Override
    public void write(ReportData data, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            GatheringSummary summary = data.summary();
            ReportText text = data.text();
            overview(workbook, summary, text, styles);
            expectations(workbook, summary, text, styles);
            evaluation(workbook, summary, text, styles);
            risk(workbook, summary.risk(), text, styles);
            try (Stream<DataRow> rows = data.rows().open()) {
                dataSheet(workbook, rows.iterator(), styles);
            }
            try (Stream<Deviation> deviations = data.deviations().open()) {
                deviationSheet(workbook, deviations.iterator(), styles);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void overview(SXSSFWorkbook workbook, GatheringSummary summary, ReportText text, Styles styles) {
        Sheet sheet = workbook.createSheet("Oppsummering");
        Cells cells = new Cells(sheet, styles);
        cells.row(0).text(0, "Oppsummering – " + summary.info().title(), styles.title);
        cells.row(1).text(0, "Nettverk").text(1, nullToEmpty(summary.info().network()));
        cells.row(2).text(0, "Datoer").text(1, text.dates(summary.info()));
        cells.row(3).text(0, "Sted").text(1, nullToEmpty(summary.info().place()));
        DieScoreSection score = summary.dieScore();
        cells.row(5).text(0, "Respondenter (evaluering)").number(1, summary.evaluation().respondents());
        cells.row(6).text(0, "Respondenter med terningkast").number(1, score.respondents());
        cells.row(7).text(0, "Gjennomsnittlig terningkast")
                .text(1, score.isEmpty() ? "" : text.decimal(score.mean()));
        cells.row(8).text(0, "Største risiko").text(1, String.join(", ", summary.risk().greatest()));
        DataBasis basis = summary.dataBasis();
        cells.row(10).text(0, "Rader lest").number(1, basis.rowsRead());
        cells.row(11).text(0, "Rader brukt").number(1, basis.rowsUsed());
        cells.row(12).text(0, "Rader forkastet").number(1, basis.rowsRejected());
        cells.row(13).text(0, "Avvik").number(1, basis.deviations());
        cells.row(15).header(0, "Fil").header(1, "SHA-256").header(2, "Lest").header(3, "Brukt").header(4, "Forkastet");
        int r = 16;
        for (SourceSummary s : basis.sources()) {
            cells.row(r++).text(0, s.file() + (s.rejected() ? " (avvist)" : "")).text(1, s.sha256())
                    .number(2, s.rowsRead()).number(3, s.rowsUsed()).number(4, s.rowsRejected());
        }
        widths(sheet, 30, 70, 10, 10, 10);
    }

    private void expectations(SXSSFWorkbook workbook, GatheringSummary summary, ReportText text, Styles styles) {
        Sheet sheet = workbook.createSheet("Forventninger");
        Cells cells = new Cells(sheet, styles);
        cells.row(0).header(0, "Kommune").header(1, "Forventninger");
        int r = 1;
        for (MunicipalityExpectations m : summary.expectations().municipalities()) {
            cells.row(r++).text(0, m.municipality(), styles.bold).text(1, bullets(m.expectations(), 0, text), styles.wrap);
        }
        if (!summary.expectations().themes().isEmpty()) {
            r++;
            cells.row(r++).header(0, "Tema").header(1, "Antall kommuner");
            for (var theme : summary.expectations().themes()) {
                cells.row(r++).text(0, theme.theme()).number(1, theme.municipalities());
            }
        }
        widths(sheet, 20, 90);
    }

    private void evaluation(SXSSFWorkbook workbook, GatheringSummary summary, ReportText text, Styles styles) {
        Sheet sheet = workbook.createSheet("Evaluering");
        Cells cells = new Cells(sheet, styles);
        cells.row(0).header(0, "PARAMETER").header(1, "SPESIFIKK TILBAKEMELDING\n(Hva fungerte bra)")
                .header(2, "SUKSESSKRITERIER\n(Hvorfor)").header(3, "MULIGE FORBEDRINGSPUNKT\n(Hva kunne vært bedre, og hvordan)");
        int m = summary.evaluation().respondents();
        int r = 1;
        for (ParameterFeedback p : summary.evaluation().parameters()) {
            cells.row(r++).text(0, p.parameter(), styles.bold).text(1, bullets(p.workedWell(), m, text), styles.wrap)
                    .text(2, bullets(p.why(), m, text), styles.wrap).text(3, bullets(p.improvements(), m, text), styles.wrap);
        }
        DieScoreSection score = summary.dieScore();
        r++;
        cells.row(r++).text(0, "GJENNOMSNITTLIG TERNINGKAST: "
                + (score.isEmpty() ? "–" : text.decimal(score.mean())) + " (Skala fra 1-6)", styles.bold);
        cells.row(r++).text(0, "Respondenter med terningkast").number(1, score.respondents());
        cells.row(r).header(0, "Terningkast");
        for (int v = 1; v <= 6; v++) {
            cells.row(r).header(v, Integer.toString(v));
            cells.row(r + 1).number(v, score.distribution().get(v - 1));
        }
        cells.row(r + 1).text(0, "Antall");
        widths(sheet, 24, 50, 50, 50, 8, 8, 8);
    }

    private void risk(SXSSFWorkbook workbook, RiskSection risk, ReportText text, Styles styles) {
        Sheet sheet = workbook.createSheet("Risiko");
        Cells cells = new Cells(sheet, styles);
        cells.row(0).text(0, "Hvor ligger den største risiko? (1 = liten risiko, 10 = stor risiko)", styles.bold);
        cells.row(1).text(0, "Størst risiko: " + String.join(", ", risk.greatest()));
        cells.row(3).header(0, "Risikofaktor").header(1, "Antall").header(2, "Snitt").header(3, "Median");
        int r = 4;
        for (FactorRisk f : risk.ranked()) {
            cells.row(r++).text(0, f.factor()).number(1, f.ratings()).decimal(2, f.mean()).decimal(3, f.median());
        }
        r++;
        Cells.RowCells header = cells.row(r++).header(0, "Kommune");
        for (int i = 0; i < risk.factors().size(); i++) {
            header.header(i + 1, risk.factors().get(i));
        }
        for (MunicipalityRisk m : risk.municipalities()) {
            Cells.RowCells row = cells.row(r++).text(0, m.municipality(), styles.bold);
            if (m.suppressed()) {
                row.text(1, text.get("risk.suppressed", risk.smallGroupThreshold()));
            }
            for (int i = 0; i < m.means().size(); i++) {
                row.decimal(i + 1, m.means().get(i));
            }
        }
        widths(sheet, 30, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14);
    }

    private void dataSheet(SXSSFWorkbook workbook, Iterator<DataRow> rows, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet("Data");
        Cells cells = new Cells(sheet, styles);
        String[] headers = {"Slag", "Fil", "Ark", "Linje", "Kommune", "Respondent", "Parameter / felt / faktor",
                "Forventning / verdi", "Tema", "Fungerte bra", "Hvorfor", "Forbedring", "Terningkast / vurdering"};
        Cells.RowCells header = cells.row(0);
        for (int i = 0; i < headers.length; i++) {
            header.header(i, headers[i]);
        }
        int r = 1;
        while (rows.hasNext()) {
            DataRow row = rows.next();
            Cells.RowCells line = cells.row(r++).text(1, row.origin().file())
                    .text(2, nullToEmpty(row.origin().sheet())).number(3, row.origin().line());
            if (row instanceof MetaRow m) {
                line.text(0, "Samling").text(6, m.field().displayName()).text(7, m.value());
            } else if (row instanceof ExpectationRow e) {
                line.text(0, "Forventning").text(4, e.municipality()).text(7, e.expectation())
                        .text(8, nullToEmpty(e.theme()));
            } else if (row instanceof EvaluationRow e) {
                line.text(0, "Evaluering").text(4, nullToEmpty(e.municipality())).text(5, nullToEmpty(e.respondent()))
                        .text(6, nullToEmpty(e.parameter())).text(9, String.join("\n", e.workedWell()))
                        .text(10, String.join("\n", e.why())).text(11, String.join("\n", e.improvements()));
                if (e.score() != null) {
                    line.number(12, e.score());
                }
            } else if (row instanceof RiskRow k) {
                line.text(0, "Risiko").text(4, k.municipality()).text(5, nullToEmpty(k.respondent()))
                        .text(6, k.factor()).number(12, k.rating());
            }
        }
        finishList(sheet, headers.length, r);
        widths(sheet, 12, 22, 14, 8, 16, 14, 28, 40, 16, 40, 40, 40, 12);
    }

    private void deviationSheet(SXSSFWorkbook workbook, Iterator<Deviation> deviations, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet("Avvik");
        Cells cells = new Cells(sheet, styles);
        String[] headers = {"Fil", "Ark", "Linje", "Kolonne", "Verdi", "Årsak", "Konsekvens"};
        Cells.RowCells header = cells.row(0);
        for (int i = 0; i < headers.length; i++) {
            header.header(i, headers[i]);
        }
        int r = 1;
        while (deviations.hasNext()) {
            Deviation d = deviations.next();
            Cells.RowCells line = cells.row(r++).text(0, d.file()).text(1, nullToEmpty(d.sheet()))
                    .text(3, d.column()).text(4, d.value()).text(5, d.reason()).text(6, d.consequence().label());
            if (d.line() > 0) {
                line.number(2, d.line());
            }
        }
        finishList(sheet, headers.length, r);
        widths(sheet, 24, 14, 8, 18, 24, 80, 20);
    }

    private static void finishList(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Statements as bullet lines, as many as one cell holds; the rest are counted, as in the PDF. */
    private static String bullets(List<Statement> statements, int respondents, ReportText text) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            String line = (cell.length() > 0 ? "\n• " : "• ") + text.statement(statements.get(i), respondents);
            String more = "\n" + text.get("statement.more", statements.size() - i);
            if (cell.length() + line.length() + more.length() > Cells.MAX_TEXT) {
                return cell.append(more).toString();
            }
            cell.append(line);
        }
        return cell.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The workbook's few cell styles, created once: POI caps a workbook's styles. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle decimal;

        Styles(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }
    }
}
