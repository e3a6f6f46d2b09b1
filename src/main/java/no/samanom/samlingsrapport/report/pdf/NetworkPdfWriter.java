package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.lowagie.text.Element;
import com.lowagie.text.Font;

import no.samanom.samlingsrapport.input.Anchoring;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.NetworkSummary.ExpectationsOverTime;
import no.samanom.samlingsrapport.report.NetworkSummary.FactorChange;
import no.samanom.samlingsrapport.report.NetworkSummary.Glance;
import no.samanom.samlingsrapport.report.NetworkSummary.Member;
import no.samanom.samlingsrapport.report.NetworkSummary.MunicipalityChange;
import no.samanom.samlingsrapport.report.NetworkSummary.Occurrence;
import no.samanom.samlingsrapport.report.NetworkSummary.Recurring;
import no.samanom.samlingsrapport.report.NetworkSummary.RiskTrend;
import no.samanom.samlingsrapport.report.ReportWriter;
import no.samanom.samlingsrapport.report.GatheringSummary.DataBasis;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The network's development report as an archival PDF (PDF/A-2a and PDF/UA-1), drawn with the
 * gathering report's layout: "how are we doing" at a glance, then the die score per gathering,
 * recurring improvement points, risk first against latest, the anchoring ladder, the result
 * indicators against their targets, expectations over time and the data basis.
 */
@Component
@Order(1)
public class NetworkPdfWriter implements ReportWriter<NetworkSummary> {

    private final PdfFonts fonts = PdfFonts.load();

    @Override
    public String fileName(String key) {
        return key + "-utvikling.pdf";
    }

    @Override
    public void write(ReportData<NetworkSummary> data, OutputStream out) throws IOException {
        NetworkSummary summary = data.summary();
        ReportText text = data.text();
        String title = text.get("network.title") + " – " + summary.name();
        TaggedPdf.Meta meta = new TaggedPdf.Meta(title, text.get("network.meta.subject", summary.name()),
                data.profile().organisation(), text.get("network.meta.keywords"), text.language().tag(), data.created(),
                text.get("page.header", text.get("programme"), title), text.get("page.footer", "{0}", "{1}"));
        try (TaggedPdf pdf = new TaggedPdf(out, meta, fonts)) {
            ReportPage page = new ReportPage(pdf, text, data.profile(), fonts);
            Sections sections = new Sections(page, pdf, text, data.profile());
            MunicipalityProgressSections progress = new MunicipalityProgressSections(page, pdf, text, fonts);
            sections.title(summary, title);
            sections.dieScores(summary);
            sections.recurring(summary);
            sections.risk(summary.risk(), summary.gatherings());
            progress.anchoring(summary.anchoring());
            progress.indicators(summary.indicators());
            sections.expectations(summary);
            sections.dataBasis(summary);
        }
    }

    /** Title, glance, the sections on the gatherings and the data basis; where each municipality has got to is {@link MunicipalityProgressSections}. */
    private final class Sections {
        private final ReportPage page;
        private final TaggedPdf pdf;
        private final ReportText text;
        private final Profile profile;
        private final Font small = fonts.regular(8);

        Sections(ReportPage page, TaggedPdf pdf, ReportText text, Profile profile) {
            this.page = page;
            this.pdf = pdf;
            this.text = text;
            this.profile = profile;
        }

        void title(NetworkSummary summary, String title) throws IOException {
            page.title(title);
            List<Member> members = summary.gatherings();
            if (!members.isEmpty()) {
                pdf.paragraph(text.get("network.facts", members.size(), text.dates(members.get(0).info()),
                        text.dates(members.get(members.size() - 1).info())), fonts.regular(11));
            }
            glance(summary.glance());
        }

        /** The answer to "how are we doing over time", as a short list before the details. */
        private void glance(Glance glance) throws IOException {
            List<String> lines = new ArrayList<>();
            if (glance.dieScoreChange() != null) {
                lines.add(text.get("network.glance.dieScore", text.decimal(glance.firstMean()),
                        text.decimal(glance.latestMean()), text.change(glance.dieScoreChange())));
            }
            if (!glance.greatestRisk().isEmpty()) {
                lines.add(text.get("network.glance.risk", String.join(", ", glance.greatestRisk())));
            }
            String phases = Arrays.stream(Anchoring.Phase.values())
                    .filter(p -> glance.phases().get(p.ordinal()) > 0)
                    .map(p -> text.get("network.count", glance.phases().get(p.ordinal()), text.get("phase." + p.name())))
                    .collect(Collectors.joining(", "));
            if (!phases.isEmpty()) {
                lines.add(text.get("network.glance.anchoring", phases));
            }
            if (glance.measured() > 0) {
                lines.add(text.get("network.glance.indicators", glance.reached(), glance.measured()));
            }
            if (!lines.isEmpty()) {
                page.heading(text.get("network.glance"));
                pdf.list(lines, fonts.regular(11));
            }
        }

