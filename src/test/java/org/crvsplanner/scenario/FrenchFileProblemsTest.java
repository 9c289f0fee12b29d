package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.crvsplanner.text.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** File problems read in French: the same facts (file, line, column, field, figures) in French words. */
class FrenchFileProblemsTest {
    private static final String NBSP = String.valueOf(Wording.NO_BREAK_SPACE);

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() {
        return BrokenFilesTest.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("every broken file is told in French, at the same line, with the English message unchanged")
    void everyBrokenFileInFrench(String name, int line, String english) {
        Path file = Samples.path("broken/" + name);
        ScenarioFileException problem = read(file);
        String french = problem.message(Wording.FRENCH);
        assertThat(french).startsWith("Impossible d’ouvrir " + file + NBSP + ": ")
                .isNotEqualTo(problem.getMessage()).doesNotContain("\n", "Cannot", " got ", "must ");
        assertThat(problem.message(Wording.ENGLISH)).isEqualTo(problem.getMessage()).contains(english);
        assertThat(french).endsWith(problem.problem(Wording.FRENCH));
        if (line > 0) {
            assertThat(french).contains("ligne " + line + ", colonne ");
        }
    }

    @Test
    @DisplayName("a field's problem names the field and its place, and the model's figures in French style")
    void fieldProblem() {
        ScenarioFileException problem = read(Samples.path("broken/out-of-range-population.crvsplan"));
        assertThat(problem.problem(Wording.FRENCH)).isEqualTo("ligne 6, colonne 19" + NBSP
                + ": inputs.population doit se situer entre 1 et 2\u202F000\u202F000\u202F000\u00A0habitants" + NBSP
                + "; valeur reçue" + NBSP + ": 0");
        assertThat(read(Samples.path("broken/wrong-type-population-text.crvsplan")).problem(Wording.FRENCH))
                .isEqualTo("ligne 6, colonne 19" + NBSP + ": inputs.population doit être un nombre" + NBSP
                        + "; valeur reçue" + NBSP + ": le texte «" + NBSP + "12 million" + NBSP + "»");
    }

    @Test
    @DisplayName("malformed JSON keeps its line and column and says what the parser found, in French")
    void malformedJson() {
        ScenarioFileException problem = read(Samples.path("broken/duplicate-key.crvsplan"));
        assertThat(problem.problem(Wording.FRENCH)).isEqualTo("ligne 15, colonne 19" + NBSP + ": JSON mal formé"
                + NBSP + ": le champ «" + NBSP + "horizonYears" + NBSP + "» figure deux fois");
        assertThat(read(Samples.path("broken/trailing-garbage.crvsplan")).problem(Wording.FRENCH))
                .endsWith("mot inconnu «" + NBSP + "saved" + NBSP + "»");
    }

    @Test
    @DisplayName("a missing file and a huge one are told in French, with French figures")
    void pathsInFrench() throws Exception {
        assertThat(read(dir.resolve("nothing.crvsplan")).problem(Wording.FRENCH)).isEqualTo("ce fichier n’existe pas");
        Path huge = dir.resolve("huge.crvsplan");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(5_000_000_000L);
        }
        assertThat(read(huge).problem(Wording.FRENCH)).isEqualTo(
                "il fait 5\u202F000\u202F000\u202F000 octets, alors qu’un fichier de scénario fait au plus "
                        + "1\u202F000\u202F000 octets (1 Mo)");
    }

    @Test
    @DisplayName("saving into a missing folder is told in French; getMessage stays English")
    void saveInFrench() {
        Path target = dir.resolve("gone").resolve("plan.crvsplan");
        FileProblem problem = catchThrowableOfType(() -> AtomicFile.write(target, out -> out.write(1)),
                FileProblem.class);
        assertThat(problem.message(Wording.FRENCH)).isEqualTo("Impossible d’utiliser " + target + NBSP
                + ": le dossier " + dir.resolve("gone") + " n’existe pas");
        assertThat(problem.getMessage()).isEqualTo("Cannot use " + target + ": the folder " + dir.resolve("gone")
                + " does not exist");
    }

    @Test
    @DisplayName("every translation of the parser's messages exists in both languages")
    void parserTranslationsExist() {
        for (JacksonMessage.Translation known : JacksonMessage.KNOWN) {
            assertThat(Wording.ENGLISH.bundle("org.crvsplanner.scenario.messages").containsKey(known.key()))
                    .as(known.key()).isTrue();
            assertThat(Wording.FRENCH.bundle("org.crvsplanner.scenario.messages").containsKey(known.key()))
                    .as(known.key()).isTrue();
        }
    }

    private static ScenarioFileException read(Path file) {
        return catchThrowableOfType(() -> ScenarioFiles.read(file), ScenarioFileException.class);
    }
}
