package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.lowagie.text.Element;
import com.lowagie.text.Font;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.NextGathering;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeDay;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ProjectPresentation;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The gathering summary's sections on what was on the programme, as the coordinator used to type
 * them: the timetable per day, the municipalities' project presentations and the next gathering.
 * Each is left out when the gathering has none.
 */
final class ProgrammeSections {

    private final ReportPage page;
    private final TaggedPdf pdf;
    private final ReportText text;
    private final PdfFonts fonts;
    /** Breaks and meals: grey on white still has a contrast of more than 7:1. */
    private final Font light;

    ProgrammeSections(ReportPage page, TaggedPdf pdf, ReportText text, PdfFonts fonts) {
        this.page = page;
        this.pdf = pdf;
        this.text = text;
        this.fonts = fonts;
        this.light = fonts.regular(9, ReportPage.GREY);
    }

    /** A table per day: time, the item with its description, who holds it; breaks and meals lighter. */
    void programme(ProgrammeSection programme) throws IOException {
        if (programme.isEmpty()) {
            return;
        }
        page.heading(text.get("section.programme"));
        pdf.paragraph(text.get("intro.programme"), page.body);
        for (ProgrammeDay day : programme.days()) {
            page.subheading(text.day(day.date()));
            List<List<Cell>> rows = new ArrayList<>();
            for (ProgrammeItem item : day.items()) {
                Font font = item.light() ? light : page.body;
                List<Block> what = new ArrayList<>(List.of(Block.text(item.title(), item.light() ? light : page.bold)));
                item.description().forEach(line -> what.add(Block.item(line, font)));
                rows.add(List.of(Cell.of(text.times(item.start(), item.end()), font),
                        new Cell(what, null, Element.ALIGN_LEFT),
                        Cell.of(Objects.toString(text.speaker(item), ""), font)));
            }
            pdf.table(new float[]{1, 4.5f, 2.5f}, List.of(page.headerCell(text.get("col.time")),
                    page.headerCell(text.get("col.item")), page.headerCell(text.get("col.speaker"))), rows);
        }
    }

    /** The parameter, and below it when and by whom the programme items it names were held. */
    Cell parameter(ParameterFeedback parameter, ProgrammeSection programme) {
        List<Block> blocks = new ArrayList<>(List.of(Block.text(parameter.parameter(), page.bold)));
        Font small = fonts.regular(8, ReportPage.GREY);
        parameter.items().forEach(item -> blocks.add(Block.text(text.slot(item, programme.severalDays()), small)));
        return new Cell(blocks, null, Element.ALIGN_LEFT);
    }

    /** One row per municipality under the presentations' five headings, as the evaluation table is laid out. */
    void projects(GatheringSummary summary) throws IOException {
        if (summary.projects().isEmpty()) {
            return;
        }
        page.heading(text.get("section.projects"));
        pdf.paragraph(text.get("intro.projects"), page.body);
        List<Cell> header = new ArrayList<>(List.of(page.headerCell(text.get("col.municipality"))));
        for (String heading : List.of("status", "anchoring", "risk", "benefits", "measurement")) {
            header.add(page.headerCell(text.get("project." + heading), text.get("project." + heading + ".sub")));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ProjectPresentation project : summary.projects()) {
            Cell status = page.statements(summary.cell(project.status()), 0);
            List<Block> statusBlocks = new ArrayList<>(status.blocks());
            if (project.completion() != null) {
                statusBlocks.add(Block.text(text.get("project.completion", project.completionDate() != null
                        ? text.date(project.completionDate()) : project.completion()), page.bold));
            }
            rows.add(List.of(Cell.of(project.municipality(), page.bold),
                    new Cell(statusBlocks, null, Element.ALIGN_LEFT),
                    page.statements(summary.cell(project.anchoring()), 0),
                    page.statements(summary.cell(project.risk()), 0),
                    page.statements(summary.cell(project.benefits()), 0),
                    page.statements(summary.cell(project.measurement()), 0)));
        }
        pdf.table(new float[]{1.1f, 2, 2, 2, 2, 2}, header, rows);
    }

    /** As the seed's closing slide: which gathering, when and where, the news, and its themes. */
    void next(NextGathering next) throws IOException {
        if (next.isEmpty()) {
            return;
        }
        page.heading(text.get("section.next"));
        List<String> facts = text.facts(next);
        if (!facts.isEmpty()) {
            pdf.paragraph(String.join("  ·  ", facts), fonts.regular(11));
        }
        if (!next.notes().isEmpty()) {
            pdf.list(next.notes(), fonts.regular(11));
        }
        if (!next.themes().isEmpty()) {
            pdf.paragraph(text.get("next.themes"), fonts.bold(11));
            pdf.list(next.themes(), fonts.regular(11));
        }
    }
}
