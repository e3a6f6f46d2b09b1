package no.samanom.samlingsrapport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;

/** The launcher asks for AOT mode; a jar packaged without the generated code must still start. */
class SamlingsrapportApplicationTest {

    @Test
    void shouldStartTheOrdinaryWayWhenTheJarHasNoGeneratedContext() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(original) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.endsWith("__ApplicationContextInitializer")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        });
        System.setProperty(AotDetector.AOT_ENABLED, "true");
        try {
            SamlingsrapportApplication.application();
            assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        } finally {
            thread.setContextClassLoader(original);
            System.clearProperty(AotDetector.AOT_ENABLED);
        }
    }
}
