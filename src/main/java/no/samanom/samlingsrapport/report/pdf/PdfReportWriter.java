package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

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
import no.samanom.samlingsrapport.report.GatheringSummary.Statement;
import no.samanom.samlingsrapport.report.GatheringSummary.ThemeCount;
import no.samanom.samlingsrapport.report.NorwegianFormat;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportWriter;

/** The gathering's summary as a PDF, laid out like the seed's "Oppsummering" slides. */
@Component
@Order(1)
public class PdfReportWriter implements ReportWriter {

    public static final String PROGRAMME = "Saman om ein betre kommune";
    private static final Color HEADER_FILL = new Color(0xDD, 0xE6, 0xF0);

    /** Parsed once: a font file is 700 kB, and a run may write hundreds of reports. */
    private final Fonts fonts = Fonts.load();

    @Override
    public String fileName(String id) {
        return id + ".pdf";
    }

    @Override
    public void write(ReportData data, OutputStream out) throws IOException {
        GatheringSummary summary = data.summary();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Oppsummering – " + summary.info().title());
            document.addSubject(PROGRAMME);
            document.addCreator("samlingsrapport");
            document.open();
            titleBlock(document, summary.info(), fonts);
            expectations(document, summary.expectations(), fonts);
            evaluation(document, summary.evaluation(), summary.dieScore(), fonts);
            risk(document, summary.risk(), fonts);
            dataBasis(document, summary.dataBasis(), fonts);
        } catch (DocumentException e) {
            throw new IOException("PDF-en kunne ikke lages: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    private void titleBlock(Document document, GatheringInfo info, Fonts fonts) {
        document.add(new Paragraph(PROGRAMME, fonts.small));
        document.add(new Paragraph("Oppsummering – " + info.title(), fonts.title));
        StringBuilder line = new StringBuilder();
        if (info.network() != null) {
            line.append("Nettverk: ").append(info.network()).append("   ");
        }
        if (info.number() != null) {
            line.append(info.number()).append(". samling   ");
        }
        line.append(NorwegianFormat.dates(info));
        if (info.place() != null) {
            line.append("   ").append(info.place());
        }
        document.add(new Paragraph(line.toString().strip(), fonts.body));
        if (!info.themes().isEmpty()) {
            document.add(new Paragraph("Tema: " + String.join(", ", info.themes()), fonts.body));
        }
    }

    private void expectations(Document document, ExpectationSection section, Fonts fonts) {
        heading(document, "Forventninger", fonts);
        if (section.isEmpty()) {
            document.add(new Paragraph("Ingen forventninger i grunnlaget.", fonts.body));
            return;
        }
        document.add(new Paragraph("Følgende forventninger ble kartlagt i forkant:", fonts.body));
        PdfPTable table = table(new float[]{1, 4}, fonts, "Kommune", "Forventninger");
        for (MunicipalityExpectations m : section.municipalities()) {
            table.addCell(cell(m.municipality(), fonts.bold));
            table.addCell(bullets(m.expectations(), 0, fonts));
        }
        document.add(table);
        if (!section.themes().isEmpty()) {
            PdfPTable themes = table(new float[]{3, 1}, fonts, "Tema", "Kommuner");
            for (ThemeCount theme : section.themes()) {
                themes.addCell(cell(theme.theme(), fonts.body));
                themes.addCell(cell(Integer.toString(theme.municipalities()), fonts.body));
            }
            document.add(themes);
        }
    }

    private void evaluation(Document document, EvaluationSection section, DieScoreSection score, Fonts fonts) {
        heading(document, "Tilbakemelding", fonts);
        if (section.isEmpty()) {
            document.add(new Paragraph("Ingen tilbakemeldinger i grunnlaget.", fonts.body));
        } else {
            PdfPTable table = table(new float[]{1.2f, 2, 2, 2}, fonts,
                    "PARAMETER", "SPESIFIKK TILBAKEMELDING\n(Hva fungerte bra)", "SUKSESSKRITERIER\n(Hvorfor)",
                    "MULIGE FORBEDRINGSPUNKT\n(Hva kunne vært bedre, og hvordan)");
            for (ParameterFeedback p : section.parameters()) {
                table.addCell(cell(p.parameter(), fonts.bold));
                table.addCell(bullets(p.workedWell(), section.respondents(), fonts));
                table.addCell(bullets(p.why(), section.respondents(), fonts));
                table.addCell(bullets(p.improvements(), section.respondents(), fonts));
            }
            document.add(table);
        }
        if (score.isEmpty()) {
            document.add(new Paragraph("Ingen terningkast i grunnlaget.", fonts.body));
            return;
        }
        Paragraph line = new Paragraph("GJENNOMSNITTLIG TERNINGKAST: " + NorwegianFormat.decimal(score.mean())
                + " (Skala fra 1-6)", fonts.heading);
        line.setSpacingBefore(10);
        document.add(line);
        StringBuilder spread = new StringBuilder("Fordeling:");
        for (int v = 1; v <= 6; v++) {
            spread.append("  ").append(v).append(": ").append(score.distribution().get(v - 1));
        }
        document.add(new Paragraph(score.respondents() + " respondenter. Median " + NorwegianFormat.number(score.median())
                + ". " + spread, fonts.body));
    }

    private void risk(Document document, RiskSection risk, Fonts fonts) {
        heading(document, "Hvor ligger den største risiko?", fonts);
        if (risk.isEmpty()) {
            document.add(new Paragraph("Ingen risikovurderinger i grunnlaget.", fonts.body));
            return;
        }
        document.add(new Paragraph("Skala fra 1 (liten risiko) til 10 (stor risiko). Størst risiko: "
                + String.join(", ", risk.greatest()) + " (snitt " + NorwegianFormat.decimal(risk.ranked().get(0).mean())
                + ").", fonts.body));
        PdfPTable table = table(new float[]{3, 1, 1, 1}, fonts, "Risikofaktor", "Antall", "Snitt", "Median");
        for (FactorRisk f : risk.ranked()) {
            table.addCell(cell(f.factor(), risk.greatest().contains(f.factor()) ? fonts.bold : fonts.body));
            table.addCell(cell(Integer.toString(f.ratings()), fonts.body));
            table.addCell(cell(NorwegianFormat.decimal(f.mean()), fonts.body));
            table.addCell(cell(NorwegianFormat.number(f.median()), fonts.body));
        }
        document.add(table);
        float[] widths = new float[risk.factors().size() + 1];
        Arrays.fill(widths, 1);
        widths[0] = 1.6f;
        String[] headers = new String[widths.length];
        headers[0] = "Kommune";
        for (int i = 0; i < risk.factors().size(); i++) {
            headers[i + 1] = risk.factors().get(i);
        }
        PdfPTable matrix = table(widths, fonts, headers);
        for (MunicipalityRisk m : risk.municipalities()) {
            matrix.addCell(cell(m.municipality(), fonts.bold));
            m.means().forEach(mean -> matrix.addCell(cell(NorwegianFormat.decimal(mean), fonts.body)));
        }
        document.add(matrix);
    }

    private void dataBasis(Document document, DataBasis basis, Fonts fonts) {
        heading(document, "Datagrunnlag", fonts);
        document.add(new Paragraph(basis.rowsRead() + " rader lest, " + basis.rowsUsed() + " brukt, "
                + basis.rowsRejected() + " forkastet. " + basis.deviations() + " avvik"
                + (basis.deviations() > 0 ? " (listen står i arbeidsboken)." : "."), fonts.body));
        PdfPTable table = table(new float[]{2, 4, 1, 1, 1}, fonts, "Fil", "SHA-256", "Lest", "Brukt", "Forkastet");
        for (SourceSummary s : basis.sources()) {
            table.addCell(cell(s.file() + (s.rejected() ? " (avvist)" : ""), fonts.body));
            table.addCell(cell(s.sha256(), fonts.small));
            table.addCell(cell(Integer.toString(s.rowsRead()), fonts.body));
            table.addCell(cell(Integer.toString(s.rowsUsed()), fonts.body));
            table.addCell(cell(Integer.toString(s.rowsRejected()), fonts.body));
        }
        document.add(table);
    }

    private static void heading(Document document, String text, Fonts fonts) {
        Paragraph heading = new Paragraph(text, fonts.heading);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, Fonts fonts, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            PdfPCell cell = cell(header, fonts.bold);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static PdfPCell bullets(List<Statement> statements, int respondents, Fonts fonts) {
        Paragraph text = new Paragraph();
        for (Statement s : statements) {
            if (!text.isEmpty()) {
                text.add("\n");
            }
            text.add(new Phrase("• " + NorwegianFormat.statement(s, respondents), fonts.body));
        }
        PdfPCell cell = new PdfPCell(text);
        cell.setPadding(4);
        return cell;
    }

    /** DejaVu Sans, embedded, so æ, ø and å print and survive text extraction. */
    private record Fonts(Font title, Font heading, Font body, Font bold, Font small) {
        static Fonts load() {
            BaseFont regular = font("/fonts/DejaVuSans.ttf");
            BaseFont bold = font("/fonts/DejaVuSans-Bold.ttf");
            return new Fonts(new Font(bold, 18), new Font(bold, 13), new Font(regular, 9), new Font(bold, 9),
                    new Font(regular, 7));
        }

        private static BaseFont font(String resource) {
            try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
                return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Built-in font " + resource + " is missing", e);
            }
        }
    }
}
