package no.samanom.samlingsrapport.input;

/** An input file of a gathering, by its name relative to the gathering and its content hash. */
public record SourceFile(String name, String path, long size, String sha256) {
}
