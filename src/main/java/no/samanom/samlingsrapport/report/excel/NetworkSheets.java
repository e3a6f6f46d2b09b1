package no.samanom.samlingsrapport.report.excel;

import java.awt.Color;
import java.util.Iterator;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import no.samanom.samlingsrapport.input.DataRow.AnchoringRow;
import no.samanom.samlingsrapport.input.IndicatorBands.Band;
import no.samanom.samlingsrapport.input.DataRow.IndicatorRow;
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.NetworkSummary.ExpectationsOverTime;
import no.samanom.samlingsrapport.report.NetworkSummary.FactorChange;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorSeries;
import no.samanom.samlingsrapport.report.NetworkSummary.IndicatorTrend;
import no.samanom.samlingsrapport.report.NetworkSummary.Member;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityAnchoring;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityChange;
import no.samanom.samlingsrapport.report.NetworkSummary.Occurrence;
import no.samanom.samlingsrapport.report.NetworkSummary.Point;
import no.samanom.samlingsrapport.report.NetworkSummary.Recurring;
import no.samanom.samlingsrapport.report.NetworkSummary.StageAt;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportData.SourcedRow;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The development report's sheets: the overview with a chart of the die scores, then one flat,
 * filterable list per section (changes and distances to targets as live formulas cached with
 * the summary's figures), and the anchoring and result rows behind them.
 */
final class NetworkSheets {

    private static final String OVERVIEW = "Utvikling";
    private static final String IMPROVEMENTS = "Forbedringspunkt";
    private static final String RISK = "Risiko";
    private static final String ANCHORING = "Forankring";
    private static final String RESULTS = "Resultater";
    private static final String BANDS = "Bånd";
    private static final String EXPECTATIONS = "Forventninger";
    private static final String DATA = "Data";

    private final ReportWorkbook book;
    private final Styles styles;
    private final ReportText text;
    private final Profile profile;
    private final NetworkSummary summary;

    NetworkSheets(ReportWorkbook book, Profile profile, NetworkSummary summary) {
        this.book = book;
        this.styles = book.styles();
        this.text = book.text();
        this.profile = profile;
        this.summary = summary;
    }

    /** Title, key figures, and the die score per gathering with a native chart of the means. */
    void overview() {
        SXSSFSheet sheet = book.sheet(OVERVIEW, 30, 40, 26, 14, 16, 12);
        Cells cells = new Cells(sheet, styles);
        cells.row(0).text(0, book.title(), styles.title);
        cells.row(1).text(0, text.get("programme"));
        cells.row(2).text(0, text.get("label.network")).text(1, summary.name());
        int r = 4;
        var glance = summary.glance();
        cells.row(r++).header(0, text.get("wb.keyFigures")).header(1, text.get("wb.value"));
        if (glance.dieScoreChange() != null) {
            cells.row(r++).text(0, text.get("col.first") + " – " + text.get("wb.mean"))
                    .decimal(1, glance.firstMean());
            cells.row(r++).text(0, text.get("col.latest") + " – " + text.get("wb.mean"))
                    .decimal(1, glance.latestMean());
            cells.row(r).text(0, text.get("col.change")).formula(1, "B" + r + "-B" + (r - 1),
                    glance.dieScoreChange().doubleValue(), styles.decimal);
            r++;
        }
        cells.row(r++).text(0, text.get("wb.greatestRisk")).text(1, String.join(", ", glance.greatestRisk()));
        if (glance.measured() > 0) {
            cells.row(r++).text(0, text.get("network.indicators"))
                    .text(1, text.get("network.glance.indicators", glance.reached(), glance.measured()));
        }
        r++;
        int header = r;
        cells.row(r++).header(0, text.get("col.gathering")).header(1, text.get("col.title"))
                .header(2, text.get("col.date")).header(3, text.get("col.respondents"))
                .header(4, text.get("col.scored")).header(5, text.get("col.meanScore"));
        for (Member m : summary.gatherings()) {
            cells.row(r++).text(0, text.gathering(m.info())).text(1, m.info().title()).text(2, text.dates(m.info()))
                    .number(3, m.respondents()).number(4, m.scored()).decimal(5, m.mean());
        }
        if (!summary.gatherings().isEmpty()) {
            NativeCharts.bars(book.workbook(), sheet, false, text.get("network.dieScore"), text.get("col.meanScore"),
                    new CellRangeAddress(header + 1, r - 1, 0, 0), new CellRangeAddress(header + 1, r - 1, 5, 5),
                    profile.accent(), text.get("network.dieScore.axis"), new int[]{0, r + 1, 5, r + 19});
        }
        book.print(sheet, true, -1);
    }

    void improvements() {
        Cells cells = table(IMPROVEMENTS, new int[]{60, 30, 8, 8}, text.get("col.improvement"),
                text.get("col.gathering"), text.get("wb.network.count"), text.get("wb.network.of"));
        int r = 1;
        for (Recurring recurring : summary.recurringImprovements()) {
            for (Occurrence o : recurring.occurrences()) {
                cells.row(r++).text(0, recurring.text()).text(1, label(o.gathering()))
                        .number(2, o.count()).number(3, o.respondents());
            }
        }
        finish(cells, r, 4);
    }

    /** Overall, then per municipality: first, latest, and the change as a formula over them. */
    void risk() {
        Cells cells = table(RISK, new int[]{22, 34, 10, 10, 10}, text.get("wb.network.municipality"),
                text.get("wb.network.factor"), text.get("col.first"), text.get("col.latest"), text.get("col.change"));
        int r = 1;
        for (FactorChange f : summary.risk().factors()) {
            r = change(cells, r, "", f);
        }
        for (MunicipalityChange m : summary.risk().municipalities()) {
            if (m.suppressed()) {
                cells.row(r++).text(0, m.municipality()).text(1,
                        text.get("risk.suppressed", summary.risk().smallGroupThreshold()));
                continue;
            }
            for (FactorChange f : m.factors()) {
                if (f.first() != null || f.latest() != null) {
                    r = change(cells, r, m.municipality(), f);
                }
            }
        }
        finish(cells, r, 5);
    }

    private int change(Cells cells, int r, String municipality, FactorChange f) {
        Cells.RowCells row = cells.row(r).text(0, municipality).text(1, f.factor()).decimal(2, f.first())
                .decimal(3, f.latest());
        if (f.change() != null) {
            row.formula(4, "D" + (r + 1) + "-C" + (r + 1), f.change().doubleValue(), styles.decimal);
        }
        return r + 1;
    }

    void anchoring() {
        Cells cells = table(ANCHORING, new int[]{22, 12, 16, 18, 12, 50, 12}, text.get("wb.network.municipality"),
                text.get("col.date"), text.get("wb.network.phase"), text.get("wb.network.step"),
                text.get("wb.network.level"), text.get("wb.network.comment"), text.get("col.now"));
        int r = 1;
        for (MunicipalityAnchoring a : summary.anchoring()) {
            for (StageAt stage : a.history()) {
                cells.row(r++).text(0, a.municipality()).date(1, stage.date())
                        .text(2, text.get("phase." + stage.stage().phase().name()))
                        .text(3, stage.stage().step() == null ? "" : text.get("step." + stage.stage().step().name()))
                        .number(4, stage.stage().level()).text(5, stage.comment())
                        .text(6, stage == a.current() ? "●" : "");
            }
        }
        finish(cells, r, 7);
    }

    /**
     * Every measurement and target, then the status per series, the distance as a formula, and the
     * latest measurement's band as a formula over the sheet of bands, so that a changed band recomputes.
     */
    void results() {
        Cells cells = table(RESULTS, new int[]{26, 20, 12, 12, 12, 12, 12, 14, 30, 24}, text.get("wb.network.indicator"),
                text.get("wb.network.municipality"), text.get("col.value"), text.get("col.date"),
                text.get("col.target"), text.get("col.date"), text.get("col.gap"), text.get("col.status"),
                text.get("col.source"), text.get("col.band"));
        int r = 1;
        int bandRow = 2; // where the indicator's bands start on the sheet of bands, as bands() writes them
        for (IndicatorTrend trend : summary.indicators()) {
            String from = ReportWorkbook.quoted(BANDS) + "!$B$" + bandRow + ":$B$" + (bandRow + trend.bands().size() - 1);
            String label = ReportWorkbook.quoted(BANDS) + "!$C$" + bandRow + ":$C$" + (bandRow + trend.bands().size() - 1);
            bandRow += trend.bands().size();
            for (IndicatorSeries s : trend.series()) {
                Point latest = s.latest();
                Cells.RowCells row = cells.row(r).text(0, trend.indicator()).text(1, s.municipality())
                        .text(8, String.join(", ", s.sources()));
                if (latest != null) {
                    row.decimal(2, latest.value()).date(3, latest.date());
                    if (!trend.bands().isEmpty()) {
                        row.textFormula(9, "IFERROR(LOOKUP(C" + (r + 1) + "," + from + "," + label + "),\"\")",
                                s.band() == null ? "" : s.band().label(text.language()));
                    }
                }
                if (s.status() != null) {
                    row.decimal(4, s.status().target().value()).date(5, s.status().target().date())
                            .formula(6, "C" + (r + 1) + "-E" + (r + 1), s.status().gap().doubleValue(), styles.decimal)
                            .text(7, text.get(s.status().reached() ? "status.reached" : "status.notReached"));
                } else {
                    row.text(7, text.get("status.none"));
                }
                r++;
            }
        }
        finish(cells, r, 10);
    }

    /**
     * The bands of each indicator the report shows, lowest first, as templates/indikatorbaand.csv
     * gives them: the table the results' band formulas look up, in the report's language.
     */
    void bands() {
        Cells cells = table(BANDS, new int[]{26, 12, 28, 12, 34}, text.get("wb.bands.indicator"),
                text.get("wb.bands.from"), text.get("wb.bands.label"), text.get("wb.bands.colour"),
                text.get("wb.bands.source"));
        int r = 1;
        for (IndicatorTrend trend : summary.indicators()) {
            for (Band band : trend.bands()) {
                XSSFCellStyle fill = (XSSFCellStyle) book.workbook().createCellStyle();
                fill.setFillForegroundColor(new XSSFColor(Color.decode(band.colour()), null));
                fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                cells.row(r++).text(0, trend.indicator()).decimal(1, band.from()).text(2, band.label(text.language()))
                        .text(3, band.colour(), fill).text(4, trend.bandSource());
            }
        }
        finish(cells, r, 5);
    }

    void expectations() {
        Cells cells = table(EXPECTATIONS, new int[]{22, 30, 90}, text.get("wb.network.municipality"),
                text.get("col.gathering"), text.get("col.expectations"));
        int r = 1;
        for (ExpectationsOverTime e : summary.expectations()) {
            for (int g = 0; g < summary.gatherings().size(); g++) {
                for (Statement statement : e.perGathering().get(g)) {
                    cells.row(r++).text(0, e.municipality()).text(1, text.gathering(summary.gatherings().get(g).info()))
                            .text(2, statement.text());
                }
            }
        }
        finish(cells, r, 3);
    }

    /** The anchoring and result rows behind the figures, each with its gathering (or folder), file and line. */
    void data(Iterator<SourcedRow> rows) {
        Cells cells = table(DATA, new int[]{12, 20, 18, 12, 8, 20, 24, 12, 10, 10, 10, 30},
                text.get("wb.network.kind"), text.get("wb.network.source"), text.get("col.file"), "Ark", "Linje",
                text.get("wb.network.municipality"), text.get("wb.network.indicator") + " / " + text.get("wb.network.phase"),
                text.get("col.date"), text.get("wb.network.level") + " / " + text.get("wb.value"), text.get("col.target"),
                text.get("wb.network.scale"), text.get("wb.network.comment") + " / " + text.get("col.source"));
        int r = 1;
        while (rows.hasNext()) {
            SourcedRow sourced = rows.next();
            Cells.RowCells row = cells.row(r++).text(1, sourced.source()).text(2, sourced.row().origin().file())
                    .text(3, sourced.row().origin().sheet()).number(4, sourced.row().origin().line());
            if (sourced.row() instanceof AnchoringRow a) {
                row.text(0, ANCHORING).text(5, a.municipality()).text(6, text.stage(a.stage())).date(7, a.date())
                        .number(8, a.stage().level()).text(11, a.comment());
            } else if (sourced.row() instanceof IndicatorRow i) {
                row.text(0, RESULTS).text(5, i.municipality()).text(6, i.indicator()).date(7, i.date())
                        .decimal(8, i.value()).decimal(9, i.target()).text(10, i.scale()).text(11, i.source());
            }
        }
        finish(cells, r, 12);
    }

    private Cells table(String name, int[] widths, String... headers) {
        SXSSFSheet sheet = book.sheet(name, widths);
        Cells cells = new Cells(sheet, styles);
        WorkbookReportWriter.header(cells, headers);
        sheet.createFreezePane(0, 1);
        return cells;
    }

    private void finish(Cells cells, int rows, int columns) {
        ((SXSSFSheet) cells.sheet()).setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        book.print(cells.sheet(), true, 0);
    }

    private String label(String id) {
        return summary.gatherings().stream().filter(m -> m.info().id().equals(id)).findFirst()
                .map(m -> text.gathering(m.info())).orElse(id);
    }
}
