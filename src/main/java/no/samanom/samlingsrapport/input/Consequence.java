package no.samanom.samlingsrapport.input;

/** What a deviation did to the data, in the words the deviation list uses. */
public enum Consequence {
    FILE_REJECTED("Filen er avvist"),
    ROW_REJECTED("Raden er forkastet"),
    VALUE_DROPPED("Verdien er utelatt"),
    NOTE("Merknad");

    private final String label;

    Consequence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
