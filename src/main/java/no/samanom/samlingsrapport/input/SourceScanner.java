package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.InputFiles.Type;

/**
 * Scans one source the search found: a gathering (a workbook, or a folder of kind files) or a
 * network folder. Its files with their hashes, its tables, its id; a file that cannot be read
 * is a finding of the source, never an exception.
 */
final class SourceScanner {

    /** Findings of one kind per workbook beyond this are summed up in one. */
    private static final int SHEET_NOTES = 20;

    private final RiskFactors factors;

    SourceScanner(RiskFactors factors) {
        this.factors = factors;
    }

    /** One gathering: a workbook or a folder of kind files. */
    GatheringSource gathering(Path gathering) {
        List<SourceFile> files = new ArrayList<>();
        List<TableRef> tables = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        String name = gathering.getFileName().toString();
        boolean workbook = !Files.isDirectory(gathering);
        if (workbook) {
            SourceFile file = sourceFile(gathering, name, findings);
            if (file != null) {
                files.add(file);
                workbookTables(gathering, file, null, tables, findings);
            }
        } else {
            folderTables(gathering, false, files, tables, findings);
        }
        String defaultId = workbook ? name.replaceFirst("\\.[^.]+$", "") : name;
        String id = gatheringId(declaredId(tables).orElse(defaultId), findings);
        return new GatheringSource(id, gathering.toAbsolutePath().toString(), files, tables, findings,
                Hashing.fingerprint(files));
    }

    /** A network folder's own anchoring and result files, as a source named after the folder. */
    GatheringSource network(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        List<TableRef> tables = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        folderTables(folder, true, files, tables, findings);
        return new GatheringSource(SafeId.of(folder.getFileName().toString()), folder.toAbsolutePath().toString(),
                files, tables, findings, Hashing.fingerprint(files));
    }

    /** @param network only the network kinds' files: the folder's other content is not a gathering's */
    private void folderTables(Path folder, boolean network, List<SourceFile> files, List<TableRef> tables,
                              List<Deviation> findings) {
        Map<Kind, String> taken = new EnumMap<>(Kind.class);
        List<Path> children;
        try {
            children = InputFiles.children(folder);
        } catch (IOException e) {
            findings.add(Deviation.ofFile(folder.getFileName() + "/", "Mappen " + e.getMessage(), Consequence.FILE_REJECTED));
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (InputEntries.isJunk(child) || network && !InputEntries.isNetworkFile(child)) {
                continue;
            }
            Type type;
            try {
                type = InputFiles.type(child);
            } catch (IOException e) {
                findings.add(Deviation.ofFile(name, e.getMessage(), Consequence.FILE_REJECTED));
                continue;
            }
            if (type == Type.FOLDER) {
                findings.add(Deviation.ofFile(name + "/", "Mappen er ikke lest: en samlingsmappe skal bare "
                        + "inneholde filene " + Kind.knownNames() + ".", Consequence.FILE_REJECTED));
                continue;
            }
            if (type != Type.FILE) {
                findings.add(Deviation.ofFile(name, InputFiles.refusal(type), Consequence.FILE_REJECTED));
                continue;
            }
            SourceFile file = sourceFile(child, name, findings);
            if (file == null) {
                continue;
            }
            files.add(file);
            Optional<Kind> kind = Kind.byName(InputEntries.baseName(name));
            if (kind.isEmpty() || !InputEntries.isTableName(name)) {
                findings.add(Deviation.ofFile(name, InputEntries.unreadableReason(child, "Ukjent fil i samlingsmappen. "
                        + "Filene skal hete " + Kind.knownNames() + ", som .csv eller .xlsx."),
                        Consequence.FILE_REJECTED));
            } else if (taken.containsKey(kind.get())) {
                findings.add(Deviation.ofFile(name, "Samlingen har allerede en fil for " + kind.get().displayName()
                        + " (" + taken.get(kind.get()) + "); bare én fil per slag brukes.", Consequence.FILE_REJECTED));
            } else if (InputEntries.isWorkbookName(name)) {
                taken.put(kind.get(), name);
                workbookTables(child, file, kind.get(), tables, findings);
            } else {
                taken.put(kind.get(), name);
                tables.add(TableRef.of(kind.get(), child, file, null));
            }
        }
    }

