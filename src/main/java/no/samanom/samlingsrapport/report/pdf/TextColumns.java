package no.samanom.samlingsrapport.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Text set in a column one way only, with the same leading and the same space below, so that
 * what is measured ahead (a row's height, whether a heading fits) is what is drawn.
 */
final class TextColumns {

    private TextColumns() {
    }

    static ColumnText column(PdfContentByte cb, String text, Font font, int align) {
        ColumnText column = new ColumnText(cb);
        column.addText(new Phrase(text, font));
        column.setLeading(0, 1.25f);
        column.setAlignment(align);
        column.setUseAscender(true);
        return column;
    }

    /** The height text takes in a column of the given width, found by a simulated layout. */
    static float measure(String text, Font font, float width) {
        ColumnText column = column(null, text, font, Element.ALIGN_LEFT);
        column.setSimpleColumn(0, -100_000, width, 0);
        go(column, true);
        return -column.getYLine();
    }

    /** The space below a block of text: its descent plus a little air. Measuring and drawing both add it. */
    static float gap(Font font) {
        return font.getSize() * 0.5f;
    }

    /** Draws as much of the column as fits; the status says whether text is left over. */
    static int go(ColumnText column) {
        return go(column, false);
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("Text layout failed", e);
        }
    }
}
