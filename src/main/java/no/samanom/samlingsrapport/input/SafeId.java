package no.samanom.samlingsrapport.input;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a gathering id from the input into a folder name that stays inside the output
 * folder on any file system a department may archive to: no separators, no "..", no control
 * characters, and none of the names Windows reserves for devices ("CON", "aux.2013").
 */
public final class SafeId {

    /** The prefix of the networks' report folders, which no gathering may use. */
    public static final String NETWORK_PREFIX = "nettverk-";

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)^(con|prn|aux|nul|com\\d|lpt\\d)(\\.|$)");
    private static final int MAX_LENGTH = 80;

    private SafeId() {
    }

    public static String of(String raw) {
        String id = UNSAFE.matcher(Normalizer.normalize(raw.strip(), Normalizer.Form.NFC)).replaceAll("-");
        id = DASHES.matcher(id).replaceAll("-").replaceAll("^[.-]+|[.-]+$", "");
        if (id.length() > MAX_LENGTH) {
            id = id.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        Matcher device = WINDOWS_DEVICE.matcher(id);
        if (device.find()) {
            id = device.group(1) + "_" + id.substring(device.group(1).length());
        }
        return id.isEmpty() ? "samling" : id;
    }
}
