package no.samanom.samlingsrapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.RiskFactors;

/**
 * What a network can change without a programmer, read from the templates folder at run
 * time, with the defaults built into the jar for anything the folder lacks.
 */
@Component
public class Templates {

    static final String RISK_FACTORS = "risikofaktorer.txt";

    private final Path folder;
    private final RiskFactors riskFactors;

    public Templates(SamlingsrapportProperties properties) {
        this.folder = properties.templates();
        this.riskFactors = RiskFactors.parse(text(RISK_FACTORS));
    }

    public RiskFactors riskFactors() {
        return riskFactors;
    }

    /** A template file's text: the templates folder's copy if there is one, else the default. */
    String text(String name) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing built-in template " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese malen " + file, e);
        }
    }
}
