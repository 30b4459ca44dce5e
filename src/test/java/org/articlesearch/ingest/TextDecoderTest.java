package org.articlesearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text is decoded as it was when every file went through the strict UTF-8 decoder first: valid UTF-8
 * (a genuine U+FFFD included) as UTF-8, a few stray bytes replaced, legacy text as Windows-1252.
 */
class TextDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void decodesEveryKindOfByteStringAsTheStrictDecoderFirstDid() throws Exception {
        Random random = new Random(3);
        String[] pieces = {"Plain words. ", "“Curly quotes”, ", "café ", "\uFFFD", "😀 ", "naïve—", "\n\n"};
        byte[][] odd = {{(byte) 0xe9}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xe2, (byte) 0x80}, {(byte) 0x92}};
        int checked = 0, replaced = 0, legacy = 0;
        for (int round = 0; round < 3000; round++) {
            var out = new java.io.ByteArrayOutputStream();
            if (random.nextInt(10) == 0) out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            int parts = 1 + random.nextInt(400);
            // None, a few stray bytes (read leniently), or many (legacy text, read as Windows-1252).
            int oddOnes = switch (random.nextInt(4)) { case 0 -> random.nextInt(4); case 1 -> 20 + random.nextInt(40); default -> 0; };
            for (int i = 0; i < parts; i++) {
                if (oddOnes > 0 && random.nextInt(parts) < oddOnes) out.writeBytes(odd[random.nextInt(odd.length)]);
                else out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = out.toByteArray();
            String decoded = TextDecoder.decode(bytes);
            assertEquals(strictFirst(bytes), decoded);
            checked++;
            if (decoded.indexOf('\uFFFD') >= 0) replaced++;
            int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
            if (!decoded.equals(new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8))) legacy++;
        }
        assertTrue(checked == 3000 && replaced > 300 && legacy > 100, replaced + " texts hold a U+FFFD, " + legacy + " read as Windows-1252");
    }

    /** The decoding before: the strict decoder, then the lenient one for a few stray bytes, else Windows-1252. */
    private static String strictFirst(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
            if (bad <= Math.max(1, bytes.length * 0.001)) return lenient;
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }
}
