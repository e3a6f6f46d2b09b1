package no.samanom.samlingsrapport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Generates realistic gatherings of any size, saved as a Norwegian Excel saves CSV:
 * semicolons, Windows-1252, CRLF. Statements come from pools with the variation people
 * type (case, trailing punctuation), so grouping has real work to do; about one row in a
 * thousand carries a score off the die, so deviations are written too.
 */
final class SyntheticInput {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> MUNICIPALITIES = List.of("Ørland", "Gamvik", "Strand", "Bjugn", "Karmøy",
            "Meland", "Åfjord", "Frøya", "Hitra", "Rørvik", "Sørreisa", "Bø", "Hå", "Ål", "Skjåk", "Lærdal");
    private static final List<String> PARAMETERS = List.of("Generell gjennomføring", "Byvandring og ordførerens foredrag",
            "Dyktige foredragsholdere", "Gruppearbeid", "Forskningsseminaret");
    private static final List<String> WORKED_WELL = List.of("God teknisk gjennomføring",
            "Programmet var balansert, med godt driv og godt faglig innhold", "Passe med pauser, kaffe, frukt og mat",
            "Flott at mikrofon brukes", "Glimrende byvandring", "Ordføreren var inspirerende",
            "Sjur Dagestad var en rasende dyktig foredragsholder", "Gode eksempler fra andre kommuner",
            "Hyggelig og inkluderende", "Godt vertskap på hotellet");
    private static final List<String> WHY = List.of("Bra organisert", "God planlegging", "Godt lederskap av dagene",
            "God møtestruktur", "Lite dødtid mellom sakene", "Bra klima og teknisk", "God tidsbruk",
            "Interessante tema og engasjerende foredragsholdere", "Nyttige verktøy", "Relevante case");
    private static final List<String> IMPROVEMENTS = List.of("Mer tid til erfaringsutveksling, refleksjon og drøfting",
            "Større rom og bedre fasiliteter på hotellet", "Et opplegg for det sosiale etter middag",
            "Flere eksempler om forankring", "Omvisningen kunne vært på slutten av dagen",
            "En tydeligere kobling til organisasjonskultur", "Mer tid til gruppearbeid", "Tydeligere program på forhånd");
    private static final List<String> FACTORS = List.of("Manglende engasjement", "Økonomiske utfordringer",
            "Uenighet i gruppen", "Gruppens sammensetning", "Prioritering av tid", "Manglende kompetanse",
            "Endrede forutsetninger", "Dårlig forankring", "Manglende lederstøtte", "Annet");

    private final Random random = new Random(20130318);

    /** One gathering folder whose evaluation has {@code rows} rows, five per respondent. */
    long gathering(Path folder, String id, int rows) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve("samling.csv"), "felt;verdi", out -> {
            line(out, "id", id);
            line(out, "tittel", "Syntetisk samling " + id);
            line(out, "nettverk", "Omdømme");
            line(out, "fra", "18.03.2013");
            line(out, "til", "19.03.2013");
        });
        int respondents = Math.max(1, rows / PARAMETERS.size());
        write(folder.resolve("forventninger.csv"), "kommune;forventning;tema", out -> {
            for (String municipality : MUNICIPALITIES) {
                line(out, municipality, vary(pick(IMPROVEMENTS)), "Erfaringsutveksling");
            }
        });
        write(folder.resolve("evaluering.csv"), "respondent;kommune;parameter;fungerte_bra;hvorfor;forbedring;terningkast", out -> {
            for (int r = 0; r < rows; r++) {
                int respondent = r / PARAMETERS.size();
                int parameter = r % PARAMETERS.size();
                String score = parameter == 0 ? Integer.toString(1 + Math.min(5, (int) Math.abs(4 + random.nextGaussian()))) : "";
                if (random.nextInt(1000) == 0) {
                    score = "7";
                }
                line(out, "R" + respondent, MUNICIPALITIES.get(respondent % MUNICIPALITIES.size()), PARAMETERS.get(parameter),
                        vary(pick(WORKED_WELL)), vary(pick(WHY)), random.nextInt(3) == 0 ? vary(pick(IMPROVEMENTS)) : "", score);
            }
        });
        write(folder.resolve("risiko.csv"), "kommune;respondent;" + String.join(";", FACTORS), out -> {
            for (int r = 0; r < Math.min(respondents, 500); r++) {
                String[] cells = new String[FACTORS.size() + 2];
                cells[0] = MUNICIPALITIES.get(r % MUNICIPALITIES.size());
                cells[1] = "R" + r;
                for (int f = 0; f < FACTORS.size(); f++) {
                    cells[f + 2] = Integer.toString(1 + random.nextInt(10));
                }
                line(out, cells);
            }
        });
        return rows + 5L + MUNICIPALITIES.size() + Math.min(respondents, 500);
    }

    /**
     * The gathering of a folder written by {@link #gathering} with its evaluation as one workbook sheet
     * instead of a CSV (written streaming, as a large workbook is), the other tables copied as they are.
     */
    static void asWorkbook(Path csvFolder, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String table : List.of("samling.csv", "forventninger.csv", "risiko.csv")) {
            Files.copy(csvFolder.resolve(table), folder.resolve(table));
        }
        try (Reader reader = Files.newBufferedReader(csvFolder.resolve("evaluering.csv"), WINDOWS_1252);
             SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Evaluering");
            int r = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (c == 6 && !value.isEmpty() && r > 1) {
                        row.createCell(c).setCellValue(Integer.parseInt(value)); // scores are numbers in a workbook
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("evaluering.xlsx"))) {
                workbook.write(out);
            }
        }
    }

    /** A skewed pick: the first statements of a pool are said far more often than the last. */
    private String pick(List<String> pool) {
        return pool.get((int) (pool.size() * Math.pow(random.nextDouble(), 2)));
    }

    private String vary(String statement) {
        return switch (random.nextInt(6)) {
            case 0 -> statement.toLowerCase();
            case 1 -> statement + ".";
            default -> statement;
        };
    }

    private interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    private static void write(Path file, String header, Body body) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, WINDOWS_1252)) {
            out.write(header);
            out.write("\r\n");
            body.write(out);
        }
    }

    private static void line(BufferedWriter out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            String cell = cells[i];
            if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0) {
                out.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
