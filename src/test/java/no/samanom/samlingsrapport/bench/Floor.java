package no.samanom.samlingsrapport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor a benchmark measures the program against, as a process of its own: what the libraries
 * alone need for the same work, with nothing of ours. {@code nothing}: start a JVM and stop;
 * {@code csv IN OUT}: parse a CSV with Commons CSV and write its rows into one sheet with SXSSF;
 * {@code many FOLDER OUT}: the same for every gathering's evaluation of a folder, on every core.
 */
public final class Floor {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        switch (args[0]) {
            case "nothing" -> {
            }
            case "csv" -> copy(Path.of(args[1]), Path.of(args[2]));
            case "many" -> many(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void many(Path input, Path output) throws IOException {
        Files.createDirectories(output);
        List<Path> gatherings;
        try (Stream<Path> folders = Files.list(input)) {
            gatherings = folders.sorted().toList();
        }
        gatherings.parallelStream().forEach(folder -> {
            try {
                copy(folder.resolve("evaluering.csv"), output.resolve(folder.getFileName() + ".xlsx"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void copy(Path csv, Path xlsx) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, WINDOWS_1252);
             SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(false);
            SXSSFSheet sheet = workbook.createSheet("Data");
            int r = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
    }
}
