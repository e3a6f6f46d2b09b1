package no.samanom.samlingsrapport.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a file line by line: each line as UTF-8 if it is valid UTF-8, else as
 * Windows-1252. For files written by two programs, one saving UTF-8 and one Windows-1252
 * ({@link CsvDialect#mixed()}); a line ends at each \r or \n, both of which are ASCII in both.
 */
final class LineDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] input = new byte[1 << 16];
    private int inputLength;
    private int inputPosition;
    private byte[] line = new byte[256];
    private char[] decoded = new char[0];
    private int decodedLength;
    private int decodedPosition;
    private boolean end;

    LineDecodingReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (decodedPosition == decodedLength) {
            if (end) {
                return -1;
            }
            nextLine();
        }
        int n = Math.min(length, decodedLength - decodedPosition);
        System.arraycopy(decoded, decodedPosition, target, offset, n);
        decodedPosition += n;
        return n;
    }

    /** Reads up to and including the next \r or \n (or to the end) and decodes it. */
    private void nextLine() throws IOException {
        int lineLength = 0;
        boolean ascii = true;
        while (true) {
            if (inputPosition == inputLength) {
                inputLength = in.read(input);
                inputPosition = 0;
                if (inputLength <= 0) {
                    inputLength = 0;
                    end = true;
                    break;
                }
            }
            byte b = input[inputPosition++];
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
            ascii &= b >= 0;
            if (b == '\n' || b == '\r') {
                break;
            }
        }
        decode(lineLength, ascii);
    }

    private void decode(int length, boolean ascii) {
        if (decoded.length < length) {
            decoded = new char[Math.max(length, decoded.length * 2)];
        }
        decodedPosition = 0;
        if (ascii) {
            for (int i = 0; i < length; i++) {
                decoded[i] = (char) line[i];
            }
            decodedLength = length;
            return;
        }
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, 0, length));
            decodedLength = chars.remaining();
            chars.get(decoded, 0, decodedLength);
        } catch (CharacterCodingException e) {
            String text = new String(line, 0, length, CsvDialect.WINDOWS_1252);
            decodedLength = text.length();
            text.getChars(0, decodedLength, decoded, 0);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
