package no.samanom.samlingsrapport.report.excel;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.RespondentScore;

/**
 * The gathering's sheets of figures, the die scores and the risk ratings: formulas over the
 * sheets' own cells, so that a coordinator can trace them, cached with the summary's values,
 * with native charts.
 */
final class FigureSheets {

    private static final String DIE_SCORES_SHEET = ReportWorkbook.quoted(WorkbookReportWriter.DIE_SCORES);
    /** Where the die-score statistics stand on the Terningkast sheet, as the other sheets' formulas refer to them. */
    static final String COUNT_CELL = DIE_SCORES_SHEET + "!$E$2";
    static final String MEAN_CELL = DIE_SCORES_SHEET + "!$E$3";
    static final String MEDIAN_CELL = DIE_SCORES_SHEET + "!$E$4";
    private static final int STATS_ROWS = 12;

    private final ReportWorkbook book;
    private final Styles styles;
    private final ReportText text;
    private final Profile profile;
    private final GatheringSummary summary;
    private final int maxRows;

    FigureSheets(ReportWorkbook book, Profile profile, GatheringSummary summary, int maxRows) {
        this.book = book;
        this.styles = book.styles();
        this.text = book.text();
        this.profile = profile;
        this.summary = summary;
        this.maxRows = maxRows;
    }

    /**
     * One row per respondent with a score, and beside the list the count, mean, median and the
     * count of each score as formulas over it, with a native column chart of the counts.
     */
    void dieScores(Iterator<RespondentScore> scores) {
        DieScoreSection score = summary.dieScore();
        SXSSFWorkbook workbook = book.workbook();
        RollingSheet list = new RollingSheet(workbook, WorkbookReportWriter.DIE_SCORES, maxRows, styles, 2, cells -> {
            Cells.RowCells header = cells.row(0).header(0, text.get("wb.respondent")).header(1, text.get("wb.score"));
            if (cells.sheet().getSheetName().equals(WorkbookReportWriter.DIE_SCORES)) {
                header.header(3, text.get("wb.keyFigures")).header(4, text.get("wb.value"));
            }
        }, 28, 12, 2, 28, 12);
        List<String> ranges = scoreRanges(score.respondents());
        int written = 0;
        while (scores.hasNext() || written < STATS_ROWS - 1) {
            Cells.RowCells row = list.nextRow();
            written++;
            if (scores.hasNext()) {
                RespondentScore s = scores.next();
                row.text(0, s.respondent() != null ? s.respondent() : text.get("respondent.anonymous", s.line()))
                        .number(1, s.score());
            }
            if (written < STATS_ROWS) {
                statistics(row, written, score, ranges);
            }
        }
        list.finish();
        if (!score.isEmpty()) {
            NativeCharts.bars(workbook, list.parts().get(0), false, text.get("wb.distribution"), text.get("wb.count"),
                    new CellRangeAddress(6, 11, 3, 3), new CellRangeAddress(6, 11, 4, 4), profile.accent(),
                    text.get("dieScore.count"), new int[]{6, 1, 14, 18});
        }
        list.parts().forEach(part -> book.print(part, false, 0));
    }

    /** Row {@code row} of the statistics block beside the list (rows 1 to 11). */
    private void statistics(Cells.RowCells cells, int row, DieScoreSection score, List<String> ranges) {
        String all = String.join(",", ranges);
        switch (row) {
            case 1 -> cells.text(3, text.get("wb.scored")).formula(4, "COUNT(" + all + ")", score.respondents(), styles.whole);
            case 2 -> {
                cells.text(3, text.get("wb.mean"));
                if (!score.isEmpty()) {
                    cells.formula(4, "AVERAGE(" + all + ")", score.mean().doubleValue(), styles.decimal);
                }
            }
            case 3 -> {
                cells.text(3, text.get("wb.median"));
                if (!score.isEmpty()) {
                    cells.formula(4, "MEDIAN(" + all + ")", score.median().doubleValue(), null);
                }
            }
            case 5 -> cells.header(3, text.get("wb.score")).header(4, text.get("wb.count"));
            default -> {
                if (row >= 6 && row <= 11) {
                    int value = row - 5;
                    String formula = ranges.stream().map(range -> "COUNTIF(" + range + "," + value + ")")
                            .collect(Collectors.joining("+"));
                    cells.number(3, value).formula(4, formula, score.distribution().get(value - 1), styles.whole);
                }
            }
        }
    }

    /** The score column of each part of the list, e.g. 'Terningkast'!$B$2:$B$11. */
    private List<String> scoreRanges(int respondents) {
        List<String> ranges = new ArrayList<>();
        int perPart = maxRows - 1;
        int left = Math.max(respondents, 1);
        for (int part = 1; left > 0; part++, left -= perPart) {
            int rows = Math.min(left, perPart);
            String name = RollingSheet.partName(WorkbookReportWriter.DIE_SCORES, part);
            ranges.add(ReportWorkbook.quoted(name) + "!$B$2:$B$" + (rows + 1));
        }
        return ranges;
    }

