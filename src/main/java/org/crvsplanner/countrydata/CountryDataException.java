package org.crvsplanner.countrydata;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import org.crvsplanner.text.Wording;

/**
 * A country figures file that cannot be used, or a choice of country and year it cannot serve.
 * The message names the file and says what was expected, on one line, in English
 * ({@link #getMessage()}) or in the reader's language ({@link #message(Wording)}).
 */
public final class CountryDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Wording.Phrase problem;
    /** "Cannot import {0}: {1}" while reading, "Cannot use {0}: {1}" for a country or year the file cannot serve. */
    private final String lead;

    CountryDataException(Path file, Wording.Phrase problem) {
        this(file, problem, null);
    }

    CountryDataException(Path file, Wording.Phrase problem, Throwable cause) {
        this("cannotImport", file, problem, cause);
    }

    private CountryDataException(String lead, Path file, Wording.Phrase problem, Throwable cause) {
        super(message(lead, file, problem).in(Wording.ENGLISH), cause);
        this.file = requireNonNull(file, "file");
        this.problem = problem;
        this.lead = lead;
    }

    /** A file that was read but cannot give what was picked from it. */
    static CountryDataException picking(Path file, Wording.Phrase problem, Throwable cause) {
        return new CountryDataException("cannotUse", file, problem, cause);
    }

    private static Wording.Phrase message(String lead, Path file, Wording.Phrase problem) {
        Path name = file.getFileName();
        return DataWords.of(lead, name == null ? file : name, problem);
    }

    public Path file() {
        return file;
    }

    /** "Cannot import API_SP.POP.TOTL.csv: …" (or "Cannot use …") in {@code wording}'s language. */
    public String message(Wording wording) {
        return message(lead, file, problem).in(wording).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    /** What is wrong, without the file name. */
    public String problem(Wording wording) {
        return problem.in(wording);
    }
}
