package no.samanom.samlingsrapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring context behind the command line: job repository, job and report writers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamlingsrapportApplication {
}
