package no.samanom.samlingsrapport.report.excel;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.NextGathering;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.SourceSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.StatementCell;

/**
 * The gathering's sheets that read as its summary: the overview with the key figures and the
 * data basis, the expectations per municipality and the evaluation per parameter. The die-score
 * figures they show are formulas over the cells of {@link FigureSheets}.
 */
final class SummarySheets {

    private final ReportWorkbook book;
    private final Styles styles;
    private final ReportText text;
    private final GatheringSummary summary;

    SummarySheets(ReportWorkbook book, GatheringSummary summary) {
        this.book = book;
        this.styles = book.styles();
        this.text = book.text();
        this.summary = summary;
    }

    void overview() {
        SXSSFSheet sheet = book.sheet(WorkbookReportWriter.OVERVIEW, 34, 70, 10, 10, 10);
        Cells cells = new Cells(sheet, styles);
        GatheringInfo info = summary.info();
        cells.row(0).text(0, book.title(), styles.title);
        cells.row(1).text(0, text.get("programme"));
        int r = 3;
        r = pair(cells, r, text.get("label.network"), info.network());
        r = pair(cells, r, text.get("label.dates"), text.dates(info));
        r = pair(cells, r, text.get("label.place"), info.place());
        r = pair(cells, r, text.get("label.themes"), String.join(", ", info.themes()));
        if (info.number() != null) {
            cells.row(r++).text(0, text.get("title.gathering", info.number()), styles.bold);
        }
        r = next(cells, r, summary.next());
        r++;
        cells.row(r++).header(0, text.get("wb.keyFigures")).header(1, text.get("wb.value"));
        DieScoreSection score = summary.dieScore();
        DataBasis basis = summary.dataBasis();
        cells.row(r++).text(0, text.get("wb.respondents")).number(1, summary.evaluation().respondents());
        if (score.isEmpty()) {
            cells.row(r++).text(0, text.get("wb.scored")).number(1, 0);
        } else {
            cells.row(r++).text(0, text.get("wb.scored"))
                    .formula(1, FigureSheets.COUNT_CELL, score.respondents(), styles.whole);
            cells.row(r++).text(0, text.get("wb.mean"))
                    .formula(1, FigureSheets.MEAN_CELL, score.mean().doubleValue(), styles.decimal);
            cells.row(r++).text(0, text.get("wb.median"))
                    .formula(1, FigureSheets.MEDIAN_CELL, score.median().doubleValue(), null);
        }
        cells.row(r++).text(0, text.get("wb.greatestRisk")).text(1, String.join(", ", summary.risk().greatest()));
        cells.row(r++).text(0, text.get("wb.rowsRead")).number(1, basis.rowsRead());
        cells.row(r++).text(0, text.get("wb.rowsUsed")).number(1, basis.rowsUsed());
        cells.row(r++).text(0, text.get("wb.rowsRejected")).number(1, basis.rowsRejected());
        cells.row(r++).text(0, text.get("wb.deviations")).number(1, basis.deviations());
        r++;
        cells.row(r++).header(0, text.get("col.file")).header(1, text.get("col.sha")).header(2, text.get("col.read"))
                .header(3, text.get("col.used")).header(4, text.get("col.rejected"));
        for (SourceSummary s : basis.sources()) {
            cells.row(r++).text(0, s.file() + (s.rejected() ? " " + text.get("file.rejected") : "")).text(1, s.sha256())
                    .number(2, s.rowsRead()).number(3, s.rowsUsed()).number(4, s.rowsRejected());
        }
        book.print(sheet, false, -1);
    }

    /** The next gathering as the PDF's closing section has it: which, when and where, its themes and news. */
    private int next(Cells cells, int row, NextGathering next) {
        if (next.isEmpty()) {
            return row;
        }
        int r = pair(cells, row + 1, text.get("section.next"), String.join(" · ", text.facts(next)));
        r = pair(cells, r, text.get("wb.nextThemes"), String.join(", ", next.themes()));
        for (String note : next.notes()) {
            r = pair(cells, r, text.get("wb.nextNote"), note);
        }
        return r;
    }

