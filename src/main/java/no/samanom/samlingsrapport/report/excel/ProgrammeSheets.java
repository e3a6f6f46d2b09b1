package no.samanom.samlingsrapport.report.excel;

import java.time.LocalTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeDay;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.ProjectPresentation;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The gathering's sheets on its programme: the timetable per day (times as time cells, breaks and
 * meals in grey) and the municipalities' project presentations. Each is left out when the
 * gathering has none, as in the PDF.
 */
final class ProgrammeSheets {

    static final String PROGRAMME = "Program";
    static final String PROJECTS = "Prosjekter";
    private static final double MINUTES_A_DAY = 24 * 60;

    private final ReportWorkbook book;
    private final Styles styles;
    private final ReportText text;
    private final GatheringSummary summary;

    ProgrammeSheets(ReportWorkbook book, GatheringSummary summary) {
        this.book = book;
        this.styles = book.styles();
        this.text = book.text();
        this.summary = summary;
    }

    /** Under the header, each day's title and its items in the order given. */
    void programme() {
        if (summary.programme().isEmpty()) {
            return;
        }
        SXSSFSheet sheet = book.sheet(PROGRAMME, 12, 8, 8, 44, 30, 22, 14, 60);
        Cells cells = new Cells(sheet, styles);
        cells.row(0).header(0, text.get("col.date")).header(1, text.get("col.start")).header(2, text.get("col.end"))
                .header(3, text.get("col.item")).header(4, text.get("col.speaker"))
                .header(5, text.get("col.organisation")).header(6, text.get("col.type"))
                .header(7, text.get("col.description"));
        int r = 1;
        for (ProgrammeDay day : summary.programme().days()) {
            cells.row(r++).text(0, text.day(day.date()), styles.bold);
            for (ProgrammeItem item : day.items()) {
                CellStyle style = item.light() ? styles.light : styles.wrap;
                Cells.RowCells row = cells.row(r++).date(0, item.date())
                        .number(1, dayFraction(item.start()), item.light() ? styles.lightTime : styles.time)
                        .text(3, item.title(), item.light() ? styles.light : styles.boldWrap)
                        .text(4, item.speaker(), style).text(5, item.organisation(), style)
                        .text(6, item.type() == null ? null : text.get("type." + item.type().name()), style)
                        .text(7, String.join("\n", item.description()), style);
                if (item.end() != null) {
                    row.number(2, dayFraction(item.end()), item.light() ? styles.lightTime : styles.time);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        book.print(sheet, true, 0);
    }

    /** A time cell's value: the fraction of a day, as Excel keeps times. */
    private static double dayFraction(LocalTime time) {
        return (time.getHour() * 60 + time.getMinute()) / MINUTES_A_DAY;
    }

    /** One row per municipality under the presentations' five headings, in the order of the PDF. */
    void projects() {
        if (summary.projects().isEmpty()) {
            return;
        }
        SXSSFSheet sheet = book.sheet(PROJECTS, 16, 34, 14, 30, 30, 30, 30);
        Cells cells = new Cells(sheet, styles);
        Cells.RowCells header = cells.row(0).header(0, text.get("col.municipality"))
                .header(2, text.get("col.completion"));
        String[] headings = {"status", null, "anchoring", "risk", "benefits", "measurement"};
        for (int i = 0; i < headings.length; i++) {
            if (headings[i] != null) {
                header.rich(i + 1, SummarySheets.twoLines(styles, text.get("project." + headings[i]),
                        text.get("project." + headings[i] + ".sub")), styles.header);
            }
        }
        int r = 1;
        for (ProjectPresentation project : summary.projects()) {
            Cells.RowCells row = cells.row(r++).text(0, project.municipality(), styles.boldWrap)
                    .text(1, SummarySheets.bullets(text, summary.cell(project.status()), 0), styles.wrap)
                    .text(3, SummarySheets.bullets(text, summary.cell(project.anchoring()), 0), styles.wrap)
                    .text(4, SummarySheets.bullets(text, summary.cell(project.risk()), 0), styles.wrap)
                    .text(5, SummarySheets.bullets(text, summary.cell(project.benefits()), 0), styles.wrap)
                    .text(6, SummarySheets.bullets(text, summary.cell(project.measurement()), 0), styles.wrap);
            if (project.completionDate() != null) {
                row.date(2, project.completionDate());
            } else {
                row.text(2, project.completion(), styles.wrap);
            }
        }
        sheet.createFreezePane(0, 1);
        book.print(sheet, true, 0);
    }
}
