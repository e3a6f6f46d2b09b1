package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.samanom.samlingsrapport.input.InputFiles.Type;

/**
 * What an entry of the input is by its name and type: junk never read, a workbook, a kind's
 * table, a gathering's or a network's folder. Types are seen without following links
 * ({@link InputFiles}); an entry that cannot be looked at counts as none of them.
 */
final class InputEntries {

    private static final Set<String> JUNK = Set.of("thumbs.db", "desktop.ini", ".ds_store");
    private static final Set<String> TABLE_EXTENSIONS = Set.of("csv", "txt", "xlsx", "xlsm", "xls");
    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private InputEntries() {
    }

    /** A folder with a regular file named after a gathering's kind; anchoring and results alone make a network folder. */
    static boolean isGatheringFolder(Path folder) {
        return entries(folder).stream().anyMatch(child -> isFile(child)
                && Kind.byName(baseName(child.getFileName().toString())).filter(k -> !k.isNetwork()).isPresent());
    }

    static boolean isNetworkFolder(Path folder) {
        return entries(folder).stream().anyMatch(InputEntries::isNetworkFile);
    }

    static boolean isNetworkFile(Path file) {
        String name = file.getFileName().toString();
        return isTableName(name) && Kind.byName(baseName(name)).filter(Kind::isNetwork).isPresent() && isFile(file);
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

    /** Files never read: Office lock files, hidden files, Thumbs.db and the like. */
    static boolean isJunk(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".") || JUNK.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Why a file that is no gathering's is not read: {@code otherwise}, unless its format says more. */
    static String unreadableReason(Path file, String otherwise) {
        String extension = extension(file.getFileName().toString());
        if (extension.equals("ods")) {
            return "OpenDocument-regneark (.ods) leses ikke. Lagre det som Excel-arbeidsbok (.xlsx).";
        }
        return otherwise;
    }

    /** A name a kind's table can have: CSV, text or a workbook. */
    static boolean isTableName(String name) {
        return TABLE_EXTENSIONS.contains(extension(name));
    }

    static boolean isWorkbookName(String name) {
        return WORKBOOK_EXTENSIONS.contains(extension(name));
    }

    static String baseName(String name) {
        return name.replaceFirst("\\.[^.]*$", "");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