        void dieScores(NetworkSummary summary) throws IOException {
            List<Member> members = summary.gatherings();
            List<Member> scored = summary.scored();
            if (!page.section("network.dieScore", scored.isEmpty(), "none.networkDieScore")) {
                return;
            }
            pdf.paragraph(text.get("network.dieScore.intro"), page.body);
            String points = scored.stream().map(m -> text.gathering(m.info()) + " " + text.decimal(m.mean())
                    + " (n=" + m.scored() + ")").collect(Collectors.joining(", "));
            pdf.figure(NetworkCharts.dieScores(scored, text, profile, fonts.chartFont(9)), Math.min(pdf.width(),
                    200 + 140f * scored.size()), 190, text.get("network.dieScore.alt", points));
            List<List<Cell>> rows = new ArrayList<>();
            for (Member m : members) {
                rows.add(List.of(Cell.of(text.gathering(m.info()), page.bold), Cell.of(text.dates(m.info()), page.body),
                        page.number(Integer.toString(m.respondents())), page.number(Integer.toString(m.scored())),
                        page.number(text.decimal(m.mean()))));
            }
            pdf.table(new float[]{3, 2.5f, 1.2f, 1.2f, 1}, 0.8f, List.of(page.headerCell(text.get("col.gathering")),
                    page.headerCell(text.get("col.date")), page.numberHeader(text.get("col.respondents")),
                    page.numberHeader(text.get("col.scored")), page.numberHeader(text.get("col.meanScore"))), rows);
        }

        void recurring(NetworkSummary summary) throws IOException {
            List<Member> members = summary.gatherings();
            if (!page.section("network.recurring", summary.recurringImprovements().isEmpty(), "none.recurring")) {
                return;
            }
            pdf.paragraph(text.get("network.recurring.intro"), page.body);
            List<List<Cell>> rows = new ArrayList<>();
            for (Recurring r : summary.shownRecurring()) {
                List<Block> where = new ArrayList<>();
                for (Occurrence o : r.occurrences()) {
                    where.add(Block.item(label(o.gathering(), members) + " "
                            + text.get("statement.ofTotal", o.count(), o.respondents()), page.body));
                }
                rows.add(List.of(Cell.of(r.text(), page.bold), new Cell(where, null, Element.ALIGN_LEFT)));
            }
            pdf.table(new float[]{3, 2}, List.of(page.headerCell(text.get("col.improvement")),
                    page.headerCell(text.get("col.gatherings"))), rows);
            if (summary.moreRecurring() > 0) {
                pdf.paragraph(text.get("statement.more", summary.moreRecurring()), fonts.regular(8, ReportPage.GREY));
            }
        }

