package no.samanom.samlingsrapport.report.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Content that flows down the page from a y-cursor, each piece inside its structure element:
 * headings with their outline entries, paragraphs, bulleted lists, and charts and images as
 * figures. Text that does not fit continues on the next page under the same element. Tables
 * draw at the same cursor.
 */
final class PdfFlow {

    private static volatile Decoded lastDecoded;

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfStructureElement root;
    private final List<PdfOutline> outline = new ArrayList<>();
    private float y;

    PdfFlow(Document document, PdfWriter writer, PdfFonts fonts, PdfStructureElement root) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.root = root;
        this.y = document.top();
    }

    float width() {
        return document.right() - document.left();
    }

    /** Where the next content starts, from the bottom of the page. */
    float y() {
        return y;
    }

    void moveTo(float y) {
        this.y = y;
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    void ensure(float height) {
        if (y - height < document.bottom() && y < document.top()) {
            newPage();
        }
    }

    void newPage() {
        document.newPage();
        y = document.top();
    }

    /** A heading (level 1-3) with an outline entry; it never stands alone at the foot of a page. */
    void heading(int level, String text, Font font) throws IOException {
        float height = TextColumns.measure(text, font, width());
        ensure(height + 90);
        if (y < document.top()) {
            y -= level == 1 ? 6 : level == 2 ? 14 : 8;
        }
        PdfName type = level == 1 ? PdfName.H1 : level == 2 ? PdfName.H2 : PdfName.H3;
        PdfStructureElement heading = new PdfStructureElement(root, type);
        flow(heading, text, font, document.left(), Element.ALIGN_LEFT);
        if (level <= 2) {
            PdfOutline parent = level == 1 || outline.isEmpty() ? writer.getRootOutline() : outline.get(outline.size() - 1);
            PdfOutline entry = new PdfOutline(parent, PdfAction.gotoLocalPage(writer.getPageNumber(),
                    new PdfDestination(PdfDestination.FITH, y + height + 14), writer), text, true);
            if (level == 1) {
                outline.add(entry);
            }
        }
        y -= 4;
    }

    void paragraph(String text, Font font) throws IOException {
        flow(new PdfStructureElement(root, PdfName.P), text, font, document.left(), Element.ALIGN_LEFT);
        y -= 4;
    }

    /** A bulleted list: L, LI, Lbl, LBody. */
    void list(List<String> items, Font font) throws IOException {
        PdfStructureElement list = BulletLists.list(root);
        for (String item : items) {
            ensure(font.getSize() * 1.4f);
            Block block = Block.item(item, font);
            PdfStructureElement body = BulletLists.item(writer.getDirectContent(), list, block, document.left(), y);
            flow(body, block.text(), font, document.left() + BulletLists.INDENT, Element.ALIGN_LEFT);
        }
        y -= 4;
    }

    /** A chart as vector graphics inside one Figure element whose alt text says what it shows. */
    void figure(JFreeChart chart, float width, float height, String alt) throws IOException {
        ensure(height);
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(width, height);
        PdfGraphics2D graphics = (PdfGraphics2D) template.createGraphics(width, height, fonts.mapper());
        // the composite font drawer could bypass the mapper and draw in a font that is not embedded
        graphics.setCompositeFontDrawerEnabled(false);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        PdfStructureElement figure = figureElement(alt, document.left(), y - height, width, height);
        cb.beginMarkedContentSequence(figure);
        cb.addTemplate(template, document.left(), y - height);
        cb.endMarkedContentSequence();
        y -= height + 8;
    }

    /** An image (the logo) as a Figure of the given height, on a line of its own. */
    void image(byte[] bytes, float height, String alt) throws IOException {
        try {
            // a copy of the decoded image: position and scale are this document's
            Image image = Image.getInstance(decoded(bytes));
            image.scaleToFit(width(), height);
            float x = document.left();
            image.setAbsolutePosition(x, y - image.getScaledHeight());
            PdfContentByte cb = writer.getDirectContent();
            cb.beginMarkedContentSequence(figureElement(alt, x, y - image.getScaledHeight(), image.getScaledWidth(),
                    image.getScaledHeight()));
            cb.addImage(image);
            cb.endMarkedContentSequence();
            y -= image.getScaledHeight() + 8;
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /**
     * Every report has the same logo, and OpenPDF decodes a PNG through ImageIO and then pixel by
     * pixel: 8 % of the Java samples of reporting 200 small gatherings (JFR). The last image decoded
     * is kept, by content, for the next document.
     */
    private static Image decoded(byte[] bytes) throws IOException {
        Decoded last = lastDecoded;
        if (last != null && Arrays.equals(last.bytes(), bytes)) {
            return last.image();
        }
        Image image = Image.getInstance(bytes);
        lastDecoded = new Decoded(bytes.clone(), image);
        return image;
    }

    private record Decoded(byte[] bytes, Image image) {
    }

    private PdfStructureElement figureElement(String alt, float x, float bottom, float width, float height) {
        PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfDictionary layout = new PdfDictionary();
        layout.put(PdfName.O, new PdfName("Layout"));
        layout.put(PdfName.BBOX, new PdfArray(new float[]{x, bottom, x + width, bottom + height}));
        figure.put(PdfName.A, layout);
        return figure;
    }

    /** Text from {@code left} to the right margin that flows over as many pages as it needs, all under one structure element. */
    private void flow(PdfStructureElement element, String text, Font font, float left, int align) throws IOException {
        PdfContentByte cb = writer.getDirectContent();
        ColumnText column = TextColumns.column(cb, text, font, align);
        while (true) {
            column.setSimpleColumn(left, document.bottom(), document.right(), y);
            cb.beginMarkedContentSequence(element);
            int status = TextColumns.go(column);
            cb.endMarkedContentSequence();
            y = column.getYLine() - TextColumns.gap(font);
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }
}
