package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input as a closed world: what is read is a regular file or a folder inside the input,
 * looked at without following links. A symbolic link (wherever it leads, so that nothing
 * outside the input is read and no cycle can form), a named pipe, a device or a socket is
 * never opened: opening a pipe would wait for a writer for ever. Every answer is a kind or
 * an {@link IOException} whose message says, in Norwegian, why the entry cannot be read.
 */
public final class InputFiles {

    /** What an entry of the input is, seen without following links. */
    public enum Type { FILE, FOLDER, LINK, OTHER }

    private InputFiles() {
    }

    public static Type type(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw readable(e);
        }
        if (attributes.isSymbolicLink()) {
            return Type.LINK;
        }
        return attributes.isRegularFile() ? Type.FILE : attributes.isDirectory() ? Type.FOLDER : Type.OTHER;
    }

    /** Why an entry that is not a regular file or folder is not read, for the finding that lists it. */
    public static String refusal(Type type) {
        return type == Type.LINK
                ? "Er en snarvei (symbolsk lenke) og er ikke lest: lenker følges ikke, så ingenting utenfor "
                        + "inndatamappen leses. Legg selve filen eller mappen i inndatamappen."
                : "Er ikke en vanlig fil eller mappe (men et rør, en enhet eller en sokkel) og er ikke lest.";
    }

    /** The folder's entries, sorted by name. */
    public static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw readable(e);
        }
    }

    /** Opens a regular file for reading, refusing it if it is not one (any more) rather than blocking on it. */
    public static InputStream open(Path file) throws IOException {
        Type type = type(file);
        if (type != Type.FILE) {
            throw new IOException(refusal(type));
        }
        try {
            return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw readable(e);
        }
    }

    /** The file's size, or an error saying in Norwegian why it cannot be had. */
    public static long size(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (IOException e) {
            throw readable(e);
        }
    }

    /** An I/O error with a message a coordinator understands; the original stays as the cause. */
    public static IOException readable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new IOException("Kan ikke leses: jobben har ikke lesetilgang (sjekk rettighetene).", e);
        }
        if (e instanceof NoSuchFileException) {
            return new IOException("Forsvant mens jobben leste inndata (flyttet eller slettet).", e);
        }
        if (e.getMessage() != null && e.getMessage().contains("Too many levels of symbolic links")) {
            return new IOException(refusal(Type.LINK), e);
        }
        return new IOException("Kunne ikke leses (" + Visible.of(String.valueOf(e.getMessage()), Visible.VALUE) + ").", e);
    }
}
