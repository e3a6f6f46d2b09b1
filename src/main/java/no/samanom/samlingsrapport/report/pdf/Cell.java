package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;

/** A table cell: its blocks, an optional background, and its horizontal alignment. */
record Cell(List<Block> blocks, Color background, int align) {

    static Cell of(String text, Font font) {
        return new Cell(text.isEmpty() ? List.of() : List.of(Block.text(text, font)), null, Element.ALIGN_LEFT);
    }
}
