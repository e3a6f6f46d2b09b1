package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
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
 * A small layout layer over OpenPDF's direct content that tags everything it draws, so that
 * the result is PDF/A-2a and PDF/UA-1: headings, paragraphs, lists, tables and figures each
 * inside their structure element, in reading order; rules, backgrounds, repeated table
 * headers and the running header and footer marked as artifacts. OpenPDF's own
 * {@code Document.add} does not tag, so nothing here uses it.
 *
 * <p>Content flows down the page from a y-cursor; whatever does not fit continues on the next
 * page under the same structure element.
 */
final class TaggedPdf implements AutoCloseable {

    static final PdfName TR = new PdfName("TR");
    private static final float MARGIN = 40;
    private static final float CELL_PADDING = 4;
    private static final float BULLET_INDENT = 10;

    /** What the document is and says about itself: Info dictionary, XMP and running header. */
    record Meta(String title, String subject, String author, String keywords, String languageTag,
                LocalDateTime created, String header, String footer) {
    }

    /** A paragraph in a table cell, or a list item when it has a label (the bullet). */
    record Block(String label, String text, Font font) {
        static Block text(String text, Font font) {
            return new Block(null, text, font);
        }

        static Block item(String text, Font font) {
            return new Block("•", text, font);
        }
    }

    /** A table cell: its blocks, an optional background, and its horizontal alignment. */
    record Cell(List<Block> blocks, Color background, int align) {
        static Cell of(String text, Font font) {
            return new Cell(text.isEmpty() ? List.of() : List.of(Block.text(text, font)), null, Element.ALIGN_LEFT);
        }

    }

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfStructureElement root;
    private final List<PdfOutline> outline = new ArrayList<>();
    private float y;

