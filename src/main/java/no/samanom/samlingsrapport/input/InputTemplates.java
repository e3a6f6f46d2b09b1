package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.samanom.samlingsrapport.support.AtomicFiles;

/**
 * Blank input files for coordinators: a workbook whose sheets follow the contract, with
 * drop-down lists and range checks that stop most bad rows before they are made, and a
 * header-only CSV per kind. The headers come from {@link Kind} and {@link Column}, the same
 * definitions the reader matches against.
 */
public final class InputTemplates {

    public static final String WORKBOOK = "innsamling.xlsx";
    public static final String CSV_FOLDER = "innsamling";
    static final String HELP_SHEET = "Slik fyller du ut";
    static final String LIST_SHEET = "Lister";
    private static final int LIST_ROWS = 500;
    private static final int DATA_ROWS = 10_000;
    /** Fixed, so that generating the templates again gives the same workbook. */
    private static final Date CREATED = new Date(1_363_564_800_000L);

    private final RiskFactors factors;

    public InputTemplates(RiskFactors factors) {
        this.factors = factors;
    }

    /** The input template's own sheets, which the reader passes over quietly. */
    static boolean isHelperSheet(String name) {
        return Names.key(name).equals(Names.key(HELP_SHEET)) || Names.key(name).equals(Names.key(LIST_SHEET));
    }

