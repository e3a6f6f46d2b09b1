package no.samanom.samlingsrapport.job;

import java.time.Duration;
import java.util.Optional;

/**
 * Which process may work on what. A node claims a gathering before it runs the gathering's job,
 * the network reports before it refreshes them, and the manifest before it rewrites it; a claim
 * ends when it is closed or when its process dies, however it dies. Alone on a machine the state
 * lock already makes the process the only one, and every claim is granted at once.
 */
interface Claims {

    /** The claim every node takes to refresh the networks' development reports. */
    String NETWORKS = "nettverksrapporter";
    /** The claim on output/manifest.csv. */
    String MANIFEST = "manifest";

    Claims ALONE = new Claims() {
        @Override
        public Optional<Claim> tryClaim(String key) {
            return Optional.of(() -> { });
        }

        @Override
        public Optional<Claim> await(String key, Duration patience) {
            return tryClaim(key);
        }
    };

    /** The claim if no other process holds it; empty if one does. */
    Optional<Claim> tryClaim(String key);

    /** The claim once the process holding it lets go; empty if that takes longer than the patience. */
    Optional<Claim> await(String key, Duration patience);

    /** A claim held until closed. */
    @FunctionalInterface
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /** The claim on a gathering: one node at a time works on a gathering and its output folder, whatever its version. */
    static String gathering(String id) {
        return "samling:" + id;
    }
}
