package org.crvsplanner.scenario;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one exception reading a scenario file throws. Its message names the file, the place when
 * it is known (line, column, field) and what is wrong, on a single line ready to show a person:
 * {@code Cannot open plan.crvsplan: line 7, column 19: inputs.population must be between 1 and
 * 2,000,000,000 people; got 0}.
 */
public final class ScenarioFileException extends FileProblem {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String fieldPath;

    ScenarioFileException(Path file, String problem) {
        this(file, 0, 0, null, problem, null);
    }

    ScenarioFileException(Path file, String problem, Throwable cause) {
        this(file, 0, 0, null, problem, cause);
    }

    ScenarioFileException(Path file, int line, int column, String fieldPath, String problem, Throwable cause) {
        super("Cannot open", file, where(line, column) + oneLine(problem), cause);
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

    private static String where(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? "line " + line + ", column " + column + ": " : "line " + line + ": ";
    }

    // Model messages quote user text (event names), which may hold line breaks; a message is
    // shown on one line in the terminal and in dialogs.
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
