package no.samanom.samlingsrapport.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TreeMap;

import no.samanom.samlingsrapport.input.InputFiles;
import no.samanom.samlingsrapport.input.InputScanner;

/**
 * The watched input folder. Each entry in it (a workbook, a gathering's folder, a folder of
 * gatherings) is ready once every file in it has kept its size and modification time for
 * the settle period and no Excel or LibreOffice lock file says it is open, so a file still
 * being copied or a folder still being filled is never read half-way. An entry handled is
 * not handed out again until its files change; one that failed is retried after a pause.
 */
public final class DropFolder {

    private final Path input;
    private final Duration settle;
    private final Duration retry;
    private final Clock clock;
    private final Map<Path, Watched> entries = new HashMap<>();

    public DropFolder(Path input, Duration settle, Duration retry, Clock clock) {
        this.input = input;
        this.settle = settle;
        this.retry = retry;
        this.clock = clock;
    }

    /** What has been seen of one entry. */
    private static final class Watched {
        Map<String, String> files;
        Instant stillSince;
        Map<String, String> handled;
        Instant retryAt = Instant.MIN;
    }

    /** The entries ready to be processed now. */
    public List<Path> ready() {
        Instant now = clock.instant();
        List<Path> current = entries();
        entries.keySet().retainAll(current);
        List<Path> ready = new ArrayList<>();
        for (Path entry : current) {
            Map<String, String> files = snapshot(entry);
            Watched watched = entries.computeIfAbsent(entry, e -> new Watched());
            if (files == null) {
                watched.files = null; // unreadable just now (moving, locked): not settled
                continue;
            }
            if (!files.equals(watched.files)) {
                watched.files = files;
                watched.stillSince = now;
            }
            boolean still = !Duration.between(watched.stillSince, now).minus(settle).isNegative();
            if (still && !files.isEmpty() && !isOpen(entry, files) && !files.equals(watched.handled)
                    && !now.isBefore(watched.retryAt)) {
                ready.add(entry);
            }
        }
        return ready;
    }

    /** The entry was processed as it is now: leave it until it changes. */
    public void handled(Path entry) {
        Watched watched = entries.get(entry);
        if (watched != null) {
            watched.handled = watched.files;
        }
    }

    /** Processing the entry failed: try again after the retry pause. */
    public void failed(Path entry) {
        later(entry, retry);
    }

    /** The entry is not done yet (another node works on it): look again after the pause. */
    public void later(Path entry, Duration pause) {
        Watched watched = entries.get(entry);
        if (watched != null) {
            watched.retryAt = clock.instant().plus(pause);
        }
    }

    private List<Path> entries() {
        if (!Files.isDirectory(input) || InputScanner.isGatheringFolder(input)) {
            return Files.exists(input) ? List.of(input) : List.of();
        }
        try {
            return InputFiles.children(input).stream().filter(p -> !InputScanner.isJunk(p)).toList();
        } catch (IOException e) {
            return List.of(); // the folder itself is unreadable just now: nothing is ready
        }
    }

    /**
     * Every entry under the entry with its size and modification time, seen without following
     * links; null while it cannot be listed now. A link, a pipe or a folder that cannot be read is
     * an entry too: it settles like any other and the round lists it as not read.
     */
    private static Map<String, String> snapshot(Path entry) {
        Map<String, String> files = new TreeMap<>();
        try {
            walk(entry, entry, files);
            return files;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static void walk(Path root, Path path, Map<String, String> files) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = root.relativize(path).toString();
        if (!attributes.isDirectory()) {
            files.put(name, (attributes.isRegularFile() ? "" : attributes.isSymbolicLink() ? "lenke:" : "annet:")
                    + attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            return;
        }
        List<Path> children;
        try {
            children = InputFiles.children(path);
        } catch (IOException e) {
            files.put(name + "/", "uleselig");
            return;
        }
        for (Path child : children) {
            walk(root, child, files);
        }
    }

    private boolean isOpen(Path entry, Map<String, String> files) {
        if (files.keySet().stream().anyMatch(name -> isLockFile(Path.of(name).getFileName().toString()))) {
            return true;
        }
        String name = entry.getFileName().toString();
        try (Stream<Path> siblings = Files.list(entry.toAbsolutePath().getParent())) {
            return siblings.map(p -> p.getFileName().toString()).anyMatch(s -> locks(s, name));
        } catch (IOException e) {
            return false;
        }
    }

    /** Excel's owner file "~$" + the name (its first two letters dropped when long); LibreOffice's ".~lock.name#". */
    static boolean locks(String lockName, String workbook) {
        if (lockName.startsWith("~$")) {
            String rest = lockName.substring(2);
            return !rest.isEmpty() && (workbook.equals(rest) || workbook.endsWith(rest) && workbook.length() - rest.length() <= 2);
        }
        return lockName.equals(".~lock." + workbook + "#");
    }

    private static boolean isLockFile(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.");
    }
}