    /**
     * The printed form: factors down, the scale across with the number of ratings at each
     * point, then count and mean as formulas over them; a native bar chart of the means; the
     * municipality by factor matrix with a colour scale.
     */
    void risk() {
        RiskSection risk = summary.risk();
        SXSSFSheet sheet = book.sheet(WorkbookReportWriter.RISK, 30, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9);
        Cells cells = new Cells(sheet, styles);
        cells.row(0).text(0, text.get("section.risk"), styles.title);
        cells.row(1).text(0, text.get("wb.scale"));
        if (risk.isEmpty()) {
            cells.row(3).text(0, text.get("none.risk"));
            book.print(sheet, true, -1);
            return;
        }
        int headerRow = 3;
        Cells.RowCells header = cells.row(headerRow).header(0, text.get("col.factor"));
        for (int point = 1; point <= 10; point++) {
            header.number(point, point, styles.header); // numbers, so that the mean can weigh the counts by them
        }
        header.header(11, text.get("col.ratings")).header(12, text.get("col.mean")).header(13, text.get("col.median"));
        int r = headerRow + 1;
        for (String factor : risk.factors()) {
            FactorRisk figures = risk.ranked().stream().filter(f -> f.factor().equals(factor)).findFirst().orElse(null);
            Cells.RowCells row = cells.row(r).text(0, factor, risk.greatest().contains(factor) ? styles.bold : null);
            int excelRow = r + 1;
            if (figures != null) {
                for (int point = 1; point <= 10; point++) {
                    row.number(point, figures.distribution().get(point - 1));
                }
                row.formula(11, "SUM(B" + excelRow + ":K" + excelRow + ")", figures.ratings(), styles.whole);
                row.formula(12, "SUMPRODUCT(B" + excelRow + ":K" + excelRow + ",$B$" + (headerRow + 1) + ":$K$"
                        + (headerRow + 1) + ")/L" + excelRow, figures.mean().doubleValue(), styles.decimal);
                row.decimal(13, figures.median());
            }
            r++;
        }
        int lastFactorRow = r - 1;
        r++;
        cells.row(r++).text(0, text.get("risk.greatest", String.join(", ", risk.greatest()),
                text.decimal(risk.ranked().get(0).mean())), styles.bold);
        r++;
        int matrixTop = matrix(cells, r, risk);
        NativeCharts.bars(book.workbook(), sheet, true, text.get("wb.meanPerFactor"), text.get("col.mean"),
                new CellRangeAddress(headerRow + 1, lastFactorRow, 0, 0),
                new CellRangeAddress(headerRow + 1, lastFactorRow, 12, 12), profile.accent(), text.get("risk.axis"),
                new int[]{15, 2, 24, Math.max(matrixTop, 20)});
        book.print(sheet, true, headerRow);
    }

    /** The municipality by factor matrix from row {@code top}; returns the row after it. */
    private int matrix(Cells cells, int top, RiskSection risk) {
        cells.row(top).text(0, text.get("risk.matrix"), styles.bold);
        Cells.RowCells header = cells.row(top + 1).header(0, text.get("col.municipality")).height(110);
        for (int i = 0; i < risk.factors().size(); i++) {
            header.text(i + 1, risk.factors().get(i), styles.verticalHeader); // upright names fit the narrow columns
        }
        int r = top + 2;
        for (MunicipalityRisk m : risk.municipalities()) {
            Cells.RowCells row = cells.row(r++).text(0, m.municipality(), styles.bold);
            if (m.suppressed()) {
                row.text(1, text.get("risk.suppressed", risk.smallGroupThreshold()));
            }
            for (int i = 0; i < m.means().size(); i++) {
                row.decimal(i + 1, m.means().get(i));
            }
        }
        if (r > top + 2) {
            colourScale(cells.sheet(), new CellRangeAddress(top + 2, r - 1, 1, risk.factors().size()));
        }
        return r;
    }

    /** White at 1, the highlight colour at 10: the risk scale, the same for every workbook. */
    private void colourScale(Sheet sheet, CellRangeAddress range) {
        XSSFSheetConditionalFormatting formatting = (XSSFSheetConditionalFormatting) sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
        scale.getThresholds()[0].setValue(1d);
        scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
        scale.getThresholds()[1].setValue(10d);
        scale.setColors(new XSSFColor[]{new XSSFColor(Color.WHITE, null), new XSSFColor(profile.highlight(), null)});
        formatting.addConditionalFormatting(new CellRangeAddress[]{range}, rule);
    }
}
