package no.samanom.samlingsrapport.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Date;
import java.util.stream.Stream;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.report.ReportData;
import no.samanom.samlingsrapport.report.ReportData.SourcedRow;
import no.samanom.samlingsrapport.report.NetworkSummary;
import no.samanom.samlingsrapport.report.ReportWriter;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * The development report as a workbook, from the same summary as its PDF: one sheet per
 * section as a flat, filterable list (changes and distances to targets as live formulas cached
 * with the summary's figures), then the anchoring and result rows and the network folder's
 * deviations.
 */
@Component
@Order(2)
public class NetworkWorkbookWriter implements ReportWriter<NetworkSummary> {

    @Override
    public String fileName(String key) {
        return key + "-utvikling.xlsx";
    }

    @Override
    public void write(ReportData<NetworkSummary> data, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            NetworkSummary summary = data.summary();
            ReportText text = data.text();
            Styles styles = new Styles(workbook, text.language(), data.profile().accent());
            String title = text.get("network.title") + " – " + summary.name();
            ReportWorkbook book = new ReportWorkbook(workbook, styles, text, title);
            NetworkSheets sheets = new NetworkSheets(book, data.profile(), summary);
            sheets.overview();
            sheets.improvements();
            sheets.risk();
            sheets.anchoring();
            sheets.results();
            sheets.bands();
            sheets.expectations();
            try (Stream<SourcedRow> rows = data.rows().open()) {
                sheets.data(rows.iterator());
            }
            try (Stream<Deviation> deviations = data.deviations().open()) {
                WorkbookReportWriter.deviationSheet(workbook, deviations.iterator(), styles,
                        SpreadsheetVersion.EXCEL2007.getMaxRows(), part -> book.print(part, true, 0));
            }
            POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator(data.profile().organisation());
            core.setSubjectProperty(text.get("network.meta.subject", summary.name()));
            core.setKeywords(text.get("network.meta.keywords"));
            core.setCreated(Optional.of(Date.from(data.created().atZone(ZoneId.systemDefault()).toInstant())));
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

}
