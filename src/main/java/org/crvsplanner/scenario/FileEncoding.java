package org.crvsplanner.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The bytes of a scenario file → its text, strictly. UTF-8 is the format's encoding; UTF-16 and
 * UTF-32 are recognised by their byte order mark, or, as JSON parsers do, by the zero bytes of
 * the opening brace. Anything that is not a well-formed character of that encoding (a damaged
 * byte, an overlong or out-of-range UTF-8 sequence, a surrogate written as bytes, a file cut in
 * the middle of a character) is refused with its byte offset, never replaced or guessed at.
 */
final class FileEncoding {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final Charset charset;
    private final int markLength;

    private FileEncoding(Charset charset, int markLength) {
        this.charset = charset;
        this.markLength = markLength;
    }

    /**
     * The text of the file, without its byte order mark.
     *
     * @throws ScenarioFileException naming the line, column and byte offset of the first byte that
     *         is not part of a character
     */
    static String decode(byte[] content, Path file) {
        return detect(content).decodeStrictly(content, file);
    }

    static FileEncoding detect(byte[] c) {
        int b0 = c.length > 0 ? c[0] & 0xFF : -1;
        int b1 = c.length > 1 ? c[1] & 0xFF : -1;
        int b2 = c.length > 2 ? c[2] & 0xFF : -1;
        int b3 = c.length > 3 ? c[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new FileEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return new FileEncoding(UTF_32BE, 4);
        }
        // FF FE 00 00 is the UTF-32 mark; UTF-16's is only its first two bytes.
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return new FileEncoding(UTF_32LE, 4);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new FileEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new FileEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (c.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
            return new FileEncoding(UTF_32BE, 0);
        }
        if (c.length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return new FileEncoding(UTF_32LE, 0);
        }
        if (c.length >= 2 && b0 == 0 && b1 != 0) {
            return new FileEncoding(StandardCharsets.UTF_16BE, 0);
        }
        if (c.length >= 2 && b0 != 0 && b1 == 0) {
            return new FileEncoding(StandardCharsets.UTF_16LE, 0);
        }
        return new FileEncoding(StandardCharsets.UTF_8, 0);
    }

    private String decodeStrictly(byte[] content, Path file) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, markLength, content.length - markLength);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int length = result.length();
            throw damaged(file, out.flip().toString(), offset, content, length);
        }
        return out.flip().toString();
    }

    private ScenarioFileException damaged(Path file, String before, int offset, byte[] content, int length) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.length() - lineStart + 1;
        StringBuilder bytes = new StringBuilder();
        for (int i = offset; i < Math.min(content.length, offset + Math.max(1, length)); i++) {
            bytes.append(bytes.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", content[i] & 0xFF));
        }
        return new ScenarioFileException(file, line, column, null,
                FileWords.of("read.badEncoding", charset.name(), String.valueOf(offset), bytes), null);
    }
}
