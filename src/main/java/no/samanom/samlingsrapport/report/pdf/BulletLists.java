package no.samanom.samlingsrapport.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/** Bulleted lists as PDF/UA has them, in the text flow and in table cells alike: L, LI, Lbl, LBody. */
final class BulletLists {

    /** Where an item's text starts, right of its bullet. */
    static final float INDENT = 10;

    private BulletLists() {
    }

    /** An L element that says its items are bullets, for screen readers. */
    static PdfStructureElement list(PdfStructureElement parent) {
        PdfStructureElement list = new PdfStructureElement(parent, PdfName.L);
        PdfDictionary numbering = new PdfDictionary();
        numbering.put(PdfName.O, new PdfName("List"));
        numbering.put(new PdfName("ListNumbering"), new PdfName("Disc"));
        list.put(PdfName.A, numbering);
        return list;
    }

    /** Starts an item: draws its bullet, in its Lbl, at {@code left} and {@code top}; returns the LBody for its text. */
    static PdfStructureElement item(PdfContentByte cb, PdfStructureElement list, Block block, float left, float top) {
        PdfStructureElement item = new PdfStructureElement(list, PdfName.LI);
        PdfStructureElement label = new PdfStructureElement(item, PdfName.LBL);
        PdfStructureElement body = new PdfStructureElement(item, PdfName.LBODY);
        cb.beginMarkedContentSequence(label);
        ColumnText bullet = TextColumns.column(cb, block.label(), block.font(), Element.ALIGN_LEFT);
        bullet.setSimpleColumn(left, top - block.font().getSize() * 2, left + INDENT, top);
        TextColumns.go(bullet);
        cb.endMarkedContentSequence();
        return body;
    }
}
