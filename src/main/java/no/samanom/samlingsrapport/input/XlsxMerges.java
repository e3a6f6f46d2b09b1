package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged cells of one sheet of an .xlsx. A sheet's XML lists them after its rows, so a reader
 * that goes row by row learns them too late to give a merged value to every row it covers: they
 * are looked up first, scanning the sheet's bytes for its {@code mergeCell} elements without
 * parsing the rest.
 */
final class XlsxMerges {

    private static final byte[] ELEMENT = "mergeCell ".getBytes(StandardCharsets.US_ASCII);
    private static final String REF = "ref=\"";

    private XlsxMerges() {
    }

    /** Every {@code <mergeCell ref="A2:A4"/>} in the sheet's bytes, read a buffer at a time. */
    static List<CellRangeAddress> scan(InputStream in) throws IOException {
        List<CellRangeAddress> regions = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        int matched = 0;
        StringBuilder element = null;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (element != null) {
                    if (b == '>' || element.length() > 200) {
                        ref(element).ifPresent(regions::add);
                        element = null;
                    } else {
                        element.append((char) b);
                    }
                    continue;
                }
                matched = b == ELEMENT[matched] ? matched + 1 : b == ELEMENT[0] ? 1 : 0;
                if (matched == ELEMENT.length) {
                    matched = 0;
                    element = new StringBuilder();
                }
            }
        }
        return regions;
    }

    /** The range in an element's {@code ref} attribute. */
    private static Optional<CellRangeAddress> ref(StringBuilder element) {
        int at = element.indexOf(REF);
        int end = at < 0 ? -1 : element.indexOf("\"", at + REF.length());
        return end < 0 ? Optional.empty()
                : Optional.of(CellRangeAddress.valueOf(element.substring(at + REF.length(), end)));
    }
}
