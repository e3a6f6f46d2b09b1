package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Tables at the flow's cursor: header row as TH (scope column), body rows as TD. A row that fits
 * on a page is kept whole; one taller than a page is drawn in slices, each cell continuing on
 * the next page between lines, under the same structure elements. On every new page the header
 * row is drawn again, as an artifact. Backgrounds and rules are artifacts drawn under the text.
 */
final class PdfTables {

    private static final PdfName TR = new PdfName("TR");
    private static final float CELL_PADDING = 4;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final PdfFlow flow;

    PdfTables(Document document, PdfWriter writer, PdfStructureElement root, PdfFlow flow) {
        this.document = document;
        this.writer = writer;
        this.root = root;
        this.flow = flow;
    }

    /** A table over a part of the text width, from the left margin. */
    void table(float[] relativeWidths, float part, List<Cell> header, List<List<Cell>> rows) throws IOException {
        float[] widths = absolute(relativeWidths, part);
        PdfStructureElement table = new PdfStructureElement(root, PdfName.TABLE);
        float headerHeight = rowHeight(header, widths);
        flow.ensure(headerHeight + Math.min(rowHeight(rows.isEmpty() ? header : rows.get(0), widths), 120));
        Rows drawing = new Rows(table, widths, header, headerHeight);
        drawing.draw(header, true);
        for (List<Cell> row : rows) {
            drawing.draw(row, false);
        }
        flow.space(8);
    }

    private float rowHeight(List<Cell> cells, float[] widths) {
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            float cellHeight = 0;
            for (Block block : cells.get(i).blocks()) {
                float indent = block.label() == null ? 0 : BulletLists.INDENT;
                cellHeight += TextColumns.measure(block.text(), block.font(), widths[i] - 2 * CELL_PADDING - indent)
                        + TextColumns.gap(block.font());
            }
            height = Math.max(height, cellHeight);
        }
        return height + 2 * CELL_PADDING + 2;
    }

    private float[] absolute(float[] relative, float part) {
        float total = 0;
        for (float w : relative) {
            total += w;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = relative[i] / total * flow.width() * part;
        }
        return widths;
    }

    /** Draws one table's rows, and its header row again on every page the table goes on to. */
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
            float y = flow.y();
            if (!isHeader && y - height < document.bottom() && (fitsAPage || y - document.bottom() < headerHeight)) {
                nextPage();
            }
            PdfStructureElement tr = new PdfStructureElement(table, TR);
            slices(cells, writers(cells, tr, isHeader), height, isHeader);
        }

        /** The header row again at the top of a new page: decoration, since it was read once already. */
        private void nextPage() throws IOException {
            flow.newPage();
            slices(header, writers(header, null, true), headerHeight, true);
        }

        /** One writer a cell, each in its TH or TD under {@code tr}; without a row, as artifacts. */
        private List<CellWriter> writers(List<Cell> cells, PdfStructureElement tr, boolean isHeader) {
            List<CellWriter> writers = new ArrayList<>();
            float x = document.left();
            for (int i = 0; i < cells.size(); i++) {
                PdfStructureElement element = tr == null ? null : cellElement(tr, isHeader);
                writers.add(new CellWriter(writer, element, cells.get(i), x + CELL_PADDING, x + widths[i] - CELL_PADDING));
                x += widths[i];
            }
            return writers;
        }

        private void slices(List<Cell> cells, List<CellWriter> writers, float height, boolean isHeader) throws IOException {
            while (true) {
                float top = flow.y();
                float lowest = top;
                boolean done = true;
                for (CellWriter cellWriter : writers) {
                    lowest = Math.min(lowest, cellWriter.draw(top - CELL_PADDING, document.bottom()));
                    done &= cellWriter.done();
                }
                float bottom = done ? Math.min(top - height, lowest - CELL_PADDING) : document.bottom();
                decorate(cells, top, Math.max(bottom, document.bottom()), isHeader);
                flow.moveTo(bottom);
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
}
