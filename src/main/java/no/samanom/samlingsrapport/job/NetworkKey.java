package no.samanom.samlingsrapport.job;

import no.samanom.samlingsrapport.input.Names;
import no.samanom.samlingsrapport.input.SafeId;

/**
 * A network's identity, from the `nettverk` a gathering names or a network folder's name:
 * matched like column names ("Omdømme", "omdomme" and "nettverk-omdomme" are one network) and
 * safe as a folder name.
 */
public final class NetworkKey {

    private static final String PREFIX = "nettverk";

    private NetworkKey() {
    }

    public static String of(String name) {
        String key = Names.key(name);
        if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
            key = key.substring(PREFIX.length());
        }
        return SafeId.of(key);
    }

    /** The report's folder under the output: "nettverk-omdomme", which no gathering folder is named in practice. */
    public static String folder(String key) {
        return SafeId.NETWORK_PREFIX + key;
    }
}
