package org.crvsplanner.scenario;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.crvsplanner.model.EventType;

/**
 * The families of hostile content that an independent probe of the reader found bugs with, for
 * {@link ScenarioFuzzTest}. Each changes a valid file in one way a damaged or crafted file would.
 */
final class HostileContent {
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** Overlong forms of '/', NUL and 'A', a surrogate in UTF-8, and code points above U+10FFFF. */
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xC1, (byte) 0x81}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}};
    private static final String[] LONE_SURROGATES = {"\\uD800", "\\uDFFF", "\\uDBFF\\u0041", "x\\uDC00"};
    /** As JSON escapes and as raw UTF-8: escapes, bell, C1, direction overrides and isolates. */
    private static final String[] CONTROLS = {"\\u001b", "\\u0007", "\\u0085", "\\u009b", "\\u202e", "\\u2066",
        "\\u2028", "\u202E", "\u2067", "\u0085"};
    private static final String[] TERMINAL_ESCAPES = {"\\u001b]0;PWNED\\u0007", "\\u001b[2J\\u001b[H",
        "\\u001b]8;;http://x\\u001b\\\\link\\u001b]8;;\\u001b\\\\", "ok\\rFAKE", "\u202Eelif.exe"};
    private static final Pattern STRING_VALUE = Pattern.compile("\": \"");
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private HostileContent() {
    }

    static byte[] apply(byte[] content, Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> damagedWide(content, random, random.nextBoolean() ? 4 : 2);
            case 1 -> insertInString(content, random, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 2 -> insertInString(content, random, utf8(LONE_SURROGATES[random.nextInt(LONE_SURROGATES.length)]));
            case 3 -> insertInString(content, random, utf8(CONTROLS[random.nextInt(CONTROLS.length)]));
            case 4 -> insertInString(content, random,
                    utf8(TERMINAL_ESCAPES[random.nextInt(TERMINAL_ESCAPES.length)]));
            case 5 -> insertInString(content, random, utf8("m".repeat(100 + random.nextInt(200_000))));
            default -> insertInString(content, random, utf8(("\\u202e" + "x".repeat(30)).repeat(1 + random.nextInt(50))));
        };
    }

    /** The file in UTF-32 or UTF-16 with its mark, then damaged: cut, or a unit that is no character. */
    private static byte[] damagedWide(byte[] content, Random random, int unit) {
        String text = "\uFEFF" + new String(content, StandardCharsets.UTF_8);
        boolean little = random.nextBoolean();
        Charset charset = unit == 4 ? (little ? UTF_32LE : UTF_32BE)
                : little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        byte[] wide = text.getBytes(charset);
        int at = unit + random.nextInt((wide.length - unit) / unit) * unit;
        switch (random.nextInt(3)) {
            case 0:
                return java.util.Arrays.copyOf(wide, wide.length - 1 - random.nextInt(unit - 1));
            case 1: {
                // U+110000 and above in UTF-32; a lone low surrogate in UTF-16.
                byte[] copy = wide.clone();
                int value = unit == 4 ? 0x110000 + random.nextInt(0x7FEF0000) : 0xDC00 + random.nextInt(0x400);
                for (int i = 0; i < unit; i++) {
                    int shift = 8 * (little ? i : unit - 1 - i);
                    copy[at + i] = (byte) (value >>> shift);
                }
                return copy;
            }
            default: {
                byte[] copy = wide.clone();
                copy[at + random.nextInt(unit)] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
        }
    }

    /** Inserts bytes at the start of one of the file's text values, or anywhere when it has none. */
    private static byte[] insertInString(byte[] content, Random random, byte[] inserted) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        var matcher = STRING_VALUE.matcher(text);
        while (matcher.find()) {
            starts.add(matcher.end());
        }
        int at = starts.isEmpty() ? random.nextInt(content.length + 1) : starts.get(random.nextInt(starts.size()));
        byte[] out = new byte[content.length + inserted.length];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(content, at, out, at + inserted.length, content.length - at);
        return out;
    }

    /** Whether the content is well-formed in the encoding its byte order mark names, UTF-8 without one. */
    static boolean wellFormedText(byte[] c) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (c.length >= 4 && c[0] == 0 && c[1] == 0 && (c[2] & 0xFF) == 0xFE && (c[3] & 0xFF) == 0xFF) {
            charset = UTF_32BE;
            skip = 4;
        } else if (c.length >= 4 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE && c[2] == 0 && c[3] == 0) {
            charset = UTF_32LE;
            skip = 4;
        } else if (c.length >= 2 && (c[0] & 0xFF) == 0xFE && (c[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (c.length >= 2 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c, skip, c.length - skip));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether every text of the scenario is whole characters: no half of a surrogate pair. */
    static boolean wellFormed(Scenario scenario) {
        List<String> texts = new ArrayList<>(List.of(scenario.name(), scenario.notes()));
        scenario.inputs().otherEvents().stream().map(EventType::name).forEach(texts::add);
        texts.addAll(scenario.unknownFields().topLevel().keySet());
        texts.addAll(scenario.unknownFields().topLevel().values());
        texts.addAll(scenario.unknownFields().inputs().keySet());
        texts.addAll(scenario.unknownFields().inputs().values());
        return texts.stream().noneMatch(HostileContent::hasLoneSurrogate);
    }

    /** Whether a message holds a control character, separator or direction override as it is, or half a pair. */
    static boolean hidesCharacters(String message) {
        return HIDDEN.matcher(message).find() || hasLoneSurrogate(message);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