    /**
     * The tables of a workbook. For a whole-gathering workbook ({@code only} null) each sheet
     * named after a kind is a table, and a sheet with other content is noted and passed over;
     * for a kind file the sheet named after it, else the first.
     */
    private void workbookTables(Path path, SourceFile file, Kind only, List<TableRef> tables, List<Deviation> findings) {
        List<String> sheets;
        try {
            sheets = Workbooks.sheets(path);
        } catch (InputFileException e) {
            findings.add(Deviation.ofFile(file.name(), e.getMessage(), Consequence.FILE_REJECTED));
            return;
        }
        if (sheets.isEmpty()) {
            findings.add(Deviation.ofFile(file.name(), "Arbeidsboken har ingen ark.", Consequence.FILE_REJECTED));
            return;
        }
        if (only != null) {
            String sheet = sheets.stream().filter(s -> Kind.byName(s).orElse(null) == only)
                    .findFirst().orElse(sheets.get(0));
            tables.add(TableRef.of(only, path, file, sheet));
            return;
        }
        Map<Kind, String> taken = new EnumMap<>(Kind.class);
        int passedOver = 0;
        for (String sheet : sheets) {
            Optional<Kind> kind = Kind.byName(sheet);
            if (InputTemplates.isHelperSheet(sheet)) {
                continue; // the input template's instructions and lists
            }
            if (kind.isPresent() && !taken.containsKey(kind.get())) {
                taken.put(kind.get(), sheet);
                tables.add(TableRef.of(kind.get(), path, file, sheet));
            } else if (hasContent(path, sheet)) {
                if (++passedOver <= SHEET_NOTES) {
                    findings.add(new Deviation(file.name(), sheet, 0, "", "", kind.isPresent()
                            ? "Arbeidsboken har allerede et ark for " + kind.get().displayName()
                            + " («" + taken.get(kind.get()) + "»); arket er ikke lest."
                            : "Arket er ikke lest: arkene skal hete " + Kind.knownNames() + ".", Consequence.NOTE));
                }
            }
        }
        if (passedOver > SHEET_NOTES) {
            findings.add(Deviation.ofFile(file.name(), "… og " + Visible.count(passedOver - SHEET_NOTES)
                    + " ark til som ikke er lest av samme grunn.", Consequence.NOTE));
        }
        if (taken.isEmpty()) {
            findings.add(Deviation.ofFile(file.name(), passedOver == 0 ? "Arbeidsboken er tom."
                    : "Arbeidsboken har ingen ark som heter " + Kind.knownNames() + ".", Consequence.FILE_REJECTED));
        }
    }

    /** Whether a sheet that is no table holds anything, to say it was not read; one that cannot be read does. */
    private static boolean hasContent(Path path, String sheet) {
        try {
            return Workbooks.hasContent(path, sheet);
        } catch (InputFileException e) {
            return true;
        }
    }

    /** The `id` the `samling` table declares, read with the same validation as the job. */
    private Optional<String> declaredId(List<TableRef> tables) {
        for (TableRef ref : tables) {
            if (ref.kind() != Kind.SAMLING) {
                continue;
            }
            try (TableSource source = TableSource.open(ref)) {
                TablePlan plan = TablePlan.match(ref, source, factors, new ArrayList<>());
                RowValidator validator = new RowValidator(plan, factors, Municipalities.NONE);
                for (RawRow row = source.next(); row != null; row = source.next()) {
                    if (plan.isUnfilledFormLine(row)) {
                        continue;
                    }
                    for (DataRow data : validator.validate(row).rows()) {
                        if (data instanceof MetaRow meta && meta.field() == MetaField.ID) {
                            return Optional.of(meta.value());
                        }
                    }
                }
            } catch (InputFileException | IOException | RuntimeException e) {
                return Optional.empty(); // the job reports the table's problem
            }
        }
        return Optional.empty();
    }

    /**
     * A safe id. One that would name a network's report folder ("nettverk-…") gets a "samling-"
     * in front, with a note, so that a gathering can never write into a network's folder.
     */
    private static String gatheringId(String declared, List<Deviation> findings) {
        String id = SafeId.of(declared);
        if (id.toLowerCase(Locale.ROOT).startsWith(SafeId.NETWORK_PREFIX)) {
            String renamed = SafeId.of("samling-" + id);
            findings.add(Deviation.ofFile("samling", "Id-en «" + id + "» begynner med «" + SafeId.NETWORK_PREFIX
                    + "», som er forbeholdt nettverkenes utviklingsrapporter; samlingen får id-en «" + renamed + "».",
                    Consequence.NOTE));
            return renamed;
        }
        return id;
    }

    /** The file with its hash, or null with a finding when it cannot be read. */
    private static SourceFile sourceFile(Path path, String name, List<Deviation> findings) {
        try {
            return new SourceFile(Visible.of(name), path.toAbsolutePath().toString(), InputFiles.size(path),
                    Hashing.sha256(path));
        } catch (IOException e) {
            findings.add(Deviation.ofFile(name, e.getMessage(), Consequence.FILE_REJECTED));
            return null;
        }
    }
}
