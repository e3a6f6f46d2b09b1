package no.samanom.samlingsrapport.input;

import java.io.IOException;

/**
 * A file's content is no longer the content the gathering's fingerprint was taken from: it
 * changed, grew or vanished while the job ran. The gathering must not be reported with rows of
 * another version than its data basis names; it fails and the next run takes the new version.
 */
public class InputChangedException extends IOException {

    public InputChangedException(String message) {
        super(message);
    }

    public InputChangedException(String message, Throwable cause) {
        super(message, cause);
    }

    static InputChangedException of(TableRef ref) {
        return new InputChangedException("Filen " + ref.file() + " ble endret mens jobben leste den; "
                + "samlingen tas på nytt med den nye versjonen ved neste kjøring.");
    }
}
