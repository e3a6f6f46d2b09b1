package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.jfree.chart.JFreeChart;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A small layout layer over OpenPDF's direct content that tags everything it draws, so that
 * the result is PDF/A-2a and PDF/UA-1: headings, paragraphs, lists, tables and figures each
 * inside their structure element, in reading order; rules, backgrounds, repeated table
 * headers and the running header and footer marked as artifacts. OpenPDF's own
 * {@code Document.add} does not tag, so nothing here uses it.
 *
 * <p>This class sets the document up and is what the writers draw with; the flow of text and
 * figures ({@link PdfFlow}), the tables ({@link PdfTables}), the running header and footer
 * ({@link PageFurniture}) and the archival metadata ({@link ArchivalMetadata}) each have their own.
 */
final class TaggedPdf implements AutoCloseable {

    private static final float MARGIN = 40;

    /** What the document is and says about itself: Info dictionary, XMP and running header. */
    record Meta(String title, String subject, String author, String keywords, String languageTag,
                LocalDateTime created, String header, String footer) {
    }

    private final Document document;
    private final PdfFlow flow;
    private final PdfTables tables;

    TaggedPdf(OutputStream out, Meta meta, PdfFonts fonts) throws IOException {
        // landscape by its dimensions, not by a /Rotate entry, so that text extraction reads it upright
        this.document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), MARGIN, MARGIN,
                MARGIN + PageFurniture.HEIGHT, MARGIN + PageFurniture.HEIGHT);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        document.addTitle(meta.title());
        document.addSubject(meta.subject());
        document.addAuthor(meta.author());
        document.addKeywords(meta.keywords());
        document.addCreator("samlingsrapport");
        writer.setPageEvent(new PageFurniture(fonts, meta.header(), meta.footer()));
        document.open();
        ArchivalMetadata.declare(writer, meta);
        PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        this.flow = new PdfFlow(document, writer, fonts, root);
        this.tables = new PdfTables(document, writer, root, flow);
    }

    float width() {
        return flow.width();
    }

    /** A heading (level 1-3) with an outline entry; it never stands alone at the foot of a page. */
    void heading(int level, String text, Font font) throws IOException {
        flow.heading(level, text, font);
    }

    void paragraph(String text, Font font) throws IOException {
        flow.paragraph(text, font);
    }

    /** A bulleted list: L, LI, Lbl, LBody. */
    void list(List<String> items, Font font) throws IOException {
        flow.list(items, font);
    }

    /**
     * A table: header row as TH (scope column), body rows as TD. Rows stay whole when they fit
     * on a page; on every new page the header row is drawn again, as an artifact.
     */
    void table(float[] relativeWidths, List<Cell> header, List<List<Cell>> rows) throws IOException {
        tables.table(relativeWidths, 1, header, rows);
    }

    /** A table over a part of the text width, from the left margin. */
    void table(float[] relativeWidths, float part, List<Cell> header, List<List<Cell>> rows) throws IOException {
        tables.table(relativeWidths, part, header, rows);
    }

    /** A chart as vector graphics inside one Figure element whose alt text says what it shows. */
    void figure(JFreeChart chart, float width, float height, String alt) throws IOException {
        flow.figure(chart, width, height, alt);
    }

    /** An image (the logo) as a Figure of the given height, on a line of its own. */
    void image(byte[] bytes, float height, String alt) throws IOException {
        flow.image(bytes, height, alt);
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    void ensure(float height) {
        flow.ensure(height);
    }

    @Override
    public void close() {
        document.close();
    }
}
