package no.samanom.samlingsrapport.input;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Norway's municipalities, from {@code templates/kommuner.csv} (Statistics Norway's
 * classification 131, the names before the 2020 mergers and after the 2024 splits included),
 * and the one way every report matches a municipality's name: case-insensitively, after
 * trimming, Unicode normalisation (NFC) and dropping invisible characters. A name on the list
 * is shown as the list spells it; a name that is not is kept as typed, and the nearest name on
 * the list can be suggested ("Karmoy": "Karmøy").
 */
public final class Municipalities {

    /** No list: every name is kept as typed, and none is suggested. */
    public static final Municipalities NONE = new Municipalities(Map.of(), Map.of());

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Control and format characters, and a surrogate without its pair. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]+");
    /** The parts of a name given in two languages: "Guovdageaidnu - Kautokeino". */
    private static final Pattern LANGUAGES = Pattern.compile("\\s+[-–/]\\s+");

    private final Map<String, String> byKey;
    private final Map<String, String> byNumber;

    private Municipalities(Map<String, String> byKey, Map<String, String> byNumber) {
        this.byKey = byKey;
        this.byNumber = byNumber;
    }

    /**
     * Reads the list: "nummer;navn;gyldig_fra;gyldig_til", "#" starting a comment. A name in two
     * languages is found by either part and by the whole; where one key or number has had several
     * names, the one valid last is shown.
     */
    public static Municipalities parse(String text) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        Map<String, Named> byNumber = new HashMap<>();
        for (String line : text.replace("\uFEFF", "").split("\\R")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split(";", -1);
            if (fields.length < 2 || !fields[0].strip().matches("\\d{4}")) {
                continue; // the header, or a line a person left half-typed
            }
            String validTo = fields.length > 3 && !fields[3].isBlank() ? fields[3].strip() : "9999-12-31";
            Named named = new Named(clean(fields[1]), validTo);
            if (named.name().isEmpty()) {
                continue;
            }
            byNumber.merge(fields[0].strip(), named, Named::later);
            byKey.merge(key(named.name()), named, Named::later);
            for (String part : LANGUAGES.split(named.name())) {
                byKey.merge(key(part), named, Named::later);
            }
        }
        return new Municipalities(names(byKey), names(byNumber));
    }

    /** A name and the last day it was valid (ISO, so that later sorts later). */
    private record Named(String name, String validTo) {
        Named later(Named other) {
            return other.validTo.compareTo(validTo) > 0 ? other : this;
        }
    }

    private static Map<String, String> names(Map<String, Named> named) {
        Map<String, String> names = new LinkedHashMap<>();
        named.forEach((key, value) -> names.put(key, value.name()));
        return Collections.unmodifiableMap(names);
    }

    /** The name as the list writes it; a municipality number also finds it; otherwise the name as typed, cleaned. */
    public String canonical(String typed) {
        String name = clean(typed);
        String known = byKey.get(key(name));
        if (known != null) {
            return known;
        }
        return name.matches("\\d{4}") ? byNumber.getOrDefault(name, name) : name;
    }

    public boolean isKnown(String name) {
        return byKey.containsKey(key(name));
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The list's name nearest to a name that is not on it, if one is near enough to be meant. */
    public Optional<String> nearest(String typed) {
        String folded = Names.key(typed);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> entry : byKey.entrySet()) {
            int distance = distance(folded, Names.key(entry.getKey()), bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = entry.getValue();
            }
        }
        int allowed = Math.max(1, folded.length() / 4);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The matching key: one municipality however it is typed. Case, spaces at the ends and
     * between words, Unicode form and invisible characters (a stray control character, a
     * zero-width space) do not count; letters and accents do.
     */
    public static String key(String name) {
        return clean(name).toLowerCase(NORWEGIAN);
    }

    /**
     * NFC, invisible characters dropped, spaces collapsed. "Ø" typed as "O" with a combining
     * stroke, which NFC leaves apart (Unicode gives Ø no decomposition), is joined too.
     */
    static String clean(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace("O\u0338", "Ø").replace("o\u0338", "ø")
                .replace("O\u0337", "Ø").replace("o\u0337", "ø");
        text = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Levenshtein distance, given up once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return Math.abs(a.length() - b.length());
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest >= limit) {
                return rowBest;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
