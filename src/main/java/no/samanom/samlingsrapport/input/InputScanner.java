package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.InputFiles.Type;

/**
 * Finds the gatherings in the input: a workbook is one gathering, a folder holding files
 * named after the kinds is one gathering, and any other folder is searched for more.
 * Every entry found is either part of a gathering or explained in a finding; links, pipes
 * and devices are listed and never opened ({@link InputFiles}), and an entry that cannot be
 * read is a finding for that entry, never the end of the scan.
 */
public final class InputScanner {

    private static final Set<String> JUNK = Set.of("thumbs.db", "desktop.ini", ".ds_store");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("csv", "txt", "xlsx", "xlsm", "xls");
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    /** Findings of one kind per workbook beyond this are summed up in one. */
    private static final int SHEET_NOTES = 20;

    private final RiskFactors factors;
    private final Path root;

    /** @param root the input folder (or workbook) the operator named: the only link this scanner follows */
    public InputScanner(RiskFactors factors, Path root) {
        this.factors = factors;
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * What the input holds: its gatherings, its network folders (each as a source of the network-level
     * anchoring and result files, named after its folder), and findings about entries outside any of them.
     */
    public record Scan(List<GatheringSource> gatherings, List<Deviation> findings, List<GatheringSource> networks) {
    }

    /** Scans the input, or one entry of it (a watched folder's entries are scanned one by one). */
    public Scan scan(Path input) throws InputFileException {
        List<GatheringSource> gatherings = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        List<GatheringSource> networks = new ArrayList<>();
        Type type = typeOf(input);
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (type == Type.FILE) {
            if (!isWorkbookName(name)) {
                throw new InputFileException("Inndata må være en mappe eller en arbeidsbok (.xlsx eller .xls): "
                        + Visible.of(input.toString()));
            }
            gatherings.add(scanOne(input));
        } else if (type == Type.FOLDER) {
            if (isGatheringFolder(input)) {
                gatherings.add(scanOne(input));
            } else {
                if (isNetworkFolder(input)) {
                    networks.add(scanNetwork(input));
                }
                searchFolder(input, input, gatherings, findings, networks);
            }
        } else {
            findings.add(Deviation.ofFile(name, InputFiles.refusal(type), Consequence.FILE_REJECTED));
        }
        return new Scan(uniqueIds(gatherings, findings), findings, networks);
    }

    /** The named input is followed if it is a link (the operator chose it); everything inside it is not. */
    private Type typeOf(Path input) throws InputFileException {
        try {
            if (input.toAbsolutePath().normalize().equals(root)) {
                if (!Files.exists(input)) {
                    throw new InputFileException("Inndata finnes ikke: " + Visible.of(input.toAbsolutePath().toString()));
                }
                return Files.isDirectory(input) ? Type.FOLDER : Files.isRegularFile(input) ? Type.FILE : Type.OTHER;
            }
            return InputFiles.type(input);
        } catch (IOException e) {
            throw new InputFileException(Visible.of(input.toString()) + ": " + e.getMessage(), e);
        }
    }

    private void searchFolder(Path base, Path folder, List<GatheringSource> gatherings, List<Deviation> findings,
                              List<GatheringSource> networks) {
        List<Path> children;
        try {
            children = InputFiles.children(folder);
        } catch (IOException e) {
            findings.add(Deviation.ofFile(relative(base, folder) + "/", "Mappen " + e.getMessage(),
                    Consequence.FILE_REJECTED));
            return;
        }
        for (Path child : children) {
            String name = relative(base, child);
            if (isJunk(child)) {
                continue;
            }
            try {
                Type type = InputFiles.type(child);
                if (type == Type.FOLDER) {
                    if (isGatheringFolder(child)) {
                        gatherings.add(scanOne(child));
                    } else {
                        if (isNetworkFolder(child)) {
                            networks.add(scanNetwork(child));
                        }
                        searchFolder(base, child, gatherings, findings, networks);
                    }
                } else if (type != Type.FILE) {
                    findings.add(Deviation.ofFile(name, InputFiles.refusal(type), Consequence.FILE_REJECTED));
                } else if (isNetworkFile(child)) {
                    continue; // read with its network folder
                } else if (isWorkbookName(name)) {
                    gatherings.add(scanOne(child));
                } else {
                    findings.add(Deviation.ofFile(name, unreadableReason(child,
                            "Filen hører ikke til noen samling. Legg en samling som én arbeidsbok (.xlsx) "
                                    + "eller som en mappe med filene " + Kind.knownNames() + "."),
                            Consequence.FILE_REJECTED));
                }
            } catch (IOException e) {
                findings.add(Deviation.ofFile(name, e.getMessage(), Consequence.FILE_REJECTED));
            }
        }
    }

    /** Scans one gathering: a workbook or a folder of kind files. Never throws for bad files. */
    public GatheringSource scanOne(Path gathering) {
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

    /**
     * A network folder's own anchoring and result files, as a source named after the folder. Its
     * subfolders and other files are searched for gatherings as any folder is.
     */
    public GatheringSource scanNetwork(Path folder) {
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
            if (isJunk(child) || network && !isNetworkFile(child)) {
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
            Optional<Kind> kind = Kind.byName(baseName(name));
            if (kind.isEmpty() || !TABLE_EXTENSIONS.contains(extension(name))) {
                findings.add(Deviation.ofFile(name, unreadableReason(child, "Ukjent fil i samlingsmappen. "
                        + "Filene skal hete " + Kind.knownNames() + ", som .csv eller .xlsx."),
                        Consequence.FILE_REJECTED));
            } else if (taken.containsKey(kind.get())) {
                findings.add(Deviation.ofFile(name, "Samlingen har allerede en fil for " + kind.get().displayName()
                        + " (" + taken.get(kind.get()) + "); bare én fil per slag brukes.", Consequence.FILE_REJECTED));
            } else if (isWorkbookName(name)) {
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
        List<Workbooks.SheetInfo> sheets;
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
            String sheet = sheets.stream().filter(s -> Kind.byName(s.name()).orElse(null) == only)
                    .map(Workbooks.SheetInfo::name).findFirst().orElse(sheets.get(0).name());
            tables.add(TableRef.of(only, path, file, sheet));
            return;
        }
        Map<Kind, String> taken = new EnumMap<>(Kind.class);
        int passedOver = 0;
        for (Workbooks.SheetInfo sheet : sheets) {
            Optional<Kind> kind = Kind.byName(sheet.name());
            if (InputTemplates.isHelperSheet(sheet.name())) {
                continue; // the input template's instructions and lists
            }
            if (kind.isPresent() && !taken.containsKey(kind.get())) {
                taken.put(kind.get(), sheet.name());
                tables.add(TableRef.of(kind.get(), path, file, sheet.name()));
            } else if (sheet.hasContent()) {
                if (++passedOver <= SHEET_NOTES) {
                    findings.add(new Deviation(file.name(), sheet.name(), 0, "", "", kind.isPresent()
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

    /** Two sources claiming one id would overwrite each other's reports: the later is rejected. */
    private static List<GatheringSource> uniqueIds(List<GatheringSource> gatherings, List<Deviation> findings) {
        Map<String, GatheringSource> byId = new HashMap<>();
        List<GatheringSource> unique = new ArrayList<>();
        for (GatheringSource source : gatherings) {
            GatheringSource first = byId.putIfAbsent(source.id().toLowerCase(Locale.ROOT), source);
            if (first == null) {
                unique.add(source);
            } else {
                findings.add(Deviation.ofFile(source.rootPath().getFileName().toString(),
                        "Samlings-id «" + source.id() + "» er allerede brukt av "
                                + first.rootPath().getFileName() + "; gi samlingen en egen id i arket samling.",
                        Consequence.FILE_REJECTED));
            }
        }
        return unique;
    }

    /** A folder with a regular file named after a gathering's kind; anchoring and results alone make a network folder. */
    public static boolean isGatheringFolder(Path folder) {
        return entries(folder).stream().anyMatch(child -> isFile(child)
                && Kind.byName(baseName(child.getFileName().toString())).filter(k -> !k.isNetwork()).isPresent());
    }

    private static boolean isNetworkFolder(Path folder) {
        return entries(folder).stream().anyMatch(InputScanner::isNetworkFile);
    }

    private static boolean isNetworkFile(Path file) {
        String name = file.getFileName().toString();
        return TABLE_EXTENSIONS.contains(extension(name)) && Kind.byName(baseName(name)).filter(Kind::isNetwork).isPresent()
                && isFile(file);
    }

    /** A regular file that is not junk, seen without following links. */
    private static boolean isFile(Path path) {
        try {
            return !isJunk(path) && InputFiles.type(path) == Type.FILE;
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder's entries; none when it cannot be read (the search lists it then). */
    private static List<Path> entries(Path folder) {
        try {
            return InputFiles.children(folder);
        } catch (IOException e) {
            return List.of();
        }
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

    private static String unreadableReason(Path file, String otherwise) {
        String extension = extension(file.getFileName().toString());
        if (extension.equals("ods")) {
            return "OpenDocument-regneark (.ods) leses ikke. Lagre det som Excel-arbeidsbok (.xlsx).";
        }
        return otherwise;
    }

    private static String relative(Path base, Path path) {
        String name = base.relativize(path).toString();
        return name.isEmpty() ? path.getFileName().toString() : name;
    }

    /** Files never read: Office lock files, hidden files, Thumbs.db and the like. */
    public static boolean isJunk(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".") || JUNK.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isWorkbookName(String name) {
        return WORKBOOK_EXTENSIONS.contains(extension(name));
    }

    private static String baseName(String name) {
        return name.replaceFirst("\\.[^.]*$", "");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
