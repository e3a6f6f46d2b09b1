package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import no.samanom.samlingsrapport.input.DataRow.MetaRow;

/**
 * Finds the gatherings in the input: a workbook is one gathering, a folder holding files
 * named after the kinds is one gathering, and any other folder is searched for more.
 * Every file found is either part of a gathering or explained in a finding.
 */
public final class InputScanner {

    private static final Set<String> JUNK = Set.of("thumbs.db", "desktop.ini", ".ds_store");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("csv", "txt", "xlsx", "xlsm", "xls");
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private final RiskFactors factors;

    public InputScanner(RiskFactors factors) {
        this.factors = factors;
    }

    /**
     * What the input holds: its gatherings, its network folders (each as a source of the network-level
     * anchoring and result files, named after its folder), and findings about files outside any of them.
     */
    public record Scan(List<GatheringSource> gatherings, List<Deviation> findings, List<GatheringSource> networks) {
    }

    public Scan scan(Path input) throws InputFileException {
        if (!Files.exists(input)) {
            throw new InputFileException("Inndata finnes ikke: " + input.toAbsolutePath());
        }
        List<GatheringSource> gatherings = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        List<GatheringSource> networks = new ArrayList<>();
        if (Files.isRegularFile(input)) {
            if (!isWorkbook(input)) {
                throw new InputFileException("Inndata må være en mappe eller en arbeidsbok (.xlsx eller .xls): " + input);
            }
            gatherings.add(scanOne(input));
        } else if (isGatheringFolder(input)) {
            gatherings.add(scanOne(input));
        } else {
            if (isNetworkFolder(input)) {
                networks.add(scanNetwork(input));
            }
            searchFolder(input, input, gatherings, findings, networks);
        }
        return new Scan(uniqueIds(gatherings, findings), findings, networks);
    }

    private void searchFolder(Path base, Path folder, List<GatheringSource> gatherings, List<Deviation> findings,
                              List<GatheringSource> networks) {
        for (Path child : children(folder)) {
            String name = base.relativize(child).toString();
            if (isJunk(child)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                if (isGatheringFolder(child)) {
                    gatherings.add(scanOne(child));
                } else {
                    if (isNetworkFolder(child)) {
                        networks.add(scanNetwork(child));
                    }
                    searchFolder(base, child, gatherings, findings, networks);
                }
            } else if (isNetworkFile(child)) {
                continue; // read with its network folder
            } else if (isWorkbook(child)) {
                gatherings.add(scanOne(child));
            } else {
                findings.add(Deviation.ofFile(name, unreadableReason(child,
                        "Filen hører ikke til noen samling. Legg en samling som én arbeidsbok (.xlsx) "
                                + "eller som en mappe med filene " + Kind.knownNames() + "."),
                        Consequence.FILE_REJECTED));
            }
        }
    }

    /** Scans one gathering: a workbook or a folder of kind files. Never throws for bad files. */
    public GatheringSource scanOne(Path root) {
        List<SourceFile> files = new ArrayList<>();
        List<TableRef> tables = new ArrayList<>();
        List<Deviation> findings = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            files.add(sourceFile(root, root.getFileName().toString()));
            workbookTables(root, root.getFileName().toString(), null, tables, findings);
        } else {
            folderTables(root, false, files, tables, findings);
        }
        String name = root.getFileName().toString();
        String defaultId = Files.isRegularFile(root) ? name.replaceFirst("\\.[^.]+$", "") : name;
        String id = SafeId.of(declaredId(tables).orElse(defaultId));
        return new GatheringSource(id, root.toAbsolutePath().toString(), files, tables, findings,
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
        for (Path child : children(folder)) {
            String name = child.getFileName().toString();
            if (isJunk(child) || network && !isNetworkFile(child)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                findings.add(Deviation.ofFile(name + "/", "Mappen er ikke lest: en samlingsmappe skal bare "
                        + "inneholde filene " + Kind.knownNames() + ".", Consequence.FILE_REJECTED));
                continue;
            }
            files.add(sourceFile(child, name));
            Optional<Kind> kind = Kind.byName(baseName(name));
            if (kind.isEmpty() || !TABLE_EXTENSIONS.contains(extension(name))) {
                findings.add(Deviation.ofFile(name, unreadableReason(child, "Ukjent fil i samlingsmappen. "
                        + "Filene skal hete " + Kind.knownNames() + ", som .csv eller .xlsx."),
                        Consequence.FILE_REJECTED));
            } else if (taken.containsKey(kind.get())) {
                findings.add(Deviation.ofFile(name, "Samlingen har allerede en fil for " + kind.get().displayName()
                        + " (" + taken.get(kind.get()) + "); bare én fil per slag brukes.", Consequence.FILE_REJECTED));
            } else if (isWorkbook(child)) {
                taken.put(kind.get(), name);
                workbookTables(child, name, kind.get(), tables, findings);
            } else {
                taken.put(kind.get(), name);
                tables.add(TableRef.of(kind.get(), child, name, null));
            }
        }
    }

