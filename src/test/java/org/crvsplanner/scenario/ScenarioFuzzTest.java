package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid scenario files at random: the only allowed outcomes are a scenario or a
 * {@link ScenarioFileException} with one clear line. Seeded, so a failure can be replayed.
 *
 * <p>Besides flipped, cut and inserted bytes, a third of the files get one of the hostile
 * families of {@link HostileContent} (damaged UTF-16 and UTF-32, overlong UTF-8, lone surrogates,
 * control and direction characters, terminal escapes, very long values). A file that opens must be
 * well-formed text; a message must show no control character raw and quote no long value whole.
 *
 * <p>Longer run: {@code mvn verify -Dtest=ScenarioFuzzTest -Dfuzz.iterations=1000000}, and
 * {@code -Dfuzz.seed=N} for another sequence (see docs/scenario-format.md).
 */
class ScenarioFuzzTest {
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_125L);
    private static final Path FILE = Path.of("fuzzed.crvsplan");
    /** A message quotes a readable excerpt of what it refuses, never a whole long value. */
    private static final int MAX_MESSAGE = 500;
    private static final List<byte[]> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\uD800",
            "-", "0", "1e999", "-1e-999", "null", "true", "99999999999999999999999", ".5", "\u00e9", "\u0000", "\r\n",
            "\"schemaVersion\":\"2.0\",", "\"inputs\":[],", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[").stream()
            .map(token -> token.getBytes(StandardCharsets.UTF_8)).toList();

    @Test
    @DisplayName("flipped, truncated, duplicated and inserted bytes give a scenario or one clear message")
    void mutatedFiles() {
        List<byte[]> seeds = List.of(Samples.bytes("valid/pilot.crvsplan"), Samples.bytes("valid/minimal.crvsplan"),
                Samples.bytes("valid/newer-minor.crvsplan"));
        Random random = new Random(SEED);
        int opened = 0;
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] content = seeds.get(random.nextInt(seeds.size()));
            // One file in three gets one of the hostile families first, the rest only random bytes.
            if (random.nextInt(3) == 0) {
                content = HostileContent.apply(content, random);
            }
            int mutations = random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                content = mutate(content, random);
            }
            try {
                Scenario scenario = ScenarioFiles.parse(content, FILE);
                if (!HostileContent.wellFormedText(content)) {
                    fail(replay(i, content) + " opened, though it is not well-formed text in its encoding");
                }
                if (!HostileContent.wellFormed(scenario)) {
                    fail(replay(i, content) + " opened with half a surrogate pair in its text");
                }
                assertSavesAndReopens(scenario);
                opened++;
            } catch (ScenarioFileException e) {
                String message = e.getMessage();
                if (!message.startsWith("Cannot open " + FILE + ": ") || message.contains("\n")
                        || message.contains(ScenarioReader.UNEXPECTED) || e.problem().isBlank()
                        || HostileContent.hidesCharacters(message) || message.length() > MAX_MESSAGE) {
                    fail(replay(i, content) + " gave the message: " + message, e);
                }
                refused++;
            } catch (Throwable t) {
                fail(replay(i, content) + " threw " + t, t);
            }
        }
        System.out.printf("fuzz: %,d mutated files (seed %d): %,d opened, %,d refused with a message%n",
                ITERATIONS, SEED, opened, refused);
        // Both outcomes must occur, or the mutations are not exercising the reader.
        assertThat(opened).isPositive();
        assertThat(refused).isPositive();
    }

    private static void assertSavesAndReopens(Scenario scenario) {
        Scenario reopened = ScenarioFiles.parse(ScenarioFiles.toBytes(scenario), FILE);
        assertThat(reopened.inputs()).isEqualTo(scenario.inputs());
        assertThat(reopened.name()).isEqualTo(scenario.name());
        assertThat(reopened.notes()).isEqualTo(scenario.notes());
        assertThat(reopened.unknownFields().topLevel()).isEqualTo(scenario.unknownFields().topLevel());
        assertThat(reopened.unknownFields().inputs()).isEqualTo(scenario.unknownFields().inputs());
    }

    static byte[] mutate(byte[] content, Random random) {
        int length = content.length;
        int at = length == 0 ? 0 : random.nextInt(length + 1);
        switch (random.nextInt(6)) {
            case 0: { // flip one bit
                if (length == 0) {
                    return content;
                }
                byte[] copy = content.clone();
                int i = random.nextInt(length);
                copy[i] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 1: // truncate
                return Arrays.copyOf(content, at);
            case 2: { // duplicate a slice in place
                int end = at + random.nextInt(Math.max(1, Math.min(64, length - at + 1)));
                return splice(content, end, Arrays.copyOfRange(content, at, Math.min(end, length)));
            }
            case 3: { // insert random bytes
                byte[] noise = new byte[1 + random.nextInt(8)];
                random.nextBytes(noise);
                return splice(content, at, noise);
            }
            case 4: // insert a JSON token
                return splice(content, at, TOKENS.get(random.nextInt(TOKENS.size())));
            default: { // delete a slice
                int end = Math.min(length, at + 1 + random.nextInt(16));
                byte[] out = new byte[length - (end - at)];
                System.arraycopy(content, 0, out, 0, at);
                System.arraycopy(content, end, out, at, length - end);
                return out;
            }
        }
    }

    private static byte[] splice(byte[] content, int at, byte[] inserted) {
        byte[] out = new byte[content.length + inserted.length];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(content, at, out, at + inserted.length, content.length - at);
        return out;
    }

    private static String replay(int iteration, byte[] content) {
        return "iteration " + iteration + " (seed " + SEED + ", content in base64 "
                + Base64.getEncoder().encodeToString(content) + ")";
    }
}
