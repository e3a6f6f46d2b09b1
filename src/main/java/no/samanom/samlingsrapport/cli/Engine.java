package no.samanom.samlingsrapport.cli;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import no.samanom.samlingsrapport.SamlingsrapportApplication;
import no.samanom.samlingsrapport.report.Language;

/** Starts the Spring context (job repository, job, writers) for the folders a command names. */
final class Engine {

    private Engine() {
    }

    /** Folder settings become default properties, so -D and the environment can still override them. */
    static ConfigurableApplicationContext start(Path input, Path output, Path state, Path templates, Language language) {
        return new SpringApplicationBuilder(SamlingsrapportApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "samlingsrapport.input", input.toAbsolutePath().toString(),
                        "samlingsrapport.output", output.toAbsolutePath().toString(),
                        "samlingsrapport.state", state.toAbsolutePath().toString(),
                        "samlingsrapport.templates", templates.toAbsolutePath().toString(),
                        "samlingsrapport.language", language.code(),
                        "spring.datasource.url", StateLock.databaseUrl(state)))
                .run();
    }
}