    TaggedPdf(OutputStream out, Meta meta, PdfFonts fonts) throws IOException {
        this.fonts = fonts;
        // landscape by its dimensions, not by a /Rotate entry, so that text extraction reads it upright
        this.document = new Document(new com.lowagie.text.Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), MARGIN, MARGIN, MARGIN + PageFurniture.HEIGHT, MARGIN + PageFurniture.HEIGHT);
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
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        y = document.top();
    }

    float width() {
        return document.right() - document.left();
    }

    /** A heading (level 1-3) with an outline entry; it never stands alone at the foot of a page. */
    void heading(int level, String text, Font font) throws IOException {
        float height = measure(text, font, width());
        ensure(height + 90);
        if (y < document.top()) {
            y -= level == 1 ? 6 : level == 2 ? 14 : 8;
        }
        PdfName type = level == 1 ? PdfName.H1 : level == 2 ? PdfName.H2 : PdfName.H3;
        PdfStructureElement heading = new PdfStructureElement(root, type);
        flow(heading, text, font, document.left(), document.right(), Element.ALIGN_LEFT);
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
        flow(new PdfStructureElement(root, PdfName.P), text, font, document.left(), document.right(),
                Element.ALIGN_LEFT);
        y -= 4;
    }

    void space(float points) {
        y -= points;
    }

    /** A bulleted list: L, LI, Lbl, LBody. */
    void list(List<String> items, Font font) throws IOException {
        PdfStructureElement list = bulletList(root);
        for (String item : items) {
            ensure(font.getSize() * 1.4f);
            drawItem(list, Block.item(item, font), document.left(), document.right());
        }
        y -= 4;
    }

    /**
     * A table: header row as TH (scope column), body rows as TD. Rows stay whole when they fit
     * on a page; on every new page the header row is drawn again, as an artifact.
     */
    void table(float[] relativeWidths, List<Cell> header, List<List<Cell>> rows) throws IOException {
        table(relativeWidths, 1, header, rows);
    }

    /** A table over a part of the text width, from the left margin. */
    void table(float[] relativeWidths, float part, List<Cell> header, List<List<Cell>> rows) throws IOException {
        float[] widths = absolute(relativeWidths, part);
        PdfStructureElement table = new PdfStructureElement(root, PdfName.TABLE);
        float headerHeight = rowHeight(header, widths);
        ensure(headerHeight + Math.min(rowHeight(rows.isEmpty() ? header : rows.get(0), widths), 120));
        Rows drawing = new Rows(table, widths, header, headerHeight);
        drawing.draw(header, true);
        for (List<Cell> row : rows) {
            drawing.draw(row, false);
        }
        y -= 8;
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
            Image image = Image.getInstance(bytes);
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

    private PdfStructureElement figureElement(String alt, float x, float bottom, float width, float height) {
        PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfDictionary layout = new PdfDictionary();
        layout.put(PdfName.O, new PdfName("Layout"));
        layout.put(PdfName.BBOX, new PdfArray(new float[]{x, bottom, x + width, bottom + height}));
        figure.put(PdfName.A, layout);
        return figure;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    void ensure(float height) {
        if (y - height < document.bottom() && y < document.top()) {
            newPage();
        }
    }

    private void newPage() {
        document.newPage();
        y = document.top();
    }

    /** Text that flows over as many pages as it needs, all under one structure element. */
    private void flow(PdfStructureElement element, String text, Font font, float left, float right, int align)
            throws IOException {
        PdfContentByte cb = writer.getDirectContent();
        ColumnText column = column(cb, text, font, align);
        while (true) {
            column.setSimpleColumn(left, document.bottom(), right, y);
            cb.beginMarkedContentSequence(element);
            int status = go(column);
            cb.endMarkedContentSequence();
            y = column.getYLine() - gap(font);
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    /** An L element that says its items are bullets, for screen readers. */
    private static PdfStructureElement bulletList(PdfStructureElement parent) {
        PdfStructureElement list = new PdfStructureElement(parent, PdfName.L);
        PdfDictionary numbering = new PdfDictionary();
        numbering.put(PdfName.O, new PdfName("List"));
        numbering.put(new PdfName("ListNumbering"), new PdfName("Disc"));
        list.put(PdfName.A, numbering);
        return list;
    }

    private void drawItem(PdfStructureElement list, Block block, float left, float right) throws IOException {
        PdfContentByte cb = writer.getDirectContent();
        PdfStructureElement item = new PdfStructureElement(list, PdfName.LI);
        PdfStructureElement label = new PdfStructureElement(item, PdfName.LBL);
        PdfStructureElement body = new PdfStructureElement(item, PdfName.LBODY);
        float top = y;
        cb.beginMarkedContentSequence(label);
        ColumnText bullet = column(cb, block.label(), block.font(), Element.ALIGN_LEFT);
        bullet.setSimpleColumn(left, top - block.font().getSize() * 2, left + BULLET_INDENT, top);
        go(bullet);
        cb.endMarkedContentSequence();
        flow(body, block.text(), block.font(), left + BULLET_INDENT, right, Element.ALIGN_LEFT);
    }

    /**
     * Draws a table's rows. A row that fits on a page is kept whole; one taller than a page is
     * drawn in slices, each cell continuing on the next page between lines, under the same
     * structure elements. Backgrounds and rules are artifacts drawn under the text.
     */
    private final class Rows {
        private final PdfStructureElement table;
        private final float[] widths;
        private final List<Cell> header;
        private final float headerHeight;

        Rows(PdfStructureElement table, float[] widths, List<Cell> header, float headerHeight) {
            this.table = table;
            this.widths = widths;
            this.header = header;
            this.headerHeight = headerHeight;
        }

        void draw(List<Cell> cells, boolean isHeader) throws IOException {
            float height = rowHeight(cells, widths);
            boolean fitsAPage = height <= document.top() - document.bottom() - headerHeight;
            if (!isHeader && y - height < document.bottom() && (fitsAPage || y - document.bottom() < headerHeight)) {
                nextPage();
            }
            PdfStructureElement tr = new PdfStructureElement(table, TR);
            List<CellWriter> writers = new ArrayList<>();
            float x = document.left();
            for (int i = 0; i < cells.size(); i++) {
                writers.add(new CellWriter(cellElement(tr, isHeader), cells.get(i), x + CELL_PADDING,
                        x + widths[i] - CELL_PADDING));
                x += widths[i];
            }
            slices(cells, writers, height, isHeader);
        }

        /** The header row again at the top of a new page: decoration, since it was read once already. */
        private void nextPage() throws IOException {
            newPage();
            List<CellWriter> writers = new ArrayList<>();
            float x = document.left();
            for (int i = 0; i < header.size(); i++) {
                writers.add(new CellWriter(null, header.get(i), x + CELL_PADDING, x + widths[i] - CELL_PADDING));
                x += widths[i];
            }
            slices(header, writers, headerHeight, true);
        }

        private void slices(List<Cell> cells, List<CellWriter> writers, float height, boolean isHeader) throws IOException {
            while (true) {
                float top = y;
                float lowest = top;
                boolean done = true;
                for (CellWriter writer : writers) {
                    lowest = Math.min(lowest, writer.draw(top - CELL_PADDING, document.bottom()));
                    done &= writer.done();
                }
                float bottom = done ? Math.min(top - height, lowest - CELL_PADDING) : document.bottom();
                decorate(cells, top, Math.max(bottom, document.bottom()), isHeader);
                y = bottom;
                if (done) {
                    return;
                }
                height = 0;
                nextPage();
            }
        }

        private void decorate(List<Cell> cells, float top, float bottom, boolean isHeader) throws IOException {
            PdfContentByte under = writer.getDirectContentUnder();
            Artifacts.draw(under, () -> {
                float x = document.left();
                for (int i = 0; i < cells.size(); i++) {
                    Color fill = cells.get(i).background();
                    if (fill != null) {
                        under.setColorFill(fill);
                        under.rectangle(x, bottom, widths[i], top - bottom);
                        under.fill();
                    }
                    x += widths[i];
                }
                under.setColorStroke(Artifacts.RULE);
                under.setLineWidth(isHeader ? 0.8f : 0.4f);
                under.moveTo(document.left(), bottom);
                under.lineTo(x, bottom);
                if (isHeader) {
                    under.moveTo(document.left(), top);
                    under.lineTo(x, top);
                }
                under.stroke();
            });
        }

        private PdfStructureElement cellElement(PdfStructureElement tr, boolean isHeader) {
            PdfStructureElement element = new PdfStructureElement(tr, isHeader ? PdfName.TH : PdfName.TD);
            if (isHeader) {
                PdfDictionary scope = new PdfDictionary();
                scope.put(PdfName.O, PdfName.TABLE);
                scope.put(new PdfName("Scope"), new PdfName("Column"));
                element.put(PdfName.A, scope);
            }
            return element;
        }
    }

    /**
     * Writes one cell's blocks, as far as a slice of the page allows, and remembers where it
     * stopped. Plain text goes directly in the TH or TD; with bullets the cell holds an L per run
     * of items and a P per plain paragraph, since an element holds either content or children,
     * never both. Without an element (a repeated header) everything is an artifact.
     */
    private final class CellWriter {
        private final PdfStructureElement element;
        private final Cell cell;
        private final float left;
        private final float right;
        private final boolean children;
        private int next;
        private PdfStructureElement list;
        private ColumnText pending;
        private PdfStructureElement pendingElement;
        private Font pendingFont;
        private float pendingIndent;

        CellWriter(PdfStructureElement element, Cell cell, float left, float right) {
            this.element = element;
            this.cell = cell;
            this.left = left;
            this.right = right;
            this.children = element != null && cell.blocks().stream().anyMatch(b -> b.label() != null);
        }

        boolean done() {
            return pending == null && next >= cell.blocks().size();
        }

        /** Draws from {@code top} down to at most {@code bottom}; returns where it stopped. */
        float draw(float top, float bottom) throws IOException {
            float line = top;
            while (!done()) {
                if (pending == null) {
                    Block block = cell.blocks().get(next);
                    if (line - block.font().getSize() * 1.3f < bottom) {
                        return line; // not even one line fits: start the block on the next page
                    }
                    start(block, line);
                    next++;
                }
                pending.setSimpleColumn(left + pendingIndent, bottom, right, line);
                PdfContentByte cb = writer.getDirectContent();
                begin(cb, pendingElement);
                int status = go(pending);
                end(cb);
                line = pending.getYLine() - gap(pendingFont);
                if (ColumnText.hasMoreText(status)) {
                    return line;
                }
                pending = null;
            }
            return line;
        }

        private void start(Block block, float line) throws IOException {
            PdfContentByte cb = writer.getDirectContent();
            pendingFont = block.font();
            if (!children) {
                pendingElement = element;
                String text = block.label() == null ? block.text() : block.label() + " " + block.text();
                pending = column(cb, text, block.font(), cell.align());
                list = null;
            } else if (block.label() != null) {
                list = list != null ? list : bulletList(element);
                PdfStructureElement item = new PdfStructureElement(list, PdfName.LI);
                PdfStructureElement label = new PdfStructureElement(item, PdfName.LBL);
                pendingElement = new PdfStructureElement(item, PdfName.LBODY);
                cb.beginMarkedContentSequence(label);
                ColumnText bullet = column(cb, block.label(), block.font(), Element.ALIGN_LEFT);
                bullet.setSimpleColumn(left, line - block.font().getSize() * 2, left + BULLET_INDENT, line);
                go(bullet);
                cb.endMarkedContentSequence();
                pending = column(cb, block.text(), block.font(), Element.ALIGN_LEFT);
            } else {
                list = null;
                pendingElement = new PdfStructureElement(element, PdfName.P);
                pending = column(cb, block.text(), block.font(), cell.align());
            }
            pendingIndent = children && block.label() != null ? BULLET_INDENT : 0;
        }

        private void begin(PdfContentByte cb, PdfStructureElement structure) {
            if (structure == null) {
                Artifacts.begin(cb);
            } else {
                cb.beginMarkedContentSequence(structure);
            }
        }

        private void end(PdfContentByte cb) {
            cb.endMarkedContentSequence();
        }
    }

    private float rowHeight(List<Cell> cells, float[] widths) {
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            float cellHeight = 0;
            for (Block block : cells.get(i).blocks()) {
                float indent = block.label() == null ? 0 : BULLET_INDENT;
                cellHeight += measure(block.text(), block.font(), widths[i] - 2 * CELL_PADDING - indent) + gap(block.font());
            }
            height = Math.max(height, cellHeight);
        }
        return height + 2 * CELL_PADDING + 2;
    }

    /** The space below a block of text: its descent plus a little air. Measuring and drawing both add it. */
    private static float gap(Font font) {
        return font.getSize() * 0.5f;
    }

    /** The height text takes in a column of the given width, found by a simulated layout. */
    private static float measure(String text, Font font, float width) {
        ColumnText column = column(null, text, font, Element.ALIGN_LEFT);
        column.setSimpleColumn(0, -100_000, width, 0);
        go(column, true);
        return -column.getYLine();
    }

    private static ColumnText column(PdfContentByte cb, String text, Font font, int align) {
        ColumnText column = new ColumnText(cb);
        column.addText(new Phrase(text, font));
        column.setLeading(0, 1.25f);
        column.setAlignment(align);
        column.setUseAscender(true);
        return column;
    }

    private static int go(ColumnText column) {
        return go(column, false);
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("Text layout failed", e);
        }
    }

    private float[] absolute(float[] relative, float part) {
        float total = 0;
        for (float w : relative) {
            total += w;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = relative[i] / total * width() * part;
        }
        return widths;
    }

    @Override
    public void close() {
        document.close();
    }
}
