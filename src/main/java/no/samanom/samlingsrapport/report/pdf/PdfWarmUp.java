package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import com.lowagie.text.Font;

import no.samanom.samlingsrapport.report.WarmUp;

/** A one-page tagged PDF with a table and a chart, in the built-in fonts, drawn to nowhere. */
public final class PdfWarmUp implements WarmUp {

    @Override
    public void run(Path state) throws IOException {
        PdfFonts fonts = PdfFonts.load();
        Font font = fonts.regular(10);
        TaggedPdf.Meta meta = new TaggedPdf.Meta("Oppvarming", "Oppvarming", "samlingsrapport", "", "nb",
                LocalDateTime.now(), "Oppvarming", "Side");
        try (TaggedPdf pdf = new TaggedPdf(OutputStream.nullOutputStream(), meta, fonts)) {
            pdf.heading(1, "Oppvarming", fonts.bold(14));
            pdf.paragraph("Forventninger: «Få innspill» – æøå", font);
            pdf.list(List.of("Profilering"), font);
            pdf.table(new float[] {1, 1}, List.of(Cell.of("Kommune", font), Cell.of("Antall", font)),
                    List.of(List.of(Cell.of("Ørland", font), Cell.of("3", font))));
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(3, "Terningkast", "5");
            pdf.figure(Charts.chart(Charts.plot(data, PlotOrientation.VERTICAL, fonts.chartFont(9), "Terningkast",
                    "Antall")), 200, 100, "Oppvarming");
        }
    }
}
