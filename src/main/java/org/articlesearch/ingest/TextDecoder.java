package org.articlesearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 when it is (or nearly is) UTF-8, UTF-16 when a BOM says
 * so, Windows-1252 otherwise. Binary data is refused rather than indexed as garbage.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Up to this share of undecodable bytes, a file is UTF-8 with a few stray bytes, not Latin-1. */
    private static final double STRAY_BYTE_SHARE = 0.001;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary data, not text");
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
            if (bad <= Math.max(1, bytes.length * STRAY_BYTE_SHARE)) {
                return lenient;
            }
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /** NUL bytes or many control characters in the first 8 KB: no article text looks like that. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return n > 0 && control > n / 100 + 1;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
