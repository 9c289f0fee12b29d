package org.crvsplanner.scenario;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.crvsplanner.text.Wording;

/**
 * The one exception reading a scenario file throws. Its message names the file, the place when
 * it is known (line, column, field) and what is wrong, on a single line ready to show a person:
 * {@code Cannot open plan.crvsplan: line 7, column 19: inputs.population must be between 1 and
 * 2,000,000,000 people; got 0}; in French with {@link #message(Wording)}.
 */
public final class ScenarioFileException extends FileProblem {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String fieldPath;

    ScenarioFileException(Path file, Wording.Phrase problem) {
        this(file, 0, 0, null, problem, null);
    }

    ScenarioFileException(Path file, Wording.Phrase problem, Throwable cause) {
        this(file, 0, 0, null, problem, cause);
    }

    ScenarioFileException(Path file, int line, int column, String fieldPath, Wording.Phrase problem,
            Throwable cause) {
        this(file, where(line, column, FileWords.oneLine(problem)), line, column, fieldPath, cause);
    }

    private ScenarioFileException(Path file, Wording.Phrase problem, int line, int column, String fieldPath,
            Throwable cause) {
        super(FileWords.of("file.cannotOpen", file, problem), file, problem, cause);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.fieldPath = fieldPath;
    }

    /** The 1-based line of the problem, when it is known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the problem, when it is known. */
    public OptionalInt column() {
        return line > 0 && column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** The JSON field at fault, such as {@code inputs.otherEvents[1].ratePerThousand}. */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(fieldPath);
    }

    // Model messages quote user text (event names), which may hold line breaks; a message is
    // shown on one line in the terminal and in dialogs. Line numbers are not grouped (line 1234).
    private static Wording.Phrase where(int line, int column, Wording.Phrase problem) {
        if (line <= 0) {
            return problem;
        }
        return column > 0
                ? FileWords.of("file.atLineColumn", String.valueOf(line), String.valueOf(column), problem)
                : FileWords.of("file.atLine", String.valueOf(line), problem);
    }
}
