package no.samanom.samlingsrapport.network;

import java.io.IOException;
import java.io.OutputStream;

/** One format of the development report. Writers render the summary they are given and compute nothing. */
public interface NetworkWriter {

    /** The file's name in the network's output folder. */
    String fileName(String key);

    void write(NetworkReportData data, OutputStream out) throws IOException;
}
