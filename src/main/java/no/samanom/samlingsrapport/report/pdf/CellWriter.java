package no.samanom.samlingsrapport.report.pdf;

import java.io.IOException;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes one cell's blocks, as far as a slice of the page allows, and remembers where it
 * stopped. Plain text goes directly in the TH or TD; with bullets the cell holds an L per run
 * of items and a P per plain paragraph, since an element holds either content or children,
 * never both. Without an element (a repeated header) everything is an artifact.
 */
final class CellWriter {
    private final PdfWriter writer;
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

    CellWriter(PdfWriter writer, PdfStructureElement element, Cell cell, float left, float right) {
        this.writer = writer;
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
            int status = TextColumns.go(pending);
            cb.endMarkedContentSequence();
            line = pending.getYLine() - TextColumns.gap(pendingFont);
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
            pending = TextColumns.column(cb, text, block.font(), cell.align());
            list = null;
        } else if (block.label() != null) {
            list = list != null ? list : BulletLists.list(element);
            pendingElement = BulletLists.item(cb, list, block, left, line);
            pending = TextColumns.column(cb, block.text(), block.font(), Element.ALIGN_LEFT);
        } else {
            list = null;
            pendingElement = new PdfStructureElement(element, PdfName.P);
            pending = TextColumns.column(cb, block.text(), block.font(), cell.align());
        }
        pendingIndent = children && block.label() != null ? BulletLists.INDENT : 0;
    }

    private static void begin(PdfContentByte cb, PdfStructureElement structure) {
        if (structure == null) {
            Artifacts.begin(cb);
        } else {
            cb.beginMarkedContentSequence(structure);
        }
    }
}
