package no.samanom.samlingsrapport.report.pdf;

import com.lowagie.text.Font;

/** A paragraph in a table cell, or a list item when it has a label (the bullet). */
record Block(String label, String text, Font font) {

    static Block text(String text, Font font) {
        return new Block(null, text, font);
    }

    static Block item(String text, Font font) {
        return new Block("•", text, font);
    }
}
