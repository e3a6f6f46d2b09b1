package no.samanom.samlingsrapport;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import no.samanom.samlingsrapport.input.IndicatorBands;
import no.samanom.samlingsrapport.input.Municipalities;
import no.samanom.samlingsrapport.input.RiskFactors;
import no.samanom.samlingsrapport.support.Language;
import no.samanom.samlingsrapport.report.Profile;
import no.samanom.samlingsrapport.report.ReportText;

/**
 * What a network can change without a programmer, read from the templates folder at run
 * time, with the defaults built into the jar for anything the folder lacks: the risk
 * factors, the list of municipalities, the profile (organisation, logo, colours, small-group
 * threshold), the result indicators' bands and the texts.
 */
@Component
public class Templates {

    static final String RISK_FACTORS = "risikofaktorer.txt";
    static final String PROFILE = "profil.properties";
    static final String MUNICIPALITIES = "kommuner.csv";
    static final String BANDS = "indikatorbaand.csv";

    private final Path folder;
    private final RiskFactors riskFactors;
    private final Municipalities municipalities;
    private final Profile profile;
    private final IndicatorBands indicatorBands;

    @Autowired
    public Templates(SamlingsrapportProperties properties) {
        this(properties.templates());
    }

    /** The templates of a folder, for commands that need no Spring context. */
    public Templates(Path folder) {
        this.folder = folder;
        this.riskFactors = RiskFactors.parse(new String(bytes(RISK_FACTORS), StandardCharsets.UTF_8));
        this.municipalities = Municipalities.parse(new String(bytes(MUNICIPALITIES), StandardCharsets.UTF_8));
        this.profile = readProfile();
        this.indicatorBands = IndicatorBands.parse(new String(bytes(BANDS), StandardCharsets.UTF_8), BANDS);
    }

    public RiskFactors riskFactors() {
        return riskFactors;
    }

    /** Norway's municipalities, whose spelling the reports use. */
    public Municipalities municipalities() {
        return municipalities;
    }

    public Profile profile() {
        return profile;
    }

    /** What the result indicators' values mean: their bands, such as RepTrak's for the reputation score. */
    public IndicatorBands indicatorBands() {
        return indicatorBands;
    }

    public ReportText text(Language language) {
        return ReportText.load(language, folder);
    }

    /** The texts of the language a report asks for (a gathering's `språk`), else of the run's language. */
    public ReportText text(String requested, Language fallback) {
        return text(requested == null ? fallback : Language.of(requested).orElse(fallback));
    }

    private Profile readProfile() {
        Properties settings = new Properties();
        try {
            settings.load(new StringReader(new String(bytes(PROFILE), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String logo = settings.getProperty("logo", "").strip();
        return new Profile(
                settings.getProperty("organisasjon", "").strip(),
                logo.isEmpty() ? null : bytes(logo),
                Color.decode(settings.getProperty("farge.aksent", "#1F4E79").strip()),
                Color.decode(settings.getProperty("farge.framheving", "#C55A11").strip()),
                Integer.parseInt(settings.getProperty("smaagruppe.grense", "3").strip()),
                Integer.parseInt(settings.getProperty("utsagn.per.celle", "8").strip()));
    }

    /** A template file: the templates folder's copy if there is one, else the built-in default. */
    private byte[] bytes(String name) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Malen " + name + " finnes verken i " + folder + " eller innebygd.");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese malen " + file, e);
        }
    }
}
