package no.samanom.samlingsrapport.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * DejaVu Sans, regular and bold, embedded as subsets so that æ, ø and å print and survive
 * text extraction, and the same faces for the charts' AWT drawing, so that a chart's text is
 * the embedded font too. No CIDSet: the subset also embeds glyph parts (DejaVu's å is an a
 * and a ring) that a CIDSet would leave out, which PDF/UA rejects.
 */
final class PdfFonts {

    final BaseFont regular;
    final BaseFont bold;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;

    private PdfFonts(BaseFont regular, BaseFont bold, java.awt.Font awtRegular, java.awt.Font awtBold) {
        this.regular = regular;
        this.bold = bold;
        this.awtRegular = awtRegular;
        this.awtBold = awtBold;
    }

    static PdfFonts load() {
        byte[] regular = resource("/fonts/DejaVuSans.ttf");
        byte[] bold = resource("/fonts/DejaVuSans-Bold.ttf");
        try {
            return new PdfFonts(base("DejaVuSans.ttf", regular), base("DejaVuSans-Bold.ttf", bold),
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(regular)),
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bold)));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The built-in fonts cannot be read", e);
        }
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font regular(float size, java.awt.Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font bold(float size, java.awt.Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    java.awt.Font chartFont(float size) {
        return awtRegular.deriveFont(size);
    }

    /** Whatever font a chart asks for, it gets ours, bold where it asked for bold. */
    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                // a font made from DejaVuSans-Bold.ttf does not call itself bold: ask its name too
                return font.isBold() || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold") ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
            }
        };
    }

    private static BaseFont base(String name, byte[] ttf) throws IOException {
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        font.setSubset(true);
        font.setIncludeCidSet(false);
        return font;
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Built-in font " + path + " is missing", e);
        }
    }
}
