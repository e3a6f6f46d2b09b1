package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** Running header and "Side n av N" footer on every page, both artifacts of type Pagination. */
final class PageFurniture extends PdfPageEventHelper {

    /** The band above and below the text area that the header and the footer stand in. */
    static final float HEIGHT = 22;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final PdfFonts fonts;
    private final String header;
    private final String footer;
    /** The page count, known only when the document closes: every footer shows this template, filled in then. */
    private PdfTemplate total;

    /** {@code footer} has {0} for the page number and {1} for the page count. */
    PageFurniture(PdfFonts fonts, String header, String footer) {
        this.fonts = fonts;
        this.header = header;
        this.footer = footer;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginMarkedContentSequence(Artifacts.TAG, pagination("Header"), true);
        Font small = fonts.regular(8, GREY);
        float top = document.top() + HEIGHT - 6;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(header, small), document.left(), top, 0);
        cb.setColorStroke(Artifacts.RULE);
        cb.setLineWidth(0.4f);
        cb.moveTo(document.left(), top - 4);
        cb.lineTo(document.right(), top - 4);
        cb.stroke();
        cb.endMarkedContentSequence();
        cb.beginMarkedContentSequence(Artifacts.TAG, pagination("Footer"), true);
        String[] parts = footer.replace("{0}", Integer.toString(writer.getPageNumber())).split("\\{1}", 2);
        float bottom = document.bottom() - HEIGHT + 4;
        float width = fonts.regular.getWidthPoint(parts[0], 8);
        float x = document.right() - width - 16;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(parts[0], small), x, bottom, 0);
        cb.addTemplate(total, x + width, bottom);
        cb.endMarkedContentSequence();
    }

    private static PdfDictionary pagination(String subtype) {
        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        pagination.put(PdfName.SUBTYPE, new PdfName(subtype));
        return pagination;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, 8);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
