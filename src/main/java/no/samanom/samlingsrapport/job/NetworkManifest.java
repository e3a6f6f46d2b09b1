package no.samanom.samlingsrapport.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What one version of a network's development report is made from: the latest version of each
 * of its gatherings and the version of its network folder's files. Kept in the state folder; its
 * fingerprint identifies the report job, so that the job repository itself refuses to make the
 * same report twice while any new gathering version makes a new one.
 *
 * @param name           the folder name, for a network no gathering names
 * @param members        sorted by gathering id
 * @param filesVersion   fingerprint of the network folder's files, or null without any
 * @param filesSource    where the network folder is, or null
 */
record NetworkManifest(String key, String name, List<Member> members, String filesVersion, String filesSource) {

    /** A gathering version: the gathering id and its input fingerprint. */
    record Member(String id, String fingerprint) {
    }

    static final String FILE = "manifest.json";

    /** SHA-256 over the members and the files' version; the name and the folder's place do not count. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Member member : members) {
                digest.update((member.id() + "\0" + member.fingerprint() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(("nettverk\0" + (filesVersion == null ? "" : filesVersion)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
