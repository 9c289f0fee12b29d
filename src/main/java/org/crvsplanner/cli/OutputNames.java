package org.crvsplanner.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Names of files a command writes. A name that starts with a dot is hidden by file managers and
 * by {@code ls}; a name that is nothing but the extension ({@code .xlsx}) is such a file with no
 * name at all, surely a slip, so it is refused. Any other hidden name is written, with a note.
 */
final class OutputNames {
    private OutputNames() {
    }

    /**
     * @return a note for a hidden file, to print once it is written
     * @throws UserFacingException when the name is only the extension
     */
    static Optional<String> check(String flag, Path file, String extension) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        if (fileName.toLowerCase(Locale.ROOT).equals(extension)) {
            throw new UserFacingException(flag + " needs a file name before " + extension + ", such as plan"
                    + extension + "; '" + fileName + "' alone would be a hidden file with no name",
                    PlannerCommand.BAD_INPUT);
        }
        return fileName.startsWith(".")
                ? Optional.of("note: " + fileName + " starts with a dot, so file managers and ls hide it")
                : Optional.empty();
    }
}
