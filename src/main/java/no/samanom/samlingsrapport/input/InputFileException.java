package no.samanom.samlingsrapport.input;

/**
 * A file that cannot be used at all. The message is for the coordinator: what is wrong and
 * what would be accepted, in Norwegian, without the file name (the caller adds it).
 */
public class InputFileException extends Exception {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
