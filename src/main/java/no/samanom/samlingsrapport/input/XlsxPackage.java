package no.samanom.samlingsrapport.input;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * An .xlsx package read as what it is, a zip of XML parts, with the JDK's streaming XML parser:
 * its sheets by name, its date system, its shared strings and which cell styles are dates. POI's
 * own reader needs its XML schema classes for this, which take longer to load than a
 * coordinator's whole workbook takes to read. The limits POI sets against zip bombs hold here too.
 */
final class XlsxPackage implements Closeable {

    /** POI's own limits: more parts than this, or a part inflating beyond this, is not read. */
    private static final int MAX_ENTRIES = 1000;
    private static final long MAX_PART = 4L << 30;
    private static final XMLInputFactory XML = factory();

    private final ZipFile zip;
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final boolean date1904;
    private final String sharedStringsPart;
    private final String stylesPart;
    private List<String> sharedStrings;
    private List<NumberFormat> formats;

    private XlsxPackage(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        this.zip = zip;
        Map<String, String> targets = new HashMap<>();
        String strings = null;
        String styles = null;
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String relationships = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        for (Map<String, String> relationship : elements(relationships, "Relationship")) {
            String part = resolve(folder, relationship.get("Target"));
            targets.put(relationship.get("Id"), part);
            String type = relationship.getOrDefault("Type", "");
            strings = type.endsWith("/sharedStrings") ? part : strings;
            styles = type.endsWith("/styles") ? part : styles;
        }
        this.sharedStringsPart = strings;
        this.stylesPart = styles;
        boolean dates1904 = false;
        for (Map<String, String> element : elements(workbook, "sheet", "workbookPr")) {
            if (element.containsKey("date1904")) {
                dates1904 = "1".equals(element.get("date1904")) || "true".equals(element.get("date1904"));
            } else if (element.containsKey("name")) {
                sheets.put(element.get("name"), targets.get(element.get("id")));
            }
        }
        this.date1904 = dates1904;
    }

    /** Opens the package; a zip that is not a workbook, or is too large to read safely, is an {@link IOException}. */
    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            if (zip.size() > MAX_ENTRIES) {
                throw new IOException("The file appears to be potentially malicious: more internal file entries than expected");
            }
            String workbook = null;
            for (Map<String, String> relationship : new XlsxPackage(zip).elements("_rels/.rels", "Relationship")) {
                if (relationship.getOrDefault("Type", "").endsWith("/officeDocument")) {
                    workbook = resolve("", relationship.get("Target"));
                }
            }
            if (workbook == null || zip.getEntry(workbook) == null) {
                throw new IOException("No workbook in the package");
            }
            return new XlsxPackage(zip, workbook);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The package before its workbook is known: only to read its relationships. */
    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
        this.date1904 = false;
        this.sharedStringsPart = null;
        this.stylesPart = null;
    }

    /** A relationship's target, relative to the folder of the part it belongs to, or absolute. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    boolean date1904() {
        return date1904;
    }

    /** The sheet's XML, or null when the workbook has no such sheet. */
    InputStream sheet(String name) throws IOException {
        String part = sheets.get(name);
        return part == null ? null : part(part);
    }

    /** The shared strings, read the first time a sheet needs them. */
    List<String> sharedStrings() throws IOException, XMLStreamException {
        if (sharedStrings == null) {
            sharedStrings = new ArrayList<>();
            if (sharedStringsPart != null && zip.getEntry(sharedStringsPart) != null) {
                readSharedStrings();
            }
        }
        return sharedStrings;
    }

    /** A cell style's number format (index and code), which says whether the cell shows a date. */
    record NumberFormat(int index, String code) {
        static final NumberFormat GENERAL = new NumberFormat(0, "General");
    }

    /** The number format of a cell style (an index into cellXfs). */
    NumberFormat format(int style) throws IOException, XMLStreamException {
        if (formats == null) {
            formats = readFormats();
        }
        return style >= 0 && style < formats.size() ? formats.get(style) : NumberFormat.GENERAL;
    }

    /** The merged cells of a sheet, from its bytes (see {@link XlsxMerges}). */
    List<org.apache.poi.ss.util.CellRangeAddress> merges(String sheet) throws IOException {
        try (InputStream in = sheet(sheet)) {
            return in == null ? List.of() : XlsxMerges.scan(new java.io.BufferedInputStream(in, 1 << 16));
        }
    }

    XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    /** Every string item's text, its runs joined and its phonetic readings left out. */
    private void readSharedStrings() throws IOException, XMLStreamException {
        try (InputStream in = part(sharedStringsPart)) {
            XMLStreamReader xml = xml(in);
            StringBuilder item = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> item = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String text = xml.getElementText();
                            if (item != null && phonetic == 0) {
                                item.append(text);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if ("si".equals(xml.getLocalName()) && item != null) {
                        sharedStrings.add(item.toString());
                        item = null;
                    } else if ("rPh".equals(xml.getLocalName())) {
                        phonetic--;
                    }
                }
            }
            xml.close();
        }
    }

    /** The cell styles (cellXfs) in order, each with its number format. */
    private List<NumberFormat> readFormats() throws IOException, XMLStreamException {
        List<NumberFormat> styles = new ArrayList<>();
        if (stylesPart == null || zip.getEntry(stylesPart) == null) {
            return styles;
        }
        Map<Integer, String> formats = new HashMap<>();
        try (InputStream in = part(stylesPart)) {
            XMLStreamReader xml = xml(in);
            boolean cellStyles = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("numFmt".equals(name)) {
                        formats.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                    } else if ("cellXfs".equals(name)) {
                        cellStyles = true;
                    } else if (cellStyles && "xf".equals(name)) {
                        String id = xml.getAttributeValue(null, "numFmtId");
                        int format = id == null ? 0 : Integer.parseInt(id);
                        String code = formats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                        styles.add(new NumberFormat(format, code == null ? "General" : code));
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    cellStyles = false;
                }
            }
            xml.close();
        }
        return styles;
    }

    /** The attributes, by local name, of every element of those local names in a part. */
    private List<Map<String, String>> elements(String part, String... names) throws IOException, XMLStreamException {
        List<Map<String, String>> found = new ArrayList<>();
        if (zip.getEntry(part) == null) {
            return found;
        }
        List<String> wanted = List.of(names);
        try (InputStream in = part(part)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && wanted.contains(xml.getLocalName())) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    found.add(attributes);
                }
            }
            xml.close();
        }
        return found;
    }

    /** A part's bytes, cut off with an error past POI's limit, so that a zip bomb cannot fill a disk or the day. */
    private InputStream part(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("No part " + name);
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > MAX_PART) {
                    throw new IOException("Zip bomb detected: a part would exceed the max size");
                }
            }
        };
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a workbook is data: no document type, no entity reaching out of it
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
