package no.samanom.samlingsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads produced reports back: PDF text through PDFBox, workbook cells through POI. */
public final class Reports {

    private Reports() {
    }

    /**
     * The PDF's text with all whitespace runs folded to one space, so wrapped cells read whole.
     * Every PDF a test reads is first validated as PDF/A-2a and PDF/UA-1: a non-compliant report
     * fails the build.
     */
    public static String pdfText(Path pdf) throws IOException {
        PdfCompliance.assertArchival(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /**
     * The structure tree in reading order, one entry per element: its type, with the alt text
     * of figures and the scope of header cells, e.g. "H1", "Table", "TR", "TH/Column", "Figure: ...".
     */
    public static List<String> structure(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> elements = new ArrayList<>();
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            for (Object kid : root.getKids()) {
                walk(kid, elements);
            }
            return elements;
        }
    }

    private static void walk(Object node, List<String> elements) {
        if (!(node instanceof PDStructureElement element)) {
            return;
        }
        String entry = element.getStructureType();
        if (element.getAlternateDescription() != null) {
            entry += ": " + element.getAlternateDescription();
        }
        for (var revision = 0; revision < element.getAttributes().size(); revision++) {
            if (element.getAttributes().getObject(revision) instanceof PDTableAttributeObject table
                    && table.getScope() != null) {
                entry += "/" + table.getScope();
            }
        }
        elements.add(entry);
        for (Object kid : element.getKids()) {
            walk(kid, elements);
        }
    }

    /** The outline's titles, depth-first, children indented by two spaces. */
    public static List<String> outline(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            outline(document.getDocumentCatalog().getDocumentOutline(), "", titles);
            return titles;
        }
    }

    private static void outline(PDOutlineNode node, String indent, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            outline(item, indent + "  ", titles);
        }
    }

    public static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    public static Workbook workbook(Path xlsx) throws IOException {
        return WorkbookFactory.create(xlsx.toFile(), null, true);
    }

    /** A cell's text as a Norwegian spreadsheet shows it (formulas by their cached result), "" for a missing cell. */
    public static String cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("nb-NO"));
        formatter.setUseCachedValuesForFormulaCells(true);
        return c == null ? "" : formatter.formatCellValue(c);
    }

    /** The first row whose first cell equals the text, or -1. */
    public static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        return -1;
    }
}
