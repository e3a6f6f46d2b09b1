package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.lowagie.text.Element;
import com.lowagie.text.Font;

import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.DieScoreSection;
import no.samanom.samlingsrapport.report.GatheringSummary.EvaluationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.ExpectationSection;
import no.samanom.samlingsrapport.report.GatheringSummary.FactorRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityExpectations;
import no.samanom.samlingsrapport.report.GatheringSummary.MunicipalityRisk;
import no.samanom.samlingsrapport.report.GatheringSummary.ParameterFeedback;
import no.samanom.samlingsrapport.report.GatheringSummary.RiskSection;
import no.samanom.samlingsrapport.report.GatheringSummary.SourceSummary;
import no.samanom.samlingsrapport.report.GatheringSummary.ThemeCount;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.ReportWriter;

/**
 * The gathering's summary as an archival PDF (PDF/A-2a and PDF/UA-1) that reads like the
 * original "Oppsummering": title block, programme, expectations, project presentations, the
 * evaluation table, the die score, the risk picture, the next gathering and the data basis.
 */
@Component
@Order(1)
public class PdfReportWriter implements ReportWriter<GatheringSummary> {

    /** Parsed once: a font file is 700 kB, and a run may write hundreds of reports. */
    private final PdfFonts fonts = PdfFonts.load();

    @Override
    public String fileName(String id) {
        return id + ".pdf";
    }

    @Override
    public void write(ReportData<GatheringSummary> data, OutputStream out) throws IOException {
        GatheringSummary summary = data.summary();
        ReportText text = data.text();
        Profile profile = data.profile();
        GatheringInfo info = summary.info();
        String title = text.get("title.summary") + " – " + info.title();
        TaggedPdf.Meta meta = new TaggedPdf.Meta(title,
                text.get("meta.subject", info.network() == null ? info.id() : info.network()),
                profile.organisation(), text.get("meta.keywords"), text.language().tag(), data.created(),
                text.get("page.header", text.get("programme"), info.title()), text.get("page.footer", "{0}", "{1}"));
        try (TaggedPdf pdf = new TaggedPdf(out, meta, fonts)) {
            ReportPage page = new ReportPage(pdf, text, profile, fonts);
            ProgrammeSections programme = new ProgrammeSections(page, pdf, text, fonts);
            Sections sections = new Sections(page, pdf, text, profile, programme);
            sections.titleBlock(info, title);
            programme.programme(summary.programme());
            sections.expectations(summary);
            programme.projects(summary);
            sections.evaluation(summary);
            sections.dieScore(summary.dieScore());
            sections.risk(summary.risk());
            programme.next(summary.next());
            sections.dataBasis(summary.dataBasis());
        }
    }

    /**
     * The gathering summary's sections, in the order the original "Oppsummering" has them; the
     * programme's are {@link ProgrammeSections}.
     */
    private final class Sections {
        private final ReportPage page;
        private final TaggedPdf pdf;
        private final ReportText text;
        private final Profile profile;
        private final ProgrammeSections programme;

        Sections(ReportPage page, TaggedPdf pdf, ReportText text, Profile profile, ProgrammeSections programme) {
            this.page = page;
            this.pdf = pdf;
            this.text = text;
            this.profile = profile;
            this.programme = programme;
        }

        void titleBlock(GatheringInfo info, String title) throws IOException {
            page.title(title);
            List<String> facts = new ArrayList<>();
            if (info.network() != null) {
                facts.add(text.get("label.network") + ": " + info.network());
            }
            if (info.number() != null) {
                facts.add(text.get("title.gathering", info.number()));
            }
            if (info.from() != null || info.to() != null) {
                facts.add(text.dates(info));
            }
            if (info.place() != null) {
                facts.add(info.place());
            }
            if (!facts.isEmpty()) {
                pdf.paragraph(String.join("  ·  ", facts), fonts.regular(11));
            }
            if (!info.themes().isEmpty()) {
                pdf.paragraph(text.get("label.themes") + ": " + String.join(", ", info.themes()), fonts.regular(11));
            }
        }

