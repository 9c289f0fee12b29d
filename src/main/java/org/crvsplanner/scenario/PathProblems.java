package org.crvsplanner.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.crvsplanner.text.Wording;

/** Why a path names no usable file, in words that point at the part of the path that is wrong. */
final class PathProblems {
    private PathProblems() {
    }

    /** "no file was named": the empty path, which Java reads as the current folder. */
    static Optional<Wording.Phrase> empty(Path file) {
        return file.toString().isEmpty() ? Optional.of(FileWords.of("file.emptyPath")) : Optional.empty();
    }

    /**
     * What is wrong with the folders above a file: one of them is a file, or does not exist.
     * Empty when the file's own folder exists.
     */
    static Optional<Wording.Phrase> folders(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return Optional.empty();
        }
        // The nearest part of the path that exists says which is wrong: a file where a folder
        // should be, or a folder that is missing.
        for (Path up = folder; up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                return Optional.of(Files.isDirectory(up) ? FileWords.of("file.noFolder", folder)
                        : FileWords.of("file.notAFolder", up));
            }
        }
        return Optional.of(FileWords.of("file.noFolder", folder));
    }

    /** A symbolic link whose target does not exist, or empty when the path is no such link. */
    static Optional<Wording.Phrase> danglingLink(Path file) {
        if (!Files.isSymbolicLink(file) || Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FileWords.of("file.danglingLink", Files.readSymbolicLink(file)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(FileWords.of("file.danglingLink", "?"));
        }
    }

    /** Whether something, even a dangling link, is at the path itself. */
    static boolean occupied(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
