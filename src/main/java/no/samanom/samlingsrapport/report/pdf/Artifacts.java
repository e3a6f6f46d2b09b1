package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.io.IOException;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;

/**
 * Decoration as opposed to content: rules, backgrounds, repeated table headers and the running
 * header and footer are marked as artifacts, so that screen readers and text extraction pass
 * over them, as PDF/UA asks.
 */
final class Artifacts {

    static final PdfName TAG = new PdfName("Artifact");
    /** The one grey of every rule, under table rows and the running header alike. */
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);

    interface Drawing {
        void draw() throws IOException;
    }

    private Artifacts() {
    }

    static void begin(PdfContentByte cb) {
        cb.beginMarkedContentSequence(TAG, null, false);
    }

    /** Marked as an artifact, and its colours and line widths kept from leaking into the text. */
    static void draw(PdfContentByte cb, Drawing drawing) throws IOException {
        begin(cb);
        cb.saveState();
        drawing.draw();
        cb.restoreState();
        cb.endMarkedContentSequence();
    }
}
