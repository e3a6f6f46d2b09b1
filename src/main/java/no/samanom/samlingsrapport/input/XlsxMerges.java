package no.samanom.samlingsrapport.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged cells of one sheet of an .xlsx. A sheet's XML lists them after its rows, so a reader
 * that goes row by row learns them too late to give a merged value to every row it covers: this
 * looks them up first, scanning the sheet's bytes for its {@code mergeCell} elements without
 * parsing the rest.
 */
final class XlsxMerges {

    private static final byte[] ELEMENT = "mergeCell ".getBytes(StandardCharsets.US_ASCII);

    private XlsxMerges() {
    }

    static List<CellRangeAddress> of(Path workbook, String sheetName) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            String part = sheetPart(zip, sheetName);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = new BufferedInputStream(zip.getInputStream(entry), 1 << 16)) {
                return scan(in);
            }
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException("The workbook's sheet list cannot be read: " + e.getMessage(), e);
        }
    }

    /** The sheet's part in the package: its name in workbook.xml, its relationship's target in workbook.xml.rels. */
    private static String sheetPart(ZipFile zip, String sheetName) throws IOException, XMLStreamException {
        String id = null;
        for (Map<String, String> sheet : elements(zip, "xl/workbook.xml", "sheet")) {
            if (sheetName.equals(sheet.get("name"))) {
                id = sheet.get("id");
            }
        }
        for (Map<String, String> relationship : elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")) {
            if (id != null && id.equals(relationship.get("Id"))) {
                String target = relationship.get("Target");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        return null;
    }

    /** The attributes (by local name) of every element of that local name in an XML part. */
    private static List<Map<String, String>> elements(ZipFile zip, String part, String name)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        List<Map<String, String>> found = new ArrayList<>();
        if (entry == null) {
            return found;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && name.equals(xml.getLocalName())) {
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

    /** Every {@code <mergeCell ref="A2:A4"/>} in the sheet's bytes. */
    private static List<CellRangeAddress> scan(InputStream in) throws IOException {
        List<CellRangeAddress> regions = new ArrayList<>();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            matched = b == ELEMENT[matched] ? matched + 1 : b == ELEMENT[0] ? 1 : 0;
            if (matched == ELEMENT.length) {
                matched = 0;
                String ref = attribute(in, "ref=\"");
                if (ref != null) {
                    regions.add(CellRangeAddress.valueOf(ref));
                }
            }
        }
        return regions;
    }

    /** The value of the attribute in the rest of the element, or null. */
    private static String attribute(InputStream in, String name) throws IOException {
        StringBuilder element = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '>' && element.length() < 200) {
            element.append((char) b);
        }
        int at = element.indexOf(name);
        int end = at < 0 ? -1 : element.indexOf("\"", at + name.length());
        return end < 0 ? null : element.substring(at + name.length(), end);
    }
}
