package no.samanom.samlingsrapport.aggregation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.Origin;

/**
 * Municipality names counted by their matching key ({@link Municipalities#key}), so that
 * "Ørland", "ørland " and "ØRLAND" are one municipality in every figure, shown as written most
 * often (the first written on a tie).
 */
public final class NameTally {

    private final Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    private final Map<String, Origin> firstSeen = new HashMap<>();

    /** Counts one use of the name; returns its key. */
    public String add(String name, Origin origin) {
        String key = Municipalities.key(name);
        spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        firstSeen.putIfAbsent(key, origin);
        return key;
    }

    /** The spelling used most often for the key. */
    public String shown(String key) {
        Map<String, Integer> counts = spellings.get(key);
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    public Set<String> keys() {
        return spellings.keySet();
    }

    /** Where the name was first seen. */
    public Origin firstSeen(String key) {
        return firstSeen.get(key);
    }
}
