package no.samanom.samlingsrapport;

import org.springframework.aot.AotDetector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.util.ClassUtils;

/**
 * The Spring context behind the command line: job repository, jobs and report writers. The job
 * needs five of Boot's auto-configurations, named here, rather than the search through every
 * one on the class path and the evaluation of their conditions at every start. At build time
 * Spring's AOT processor turns this context's bean definitions into code (target/spring-aot), which
 * the fast launcher (bin/samlingsrapport, -Dspring.aot.enabled=true) runs instead of parsing the
 * configuration classes again; {@code java -jar} without the flag works as before.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, BatchJdbcAutoConfiguration.class,
        JacksonAutoConfiguration.class})
@ComponentScan
@EnableConfigurationProperties(SamlingsrapportProperties.class)
public class SamlingsrapportApplication {

    /**
     * The application as every caller starts it; named as the main class, which is how AOT mode finds
     * its code. A jar packaged without that code (say with -Dspring-boot.aot.skip=true) started by the
     * launcher, which asks for AOT mode, starts the ordinary way instead of failing.
     */
    public static SpringApplicationBuilder application() {
        if (AotDetector.useGeneratedArtifacts() && !ClassUtils.isPresent(
                SamlingsrapportApplication.class.getName() + "__ApplicationContextInitializer", null)) {
            System.clearProperty(AotDetector.AOT_ENABLED);
        }
        return new SpringApplicationBuilder(SamlingsrapportApplication.class)
                .main(SamlingsrapportApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);
    }

    /**
     * For the AOT processor only (mvn package, see pom.xml), which runs this to learn the context and
     * stops before any bean is made; the program's entry is cli.Main.
     */
    public static void main(String[] args) {
        application().run(args);
    }
}