        void expectations(GatheringSummary summary) throws IOException {
            ExpectationSection section = summary.expectations();
            if (!page.section("section.expectations", section.isEmpty(), "none.expectations")) {
                return;
            }
            pdf.paragraph(text.get("intro.expectations"), page.body);
            List<List<Cell>> rows = new ArrayList<>();
            for (MunicipalityExpectations m : section.municipalities()) {
                rows.add(List.of(Cell.of(m.municipality(), page.bold), page.statements(summary.cell(m.expectations()), 0)));
            }
            pdf.table(new float[]{1, 4}, List.of(page.headerCell(text.get("col.municipality")),
                    page.headerCell(text.get("col.expectations"))), rows);
            if (!section.themes().isEmpty()) {
                page.subheading(text.get("expectations.themes"));
                List<List<Cell>> themes = new ArrayList<>();
                for (ThemeCount theme : section.themes()) {
                    themes.add(List.of(Cell.of(theme.theme(), page.body), page.number(Integer.toString(theme.municipalities()))));
                }
                pdf.table(new float[]{3, 1}, 0.5f, List.of(page.headerCell(text.get("col.theme")),
                        page.numberHeader(text.get("col.municipalities"))), themes);
            }
        }

        void evaluation(GatheringSummary summary) throws IOException {
            EvaluationSection section = summary.evaluation();
            if (!page.section("section.evaluation", section.isEmpty(), "none.evaluation")) {
                return;
            }
            pdf.paragraph(text.get("intro.evaluation"), page.body);
            List<Cell> header = List.of(
                    page.headerCell(text.get("col.parameter"), null),
                    page.headerCell(text.get("col.workedWell"), text.get("col.workedWell.sub")),
                    page.headerCell(text.get("col.why"), text.get("col.why.sub")),
                    page.headerCell(text.get("col.improvements"), text.get("col.improvements.sub")));
            List<List<Cell>> rows = new ArrayList<>();
            int m = section.respondents();
            for (ParameterFeedback p : section.parameters()) {
                rows.add(List.of(programme.parameter(p, summary.programme()),
                        page.statements(summary.cell(p.workedWell()), m),
                        page.statements(summary.cell(p.why()), m), page.statements(summary.cell(p.improvements()), m)));
            }
            pdf.table(new float[]{1.3f, 2, 2, 2}, header, rows);
        }

        void dieScore(DieScoreSection score) throws IOException {
            if (!page.section("section.dieScore", score.isEmpty(), "none.dieScore")) {
                return;
            }
            pdf.paragraph(text.get("dieScore.line", text.decimal(score.mean())), fonts.bold(13, profile.accent()));
            pdf.paragraph(text.get("dieScore.respondents", score.respondents(), text.number(score.median())), page.body);
            String spread = java.util.stream.IntStream.rangeClosed(1, 6)
                    .mapToObj(v -> v + ": " + score.distribution().get(v - 1)).collect(Collectors.joining(", "));
            pdf.figure(Charts.dieScores(score, text, profile, fonts.chartFont(9)), 360, 170,
                    text.get("dieScore.alt", spread, text.decimal(score.mean()), score.respondents()));
        }

        void risk(RiskSection risk) throws IOException {
            if (!page.section("section.risk", risk.isEmpty(), "none.risk")) {
                return;
            }
            pdf.paragraph(text.get("intro.risk"), page.body);
            String greatest = String.join(", ", risk.greatest());
            pdf.paragraph(text.get("risk.greatest", greatest, text.decimal(risk.ranked().get(0).mean())),
                    fonts.bold(11, profile.highlight()));
            String top = risk.ranked().stream().limit(3)
                    .map(f -> f.factor() + " " + text.decimal(f.mean())).collect(Collectors.joining(", "));
            pdf.figure(Charts.risk(risk, text, profile, fonts.chartFont(9)), pdf.width(),
                    Math.max(140, 26 * risk.ranked().size() + 40), text.get("risk.alt", top));
            List<List<Cell>> factors = new ArrayList<>();
            for (FactorRisk f : risk.ranked()) {
                Font font = risk.greatest().contains(f.factor()) ? page.bold : page.body;
                factors.add(List.of(Cell.of(f.factor(), font), page.number(Integer.toString(f.ratings())),
                        page.number(text.decimal(f.mean())), page.number(text.number(f.median()))));
            }
            pdf.table(new float[]{4, 1, 1, 1}, 0.6f, List.of(page.headerCell(text.get("col.factor")),
                    page.numberHeader(text.get("col.ratings")), page.numberHeader(text.get("col.mean")),
                    page.numberHeader(text.get("col.median"))), factors);
            matrix(risk);
        }