    /** Writes {@code innsamling.xlsx} and {@code innsamling/<kind>.csv} into the folder; returns the files. */
    public List<Path> write(Path folder) throws IOException {
        Path workbook = folder.resolve(WORKBOOK);
        AtomicFiles.write(workbook, this::workbook);
        List<Path> files = new ArrayList<>(List.of(workbook));
        for (Kind kind : Kind.values()) {
            Path csv = folder.resolve(CSV_FOLDER).resolve(kind.displayName() + ".csv");
            String header = String.join(";", kind.columns().stream().map(Column::displayName).toList());
            // UTF-8 with a byte-order mark: Excel then opens æ, ø and å correctly
            AtomicFiles.write(csv, out -> out.write(("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8)));
            files.add(csv);
        }
        return files;
    }

    private void workbook(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            help(workbook.createSheet(HELP_SHEET), wrap);
            Sheet samling = table(workbook, Kind.SAMLING, header, 18, 50);
            forms(samling, workbook);
            Sheet expectations = table(workbook, Kind.FORVENTNINGER, header, 20, 70, 20);
            Sheet evaluation = table(workbook, Kind.EVALUERING, header, 14, 18, 28, 40, 40, 40, 12);
            Sheet risk = table(workbook, Kind.RISIKO, header, 18, 14, 30, 12);
            Sheet anchoring = table(workbook, Kind.FORANKRING, header, 18, 14, 18, 60);
            Sheet results = table(workbook, Kind.RESULTATER, header, 18, 28, 14, 12, 12, 12, 30);
            Sheet programme = table(workbook, Kind.PROGRAM, header, 12, 8, 8, 10, 40, 28, 20, 14, 50);
            Sheet projects = table(workbook, Kind.PROSJEKTSTATUS, header, 18, 40, 16, 40, 40, 40, 40);
            lists(workbook.createSheet(LIST_SHEET), header);
            list(anchoring, 0, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            dates(anchoring, new CellRangeAddressList(1, DATA_ROWS, 1, 1));
            add(anchoring, anchoring.getDataValidationHelper().createExplicitListConstraint(Anchoring.names().toArray(String[]::new)),
                    new CellRangeAddressList(1, DATA_ROWS, 2, 2), "Ukjent fase",
                    "Velg et trinn eller en fase: " + Anchoring.accepted() + ".");
            list(results, 0, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            dates(results, new CellRangeAddressList(1, DATA_ROWS, 2, 2));
            list(expectations, 0, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            programme(programme, workbook);
            list(projects, 0, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            list(evaluation, 1, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            list(evaluation, 2, "Lister!$B$2:$B$" + (LIST_ROWS + 1), "parameter");
            whole(evaluation, 6, 1, 6, "Ugyldig terningkast", "Terningkast er et helt tall fra 1 til 6.");
            list(risk, 0, "Lister!$A$2:$A$" + (LIST_ROWS + 1), "kommune");
            list(risk, 2, "Lister!$C$2:$C$" + (factors.names().size() + 1), "risikofaktor");
            whole(risk, 3, 1, 10, "Ugyldig vurdering",
                    "Vurderingen er et helt tall fra 1 (liten risiko) til 10 (stor risiko).");
            workbook.setActiveSheet(0);
            workbook.getProperties().getCoreProperties().setTitle("Innsamling til samlingsrapport");
            workbook.getProperties().getCoreProperties().setCreator("samlingsrapport");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.write(out);
        }
    }

    private static void help(Sheet sheet, CellStyle wrap) {
        String[] lines = {
                "Slik fyller du ut arbeidsboken",
                "",
                "1. Samling: skriv verdiene for samlingen. id er et kort navn uten mellomrom (for eksempel omdomme-2013-03); "
                        + "det blir navnet på rapportmappen. Datoer skrives som datoer. tema kan stå på flere rader.",
                "2. Lister: skriv kommunene og parameterne (agendapunktene) i kolonnene A og B. Da kan de velges fra "
                        + "nedtrekkslister i de andre arkene. Risikofaktorene står ferdig utfylt.",
                "3. Forventninger: én rad per forventning, med kommunen og gjerne et tema.",
                "4. Evaluering: én rad per deltaker og parameter, med det som fungerte bra, hvorfor, og hva som kunne vært "
                        + "bedre. Terningkast er et helt tall fra 1 til 6; det holder å skrive det på én av deltakerens rader. "
                        + "La respondent stå tom hvis deltakeren er anonym.",
                "5. Risiko: én rad per kommune og risikofaktor, med vurdering fra 1 (liten risiko) til 10 (stor risiko).",
                "6. Forankring (valgfritt): hvor kommunen står på stigen fra bevissthet til aksept og eierskap, med dato. "
                        + "Skriv et trinn (Interesse, Bevissthet, Forståelse, Engasjement, Forpliktelse, Internalisering) "
                        + "eller bare fasen (Aksept, Eierskap).",
                "7. Resultater (valgfritt): én rad per måling av en indikator (for eksempel omdømmescore), med dato og verdi; "
                        + "et mål for en senere dato skrives i kolonnen maal, gjerne på en egen rad uten verdi.",
                "8. Program (valgfritt): én rad per programpunkt med dato, start og tittel; slutt eller varighet i "
                        + "minutter, foredragsholder, organisasjon og type (foredrag, gruppearbeid, pause, måltid, sosialt) "
                        + "om du vil. Klokkeslett skrives som 09:00. Punkter som overlapper, eller som står i feil "
                        + "rekkefølge, blir merket i avvikslisten.",
                "9. Prosjektstatus (valgfritt): én rad per kommune med det kommunen la fram om prosjektet sitt: status, "
                        + "forventet avslutning, forankring, risiko, gevinster og måling.",
                "10. Neste samling: fyll ut feltene neste fra, neste til, neste sted, neste tema (flere rader, eller "
                        + "skilt med semikolon) og neste merknad i arket Samling.",
                "11. Lagre som Excel-arbeidsbok (.xlsx) og legg filen i inndatamappen. Ark du ikke bruker, kan stå tomme.",
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines[i]);
            row.getCell(0).setCellStyle(wrap);
            // spreadsheet programs do not fit row heights to wrapped text on opening
            row.setHeightInPoints(15f * Math.max(1, (lines[i].length() + 99) / 100));
        }
        sheet.setColumnWidth(0, 100 * 256);
    }

    private static Sheet table(XSSFWorkbook workbook, Kind kind, CellStyle header, int... widths) {
        Sheet sheet = workbook.createSheet(capitalised(kind.displayName()));
        Row row = sheet.createRow(0);
        List<Column> columns = kind.columns(); // for risk the long form, so that factors come from a list
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i).displayName());
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * The `samling` form: one line per field, values to fill in; dates as dates, the number
     * as a whole number, the language from a list.
     */
    private void forms(Sheet sheet, XSSFWorkbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        MetaField[] fields = MetaField.values();
        for (int i = 0; i < fields.length; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(fields[i].displayName());
            if (fields[i].isDate()) {
                row.createCell(1).setCellStyle(date);
                dates(sheet, new CellRangeAddressList(i + 1, i + 1, 1, 1));
            } else if (fields[i] == MetaField.NUMMER) {
                DataValidationConstraint constraint = sheet.getDataValidationHelper()
                        .createIntegerConstraint(OperatorType.BETWEEN, "1", "999");
                add(sheet, constraint, new CellRangeAddressList(i + 1, i + 1, 1, 1), "Ugyldig nummer",
                        "Samlingens nummer er et helt tall, for eksempel 3.");
            } else if (fields[i] == MetaField.SPRAAK) {
                DataValidationConstraint constraint = sheet.getDataValidationHelper()
                        .createExplicitListConstraint(new String[]{"nb", "nn", "en"});
                add(sheet, constraint, new CellRangeAddressList(i + 1, i + 1, 1, 1), "Ugyldig språk",
                        "Velg nb (bokmål), nn (nynorsk) eller en (engelsk).");
            }
        }
        // a second theme line for this gathering and the next, since a gathering usually has several
        sheet.createRow(fields.length + 1).createCell(0).setCellValue(MetaField.TEMA.displayName());
        sheet.createRow(fields.length + 2).createCell(0).setCellValue(MetaField.NESTE_TEMA.displayName());
    }

    /** The programme: dates as dates, times as times of day, the duration in whole minutes, the type from a list. */
    private static void programme(Sheet sheet, XSSFWorkbook workbook) {
        dates(sheet, new CellRangeAddressList(1, DATA_ROWS, 0, 0));
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
        for (int column : new int[]{1, 2}) {
            sheet.setDefaultColumnStyle(column, time);
            add(sheet, sheet.getDataValidationHelper().createTimeConstraint(OperatorType.BETWEEN, "TIME(0,0,0)",
                    "TIME(23,59,0)"), new CellRangeAddressList(1, DATA_ROWS, column, column), "Ugyldig klokkeslett",
                    "Skriv klokkeslettet som 09:00.");
        }
        whole(sheet, 3, 1, 24 * 60, "Ugyldig varighet", "Varigheten er et helt antall minutter, for eksempel 45.");
        add(sheet, sheet.getDataValidationHelper().createExplicitListConstraint(
                        Arrays.stream(ProgrammeItemType.values()).map(ProgrammeItemType::displayName).toArray(String[]::new)),
                new CellRangeAddressList(1, DATA_ROWS, 7, 7), "Ukjent type",
                "Velg foredrag, gruppearbeid, pause, måltid eller sosialt, eller la feltet stå tomt.");
    }

    private void lists(Sheet sheet, CellStyle header) {
        String[] titles = {"Kommuner", "Parametere", "Risikofaktorer"};
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, 30 * 256);
        }
        for (int i = 0; i < factors.names().size(); i++) {
            Row line = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            line.createCell(2).setCellValue(factors.names().get(i));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void dates(Sheet sheet, CellRangeAddressList cells) {
        DataValidationConstraint constraint = sheet.getDataValidationHelper().createDateConstraint(OperatorType.BETWEEN,
                "DATE(2000,1,1)", "DATE(2100,12,31)", "dd.mm.yyyy");
        add(sheet, constraint, cells, "Ugyldig dato", "Skriv en dato, for eksempel 18.03.2013.");
    }

    private static void list(Sheet sheet, int column, String range, String what) {
        DataValidationConstraint constraint = sheet.getDataValidationHelper().createFormulaListConstraint(range);
        add(sheet, constraint, new CellRangeAddressList(1, DATA_ROWS, column, column), "Ukjent " + what,
                "Velg fra listen. Mangler den, kan du skrive den inn i arket Lister.");
    }

    private static void whole(Sheet sheet, int column, int min, int max, String title, String message) {
        DataValidationConstraint constraint = sheet.getDataValidationHelper()
                .createIntegerConstraint(OperatorType.BETWEEN, Integer.toString(min), Integer.toString(max));
        add(sheet, constraint, new CellRangeAddressList(1, DATA_ROWS, column, column), title, message);
    }

    private static void add(Sheet sheet, DataValidationConstraint constraint, CellRangeAddressList cells, String title,
                            String message) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
