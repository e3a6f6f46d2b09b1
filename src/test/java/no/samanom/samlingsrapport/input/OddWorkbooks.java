package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as other programs write them, which POI's own API will not: the 1904 date system, NaN numbers. */
final class OddWorkbooks {

    private OddWorkbooks() {
    }

    /** Switches a workbook to the 1904 date system of old Mac Excel. */
    static void use1904(XSSFWorkbook workbook) {
        var properties = workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
    }

    /**
     * An evaluation sheet whose scores are NaN, infinity and 5, as numbers. POI writes NaN as an
     * error cell, so the sheet's XML is edited afterwards.
     */
    static Path nanWorkbook(Path file) throws IOException {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Evaluering");
            sheet.createRow(0).createCell(0).setCellValue("terningkast");
            sheet.getRow(0).createCell(1).setCellValue("forbedring");
            sheet.createRow(1).createCell(0).setCellValue(111.25);
            sheet.getRow(1).createCell(1).setCellValue("Mer tid");
            sheet.createRow(2).createCell(0).setCellValue(222.25);
            sheet.getRow(2).createCell(1).setCellValue("Større rom");
            sheet.createRow(3).createCell(0).setCellValue(5);
            sheet.getRow(3).createCell(1).setCellValue("Bedre mat");
            try (OutputStream out = Files.newOutputStream(plain)) {
                workbook.write(out);
            }
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(">111.25<", ">NaN<")
                            .replace(">222.25<", ">Infinity<").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        Files.delete(plain);
        return file;
    }

}