    void expectations() {
        SXSSFSheet sheet = book.sheet(WorkbookReportWriter.EXPECTATIONS, 22, 100);
        Cells cells = new Cells(sheet, styles);
        cells.row(0).header(0, text.get("col.municipality")).header(1, text.get("col.expectations"));
        int r = 1;
        for (MunicipalityExpectations m : summary.expectations().municipalities()) {
            cells.row(r++).text(0, m.municipality(), styles.boldWrap)
                    .text(1, bullets(text, summary.cell(m.expectations()), 0), styles.wrap);
        }
        if (!summary.expectations().themes().isEmpty()) {
            r++;
            cells.row(r++).header(0, text.get("col.theme")).header(1, text.get("col.municipalities"));
            for (var theme : summary.expectations().themes()) {
                cells.row(r++).text(0, theme.theme()).number(1, theme.municipalities());
            }
        }
        sheet.createFreezePane(0, 1);
        book.print(sheet, true, 0);
    }

    void evaluation() {
        SXSSFSheet sheet = book.sheet(WorkbookReportWriter.EVALUATION, 28, 55, 55, 55);
        Cells cells = new Cells(sheet, styles);
        cells.row(0).rich(0, twoLines(styles, text.get("col.parameter"), null), styles.header)
                .rich(1, twoLines(styles, text.get("col.workedWell"), text.get("col.workedWell.sub")), styles.header)
                .rich(2, twoLines(styles, text.get("col.why"), text.get("col.why.sub")), styles.header)
                .rich(3, twoLines(styles, text.get("col.improvements"), text.get("col.improvements.sub")), styles.header);
        int m = summary.evaluation().respondents();
        int r = 1;
        for (ParameterFeedback p : summary.evaluation().parameters()) {
            Cells.RowCells row = cells.row(r++);
            if (p.items().isEmpty()) {
                row.text(0, p.parameter(), styles.boldWrap);
            } else {
                row.rich(0, withSlots(p), styles.boldWrap);
            }
            row.text(1, bullets(text, summary.cell(p.workedWell()), m), styles.wrap)
                    .text(2, bullets(text, summary.cell(p.why()), m), styles.wrap)
                    .text(3, bullets(text, summary.cell(p.improvements()), m), styles.wrap);
        }
        r++;
        DieScoreSection score = summary.dieScore();
        String[] line = text.get("dieScore.line", "{0}").split("\\{0}", 2);
        Cells.RowCells mean = cells.row(r).text(0, line[0].strip(), styles.boldWrap).text(2, line[1].strip(), styles.bold);
        if (score.isEmpty()) {
            mean.text(1, "–", styles.bold);
        } else {
            mean.formula(1, FigureSheets.MEAN_CELL, score.mean().doubleValue(), styles.decimal);
        }
        sheet.createFreezePane(0, 1);
        book.print(sheet, true, 0);
    }

    /** The cell's statements as bullet lines, and how many more there are: the same as in the PDF. */
    static String bullets(ReportText text, StatementCell cell, int respondents) {
        StringBuilder lines = new StringBuilder();
        for (Statement statement : cell.shown()) {
            lines.append(lines.length() > 0 ? "\n• " : "• ").append(text.statement(statement, respondents));
        }
        if (cell.more() > 0) {
            lines.append('\n').append(text.get("statement.more", cell.more()));
        }
        return lines.toString();
    }

    /** The parameter in bold, and under it in grey when and by whom the programme items it names were held. */
    private XSSFRichTextString withSlots(ParameterFeedback parameter) {
        StringBuilder lines = new StringBuilder(parameter.parameter());
        parameter.items().forEach(item -> lines.append('\n').append(text.slot(item, summary.programme().severalDays())));
        XSSFRichTextString rich = new XSSFRichTextString(lines.toString());
        rich.applyFont(0, parameter.parameter().length(), styles.boldFont);
        rich.applyFont(parameter.parameter().length(), rich.length(), styles.greyFont);
        return rich;
    }

    /** A header of two lines: the bold title, then the explanation in plain type. */
    static XSSFRichTextString twoLines(Styles styles, String title, String subtitle) {
        XSSFRichTextString rich = new XSSFRichTextString(subtitle == null ? title : title + "\n" + subtitle);
        rich.applyFont(0, title.length(), styles.boldFont);
        if (subtitle != null) {
            rich.applyFont(title.length(), rich.length(), styles.plainFont);
        }
        return rich;
    }

    private static int pair(Cells cells, int row, String label, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        cells.row(row).text(0, label).text(1, value);
        return row + 1;
    }
}
