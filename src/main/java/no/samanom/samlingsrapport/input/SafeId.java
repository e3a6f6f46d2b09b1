package no.samanom.samlingsrapport.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns a gathering id from the input into a folder name that stays inside the output
 * folder: no separators, no "..", no control characters.
 */
public final class SafeId {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final int MAX_LENGTH = 80;

    private SafeId() {
    }

    public static String of(String raw) {
        String id = UNSAFE.matcher(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC)).replaceAll("-");
        id = DASHES.matcher(id).replaceAll("-").replaceAll("^[.-]+|[.-]+$", "");
        if (id.length() > MAX_LENGTH) {
            id = id.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        return id.isEmpty() ? "samling" : id;
    }
}