        void risk(RiskTrend risk, List<Member> members) throws IOException {
            if (!page.section("network.risk", risk.isEmpty(), "none.networkRisk")) {
                return;
            }
            boolean compared = !risk.first().equals(risk.latest());
            pdf.paragraph(compared ? text.get("network.risk.intro", label(risk.first(), members), label(risk.latest(), members))
                    : text.get("network.risk.single", label(risk.latest(), members)), page.body);
            List<List<Cell>> rows = new ArrayList<>();
            for (FactorChange f : risk.factors()) {
                rows.add(List.of(Cell.of(f.factor(), page.body), page.number(text.decimal(f.first())),
                        page.number(text.decimal(f.latest())), changeCell(f, page.bold)));
            }
            pdf.table(new float[]{4, 1, 1, 1.2f}, 0.65f, List.of(page.headerCell(text.get("col.factor")),
                    page.numberHeader(text.get("col.first")), page.numberHeader(text.get("col.latest")),
                    page.numberHeader(text.get("col.change"))), rows);
            if (!compared || risk.municipalities().isEmpty()) {
                return;
            }
            page.subheading(text.get("network.risk.matrix"));
            pdf.paragraph(text.get("network.risk.matrix.intro"), page.body);
            List<Cell> header = new ArrayList<>(List.of(page.headerCell(text.get("col.municipality"))));
            risk.factors().forEach(f -> header.add(new Cell(List.of(Block.text(f.factor(), fonts.regular(7))),
                    ReportPage.HEADER_FILL, Element.ALIGN_LEFT)));
            float[] widths = new float[header.size()];
            Arrays.fill(widths, 1);
            widths[0] = 1.4f;
            List<List<Cell>> matrix = new ArrayList<>();
            for (MunicipalityChange m : risk.municipalities()) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.of(m.suppressed() ? m.municipality() + " ("
                        + text.get("risk.suppressed", risk.smallGroupThreshold()) + ")" : m.municipality(), page.bold));
                for (FactorChange f : m.factors()) {
                    if (f.first() == null && f.latest() == null) {
                        row.add(Cell.of("", small));
                    } else {
                        row.add(new Cell(List.of(Block.text(text.decimal(f.first()) + " → " + text.decimal(f.latest()), small),
                                Block.text(text.change(f.change()), fonts.bold(8))), null, Element.ALIGN_RIGHT));
                    }
                }
                matrix.add(row);
            }
            pdf.table(widths, header, matrix);
            if (risk.municipalities().stream().anyMatch(MunicipalityChange::suppressed)) {
                pdf.paragraph(text.get("risk.suppressed.note", risk.smallGroupThreshold()), fonts.regular(8, ReportPage.GREY));
            }
        }

        private Cell changeCell(FactorChange f, Font font) {
            return new Cell(f.change() == null ? List.of() : List.of(Block.text(text.change(f.change()), font)), null,
                    Element.ALIGN_RIGHT);
        }

        void expectations(NetworkSummary summary) throws IOException {
            List<ExpectationsOverTime> expectations = summary.expectations();
            List<Member> members = summary.gatherings();
            if (!page.section("network.expectations", expectations.isEmpty(), "none.networkExpectations")) {
                return;
            }
            pdf.paragraph(text.get("network.expectations.intro"), page.body);
            List<List<Cell>> rows = new ArrayList<>();
            for (ExpectationsOverTime e : expectations) {
                for (int g = 0; g < members.size(); g++) {
                    if (!e.perGathering().get(g).isEmpty()) {
                        rows.add(List.of(Cell.of(e.municipality(), page.bold),
                                Cell.of(text.gathering(members.get(g).info()), page.body),
                                page.statements(summary.cell(e.perGathering().get(g)), 0)));
                    }
                }
            }
            pdf.table(new float[]{1.2f, 1.6f, 5}, List.of(page.headerCell(text.get("col.municipality")),
                    page.headerCell(text.get("col.gathering")), page.headerCell(text.get("col.expectations"))), rows);
        }

        void dataBasis(NetworkSummary summary) throws IOException {
            page.heading(text.get("network.dataBasis"));
            pdf.paragraph(text.get("network.dataBasis.intro"), page.body);
            List<List<Cell>> rows = new ArrayList<>();
            for (Member m : summary.gatherings()) {
                GatheringInfo info = m.info();
                rows.add(List.of(Cell.of(info.id(), page.body), Cell.of(info.title(), page.body),
                        Cell.of(text.dates(info), page.body), Cell.of(m.fingerprint(), fonts.regular(7))));
            }
            pdf.table(new float[]{1.6f, 2.6f, 1.6f, 4.2f}, List.of(page.headerCell(text.get("col.gathering")),
                    page.headerCell(text.get("col.title")),
                    page.headerCell(text.get("col.date")), page.headerCell(text.get("col.version"))), rows);
            pdf.paragraph(text.get("network.dataBasis.rows", summary.basis().anchoringRows(),
                    summary.basis().indicatorRows()), page.body);
            DataBasis folder = summary.basis().networkFiles();
            if (folder != null) {
                pdf.paragraph(text.get("network.dataBasis.folder", folder.rowsRead(), folder.rowsUsed(),
                        folder.rowsRejected(), folder.deviations()), page.body);
            }
        }

        /** A gathering's label by its id, as the summary lists it. */
        private String label(String id, List<Member> members) {
            return members.stream().filter(m -> m.info().id().equals(id)).findFirst()
                    .map(m -> text.gathering(m.info())).orElse(id);
        }
    }
}
