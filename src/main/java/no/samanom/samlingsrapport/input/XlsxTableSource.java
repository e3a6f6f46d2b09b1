package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of an .xlsx workbook, read row by row straight from the sheet's XML, so that a sheet of
 * a million rows needs no more memory than one row. Cells become text as for an .xls
 * ({@link ExcelTableSource#numeric}): whole numbers without decimals, dates as ISO dates in the
 * workbook's date system, formulas by their cached value, booleans and errors as Excel shows them.
 * When the last row has been read, the file must still be the one fingerprinted.
 */
final class XlsxTableSource implements TableSource {

    private final TableRef ref;
    private final XlsxPackage workbook;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final MergedCells merged;
    private List<String> header = List.of();
    private int headerLine;
    private int lastRow;
    private boolean verified;

    private XlsxTableSource(TableRef ref, XlsxPackage workbook, InputStream in, MergedCells merged)
            throws XMLStreamException {
        this.ref = ref;
        this.workbook = workbook;
        this.in = in;
        this.xml = workbook.xml(in);
        this.merged = merged;
    }

    static XlsxTableSource open(TableRef ref, XlsxPackage workbook) throws InputFileException {
        try {
            String sheet = ref.sheet() == null ? workbook.sheetNames().stream().findFirst().orElse(null) : ref.sheet();
            InputStream in = sheet == null ? null : workbook.sheet(sheet);
            if (in == null) {
                throw new InputFileException("Arket «" + Visible.of(ref.sheet(), Visible.NAME)
                        + "» finnes ikke lenger i arbeidsboken.");
            }
            XlsxTableSource source = new XlsxTableSource(ref, workbook, in, new MergedCells(workbook.merges(sheet)));
            RawRow first = source.next();
            if (first != null) {
                source.header = first.cells();
                source.headerLine = first.line();
            }
            return source;
        } catch (InputFileException e) {
            close(workbook);
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            close(workbook);
            throw new InputFileException(e instanceof InputChangedException ? e.getMessage() : Workbooks.reason(e), e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return headerLine;
    }

    @Override
    public boolean date1904() {
        return workbook.date1904();
    }

    @Override
    public RawRow next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    RawRow row = row();
                    if (!row.isBlank()) {
                        return row;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("The sheet's XML is broken: " + e.getMessage(), e);
        }
        verify();
        return null;
    }

    /** The row the reader stands at the start of, its cells by their column. */
    private RawRow row() throws XMLStreamException, IOException {
        String number = xml.getAttributeValue(null, "r");
        int line = number != null ? Integer.parseInt(number) : lastRow + 1;
        lastRow = line;
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference != null ? column(reference) : cells.size();
                String text = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(text);
            } else if (event == XMLStreamReader.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        merged.fill(line - 1, cells);
        return new RawRow(line, cells);
    }

    /** The cell the reader stands at the start of, as text; the reader ends at its end. */
    private String cell(String type, String style) throws XMLStreamException, IOException {
        String value = null;
        StringBuilder inline = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                if ("v".equals(xml.getLocalName())) {
                    value = xml.getElementText();
                    depth--;
                } else if ("t".equals(xml.getLocalName())) {
                    inline.append(xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        try {
            return text(type == null ? "n" : type, value, inline.toString(), style == null ? 0 : Integer.parseInt(style));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return "#UGYLDIG_CELLE"; // a cell POI could not convert either: its raw content is not ours to guess
        }
    }

    private String text(String type, String value, String inline, int style) throws XMLStreamException, IOException {
        return switch (type) {
            case "s" -> value == null ? "" : workbook.sharedStrings().get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline;
            case "str", "e" -> value == null ? "" : value;
            case "b" -> "1".equals(value) || "true".equals(value) ? "SANN" : "USANN";
            case "d" -> value == null ? "" : value.length() >= 10 ? value.substring(0, 10) : value;
            default -> {
                if (value == null || value.isBlank()) {
                    yield "";
                }
                XlsxPackage.NumberFormat format = workbook.format(style);
                yield ExcelTableSource.numeric(Double.parseDouble(value), format.index(), format.code(), date1904());
            }
        };
    }

    /** "B3" is column 1 (counted from 0). */
    private static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** The whole sheet was read from the file: it must not have changed since it was fingerprinted. */
    private void verify() throws IOException {
        if (verified || ref.sha256() == null) {
            return;
        }
        verified = true;
        ref.verifyUnchanged();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // only the parser's own resources: the stream is closed below
        } finally {
            in.close();
            workbook.close();
        }
    }

    private static void close(XlsxPackage workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
