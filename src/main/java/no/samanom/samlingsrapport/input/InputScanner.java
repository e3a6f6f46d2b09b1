package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.samanom.samlingsrapport.input.InputFiles.Type;

/**
 * Finds the gatherings in the input: a workbook is one gathering, a folder holding files
 * named after the kinds is one gathering, and any other folder is searched for more.
 * Every entry found is either part of a gathering or explained in a finding; links, pipes
 * and devices are listed and never opened ({@link InputFiles}), and an entry that cannot be
 * read is a finding for that entry, never the end of the scan. Each gathering and network
 * folder found is scanned by {@link SourceScanner}.
 */
public final class InputScanner {

    private final SourceScanner sources;
    private final Path root;

    /** @param root the input folder (or workbook) the operator named: the only link this scanner follows */
    public InputScanner(RiskFactors factors, Path root) {
        this.sources = new SourceScanner(factors);
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
            if (!InputEntries.isWorkbookName(name)) {
                throw new InputFileException("Inndata må være en mappe eller en arbeidsbok (.xlsx eller .xls): "
                        + Visible.of(input.toString()));
            }
            gatherings.add(scanOne(input));
        } else if (type == Type.FOLDER) {
            if (InputEntries.isGatheringFolder(input)) {
                gatherings.add(scanOne(input));
            } else {
                if (InputEntries.isNetworkFolder(input)) {
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
            if (InputEntries.isJunk(child)) {
                continue;
            }
            try {
                Type type = InputFiles.type(child);
                if (type == Type.FOLDER) {
                    if (InputEntries.isGatheringFolder(child)) {
                        gatherings.add(scanOne(child));
                    } else {
                        if (InputEntries.isNetworkFolder(child)) {
                            networks.add(scanNetwork(child));
                        }
                        searchFolder(base, child, gatherings, findings, networks);
                    }
                } else if (type != Type.FILE) {
                    findings.add(Deviation.ofFile(name, InputFiles.refusal(type), Consequence.FILE_REJECTED));
                } else if (InputEntries.isNetworkFile(child)) {
                    continue; // read with its network folder
                } else if (InputEntries.isWorkbookName(name)) {
                    gatherings.add(scanOne(child));
                } else {
                    findings.add(Deviation.ofFile(name, InputEntries.unreadableReason(child,
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
        return sources.gathering(gathering);
    }

    /**
     * A network folder's own anchoring and result files, as a source named after the folder. Its
     * subfolders and other files are searched for gatherings as any folder is.
     */
    public GatheringSource scanNetwork(Path folder) {
        return sources.network(folder);
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
        return InputEntries.isGatheringFolder(folder);
    }

    /** Files never read: Office lock files, hidden files, Thumbs.db and the like. */
    public static boolean isJunk(Path path) {
        return InputEntries.isJunk(path);
    }

    private static String relative(Path base, Path path) {
        String name = base.relativize(path).toString();
        return name.isEmpty() ? path.getFileName().toString() : name;
    }
}
