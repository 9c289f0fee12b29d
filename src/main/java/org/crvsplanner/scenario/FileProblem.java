package org.crvsplanner.scenario;

import java.nio.file.Path;

/**
 * A file that could not be read or written, with a message that names the file and says what is
 * wrong, ready to show a person.
 */
public class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public FileProblem(Path file, String problem) {
        this(file, problem, null);
    }

    public FileProblem(Path file, String problem, Throwable cause) {
        this("Cannot use", file, problem, cause);
    }

    /** For subclasses that say what was being done, e.g. "Cannot open". */
    protected FileProblem(String cannot, Path file, String problem, Throwable cause) {
        super(cannot + " " + file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
