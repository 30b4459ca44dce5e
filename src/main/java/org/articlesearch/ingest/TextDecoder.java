package org.articlesearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text: UTF-8 when it is (or nearly is) UTF-8, UTF-16 when a BOM says
 * so, Windows-1252 otherwise. Binary data is refused rather than indexed as garbage.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Up to this share of undecodable bytes, a file is UTF-8 with a few stray bytes, not Latin-1. */
    private static final double STRAY_BYTE_SHARE = 0.001;
    /** {@code <meta charset=…>}, {@code <meta http-equiv content="…; charset=…">} and the XML declaration. */
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)");
    /** Browsers look for the declaration in the first KB; saved pages often carry long heads, so we look further. */
    private static final int DECLARATION_WINDOW = 8192;

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
        // The JDK's own decoding replaces each malformed sequence with U+FFFD; without one in its answer the
        // bytes were valid UTF-8, and the strict decoder would give the same text. Decoding strictly first
        // cost a char buffer and a copy of every file (2.5% of `split --json` over BBC).
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
            if (bad <= Math.max(1, bytes.length * STRAY_BYTE_SHARE)) {
                return lenient;
            }
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /**
     * Decodes an HTML page: a BOM decides, then bytes that are valid UTF-8 (legacy text almost never
     * is, while pages re-saved as UTF-8 often keep their old declaration), then the charset the page
     * declares, then {@link #decode}'s guess.
     */
    public static String decodeHtml(byte[] bytes) throws UnreadableInputException {
        Charset declared = declaredCharset(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || hasBom(bytes) || isUtf8(bytes)) {
            return decode(bytes);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary data, not text");
        }
        return new String(bytes, declared);
    }

    /** The charset a page declares, or null when it declares none we know; Latin-1 read as Windows-1252, as browsers do. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (name.startsWith("utf-16")) return StandardCharsets.UTF_8; // a page declaring UTF-16 without a BOM is not UTF-16
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)
                || b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            strictUtf8().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
