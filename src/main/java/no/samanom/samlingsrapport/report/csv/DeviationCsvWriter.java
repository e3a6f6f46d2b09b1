package no.samanom.samlingsrapport.report.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.GatheringSummary;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportWriter;

/**
 * The deviation list as a CSV a Norwegian Excel opens directly: semicolons, UTF-8 with a
 * byte-order mark so that æ, ø and å come out right.
 */
@Component
@Order(3)
public class DeviationCsvWriter implements ReportWriter<GatheringSummary> {

    static final String[] HEADER = {"Fil", "Ark", "Linje", "Kolonne", "Verdi", "Årsak", "Konsekvens"};

    @Override
    public String fileName(String id) {
        return id + "-avvik.csv";
    }

    @Override
    public boolean appliesTo(GatheringSummary summary) {
        return summary.dataBasis().deviations() > 0;
    }

    @Override
    public void write(ReportData<GatheringSummary> data, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(HEADER).get();
        try (Stream<Deviation> deviations = data.deviations().open();
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Iterator<Deviation> it = deviations.iterator(); it.hasNext(); ) {
                Deviation d = it.next();
                printer.printRecord(d.file(), d.sheet() == null ? "" : d.sheet(), d.line() == 0 ? "" : d.line(),
                        d.column(), inert(d.value()), d.reason(), d.consequence().label());
            }
        }
    }

    /** A value Excel would run as a formula ("=HYPERLINK(...)") gets a leading apostrophe. */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
