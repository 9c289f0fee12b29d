package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import org.crvsplanner.text.Wording;

/**
 * A file that could not be read or written, with a message that names the file and says what is
 * wrong, ready to show a person. The message is kept as a phrase and written in the reader's
 * language when asked ({@link #message(Wording)}, {@link #problem(Wording)}); {@link #getMessage()}
 * and {@link #problem()} are English, for the command line and the logs.
 */
public class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Wording.Phrase message;
    private final transient Wording.Phrase problem;

    /** A problem worded the same in every language, such as a message from the system. */
    public FileProblem(Path file, String problem) {
        this(file, FileWords.literal(problem), null);
    }

    public FileProblem(Path file, Wording.Phrase problem, Throwable cause) {
        this(FileWords.of("file.cannotUse", file, problem), file, problem, cause);
    }

    /** For subclasses that say what was being done, e.g. "Cannot open {0}: {1}". */
    FileProblem(Wording.Phrase message, Path file, Wording.Phrase problem, Throwable cause) {
        super(message.in(Wording.ENGLISH), cause);
        this.file = file;
        this.message = requireNonNull(message, "message");
        this.problem = requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name, in English. */
    public String problem() {
        return problem(Wording.ENGLISH);
    }

    /** What is wrong, without the file name, in {@code wording}'s language. */
    public String problem(Wording wording) {
        return problem.in(wording);
    }

    /** The whole message, "Cannot use plan.crvsplan: …", in {@code wording}'s language. */
    public String message(Wording wording) {
        return message.in(wording);
    }
}