    /**
     * The tables of a workbook. For a whole-gathering workbook ({@code only} null) each sheet
     * named after a kind is a table; for a kind file the sheet named after it, else the first.
     */
    private void workbookTables(Path file, String name, Kind only, List<TableRef> tables, List<Deviation> findings) {
        Workbook workbook;
        try {
            workbook = ExcelTableSource.Workbooks.open(file);
        } catch (InputFileException e) {
            findings.add(Deviation.ofFile(name, e.getMessage(), Consequence.FILE_REJECTED));
            return;
        }
        try {
            Map<Kind, String> taken = new EnumMap<>(Kind.class);
            List<String> ignored = new ArrayList<>();
            for (Sheet sheet : workbook) {
                Optional<Kind> kind = Kind.byName(sheet.getSheetName());
                if (only != null) {
                    if (kind.orElse(null) == only || workbook.getNumberOfSheets() == 1) {
                        tables.add(TableRef.of(only, file, name, sheet.getSheetName()));
                        return;
                    }
                } else if (InputTemplates.isHelperSheet(sheet.getSheetName())) {
                    continue; // the input template's instructions and lists
                } else if (kind.isPresent() && !taken.containsKey(kind.get())) {
                    taken.put(kind.get(), sheet.getSheetName());
                    tables.add(TableRef.of(kind.get(), file, name, sheet.getSheetName()));
                } else if (hasContent(sheet)) {
                    ignored.add(sheet.getSheetName());
                    findings.add(new Deviation(name, sheet.getSheetName(), 0, "", "", kind.isPresent()
                            ? "Arbeidsboken har allerede et ark for " + kind.get().displayName()
                            + " («" + taken.get(kind.get()) + "»); arket er ikke lest."
                            : "Arket er ikke lest: arkene skal hete " + Kind.knownNames() + ".",
                            Consequence.FILE_REJECTED));
                }
            }
            if (only != null) {
                tables.add(TableRef.of(only, file, name, workbook.getSheetAt(0).getSheetName()));
            } else if (taken.isEmpty() && ignored.isEmpty()) {
                findings.add(Deviation.ofFile(name, "Arbeidsboken er tom.", Consequence.FILE_REJECTED));
            }
        } finally {
            ExcelTableSource.Workbooks.closeQuietly(workbook);
        }
    }

    /** The `id` the `samling` table declares, read with the same validation as the job. */
    private Optional<String> declaredId(List<TableRef> tables) {
        for (TableRef ref : tables) {
            if (ref.kind() != Kind.SAMLING) {
                continue;
            }
            try (TableSource source = TableSource.open(ref)) {
                TablePlan plan = TablePlan.match(ref, source.header(), source.headerLine(), factors, new ArrayList<>());
                RowValidator validator = new RowValidator(plan, factors);
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
            } catch (InputFileException | IOException e) {
                return Optional.empty(); // the job reports the table's problem
            }
        }
        return Optional.empty();
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

    /** A folder with a file named after a gathering's kind; anchoring and results alone make a network folder. */
    public static boolean isGatheringFolder(Path folder) {
        return children(folder).stream().anyMatch(child -> Files.isRegularFile(child) && !isJunk(child)
                && Kind.byName(baseName(child.getFileName().toString())).filter(k -> !k.isNetwork()).isPresent());
    }

    private static boolean isNetworkFolder(Path folder) {
        return children(folder).stream().anyMatch(InputScanner::isNetworkFile);
    }

    private static boolean isNetworkFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !isJunk(file) && TABLE_EXTENSIONS.contains(extension(name))
                && Kind.byName(baseName(name)).filter(Kind::isNetwork).isPresent();
    }

    private static boolean hasContent(Sheet sheet) {
        return sheet.getPhysicalNumberOfRows() > 0 && StreamSupport.stream(sheet.spliterator(), false)
                .anyMatch(row -> StreamSupport.stream(row.spliterator(), false)
                        .anyMatch(cell -> !ExcelTableSource.text(cell).isBlank()));
    }

    private static SourceFile sourceFile(Path path, String name) {
        try {
            return new SourceFile(name, path.toAbsolutePath().toString(), Files.size(path), Hashing.sha256(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese " + path, e);
        }
    }

    private static String unreadableReason(Path file, String otherwise) {
        String extension = extension(file.getFileName().toString());
        if (extension.equals("ods")) {
            return "OpenDocument-regneark (.ods) leses ikke. Lagre det som Excel-arbeidsbok (.xlsx).";
        }
        return otherwise;
    }

    /** Files never read: Office lock files, hidden files, Thumbs.db and the like. */
    public static boolean isJunk(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".") || JUNK.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isWorkbook(Path path) {
        return Files.isRegularFile(path) && WORKBOOK_EXTENSIONS.contains(extension(path.getFileName().toString()));
    }

    private static String baseName(String name) {
        return name.replaceFirst("\\.[^.]*$", "");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese mappen " + folder, e);
        }
    }
}
