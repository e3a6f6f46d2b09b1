package no.samanom.samlingsrapport.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;

import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;
import no.samanom.samlingsrapport.report.StatementCell;

/**
 * What both reports' sections are drawn with: one document, its texts, branding and fonts, and
 * the title, headings and table cells that make the gathering summary and the development
 * report look alike.
 */
final class ReportPage {
    static final Color HEADER_FILL = new Color(0xE4, 0xEB, 0xF3);
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final TaggedPdf pdf;
    private final ReportText text;
    private final Profile profile;
    private final PdfFonts fonts;
    final Font body;
    final Font bold;

    ReportPage(TaggedPdf pdf, ReportText text, Profile profile, PdfFonts fonts) {
        this.pdf = pdf;
        this.text = text;
        this.profile = profile;
        this.fonts = fonts;
        this.body = fonts.regular(9);
        this.bold = fonts.bold(9);
    }

    /** Logo, programme and the document's one H1. */
    void title(String title) throws IOException {
        if (profile.logo() != null) {
            pdf.image(profile.logo(), 40, text.get("logo.alt", profile.organisation()));
        }
        pdf.paragraph(text.get("programme"), fonts.bold(11, profile.accent()));
        pdf.heading(1, title, fonts.bold(20, profile.accent()));
    }

    void heading(String title) throws IOException {
        pdf.heading(2, title, fonts.bold(15, profile.accent()));
    }

    /** The section's heading, and its "nothing here" line instead of a body when it has no data; true when it goes on. */
    boolean section(String heading, boolean empty, String none) throws IOException {
        heading(text.get(heading));
        if (empty) {
            pdf.paragraph(text.get(none), body);
        }
        return !empty;
    }

    void subheading(String title) throws IOException {
        pdf.heading(3, title, fonts.bold(11, profile.accent()));
    }

    /** The cell's statements as bullets, and how many more there are: the same as in the workbook. */
    Cell statements(StatementCell cell, int respondents) {
        List<Block> blocks = new ArrayList<>();
        cell.shown().forEach(s -> blocks.add(Block.item(text.statement(s, respondents), body)));
        if (cell.more() > 0) {
            blocks.add(Block.text(text.get("statement.more", cell.more()), fonts.regular(8, GREY)));
        }
        return new Cell(blocks, null, Element.ALIGN_LEFT);
    }

    Cell headerCell(String title) {
        return headerCell(title, null);
    }

    Cell numberHeader(String title) {
        return new Cell(List.of(Block.text(title, bold)), HEADER_FILL, Element.ALIGN_RIGHT);
    }

    Cell headerCell(String title, String subtitle) {
        List<Block> blocks = new ArrayList<>(List.of(Block.text(title, bold)));
        if (subtitle != null) {
            blocks.add(Block.text(subtitle, fonts.regular(8)));
        }
        return new Cell(blocks, HEADER_FILL, Element.ALIGN_LEFT);
    }

    Cell number(String value) {
        return new Cell(List.of(Block.text(value, body)), null, Element.ALIGN_RIGHT);
    }
}