        private void matrix(RiskSection risk) throws IOException {
            page.subheading(text.get("risk.matrix"));
            pdf.paragraph(text.get("risk.matrix.intro"), page.body);
            List<String> headers = new ArrayList<>(List.of(text.get("col.municipality")));
            headers.addAll(risk.factors());
            float[] widths = new float[headers.size()];
            java.util.Arrays.fill(widths, 1);
            widths[0] = 1.4f;
            List<List<Cell>> rows = new ArrayList<>();
            Font small = fonts.regular(8);
            for (MunicipalityRisk m : risk.municipalities()) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(m.suppressed()
                        ? m.municipality() + " (" + text.get("risk.suppressed", risk.smallGroupThreshold()) + ")"
                        : m.municipality(), page.bold));
                for (BigDecimal mean : m.means()) {
                    row.add(mean == null ? Cell.of("", small) : shaded(mean));
                }
                rows.add(row);
            }
            List<Cell> header = headers.stream().map(h -> new Cell(List.of(Block.text(h, fonts.regular(7))),
                    ReportPage.HEADER_FILL, Element.ALIGN_LEFT)).toList();
            pdf.table(widths, header, rows);
            if (risk.municipalities().stream().anyMatch(MunicipalityRisk::suppressed)) {
                pdf.paragraph(text.get("risk.suppressed.note", risk.smallGroupThreshold()), fonts.regular(8, ReportPage.GREY));
            }
        }

        /** The level shows as shade and as the printed number, so it reads in black and white too. */
        private Cell shaded(BigDecimal mean) {
            float level = Math.max(0, Math.min(1, (mean.floatValue() - 1) / 9));
            Color accent = profile.highlight();
            Color fill = new Color(blend(accent.getRed(), level), blend(accent.getGreen(), level), blend(accent.getBlue(), level));
            // black on even the darkest shade keeps a contrast of more than 4.5:1
            return new Cell(List.of(Block.text(text.decimal(mean), fonts.regular(8.5f, Color.BLACK))), fill,
                    Element.ALIGN_RIGHT);
        }

        private static int blend(int channel, float level) {
            return Math.round(255 - (255 - channel) * level * 0.9f);
        }

        void dataBasis(DataBasis basis) throws IOException {
            page.heading(text.get("section.dataBasis"));
            pdf.paragraph(text.get("dataBasis.rows", basis.rowsRead(), basis.rowsUsed(), basis.rowsRejected(),
                    basis.deviations()), page.body);
            if (basis.deviations() > 0) {
                pdf.paragraph(text.get("dataBasis.deviations"), page.body);
            }
            List<List<Cell>> rows = new ArrayList<>();
            Font mono = fonts.regular(7);
            for (SourceSummary s : basis.sources()) {
                rows.add(List.of(Cell.of(s.file() + (s.rejected() ? " " + text.get("file.rejected") : ""), page.body),
                        Cell.of(s.sha256(), mono), page.number(Integer.toString(s.rowsRead())),
                        page.number(Integer.toString(s.rowsUsed())), page.number(Integer.toString(s.rowsRejected()))));
            }
            pdf.table(new float[]{2.2f, 5, 0.8f, 0.8f, 0.9f}, 1, List.of(page.headerCell(text.get("col.file")),
                    page.headerCell(text.get("col.sha")), page.numberHeader(text.get("col.read")),
                    page.numberHeader(text.get("col.used")), page.numberHeader(text.get("col.rejected"))), rows);
        }
    }
}
