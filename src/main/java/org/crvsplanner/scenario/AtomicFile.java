package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

import org.crvsplanner.text.Wording;

/**
 * Writes a file so that a crash, a kill or a full disk at any moment leaves either the old file
 * or the new one whole: the content goes to a temporary file in the same folder, is forced to
 * disk, and is then moved over the target in one step.
 */
public final class AtomicFile {

    /** Writes the whole content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws FileProblem with a message for people when the target cannot be written; the
     *         target is then unchanged and no temporary file is left behind
     */
    public static void write(Path target, Content content) {
        requireNonNull(target, "target");
        requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileProblem(target, FileWords.of("file.noFolder", folder), null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileProblem(target, FileWords.of("file.isFolder"), null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new FileProblem(target, FileWords.of("save.readOnly"), null);
        }
        Path temporary = null;
        try {
            // Not Files.createTempFile: it makes files only their owner may read, and the saved
            // workbook or scenario would keep that. Created plainly, the file gets the user's
            // usual permissions; a file being replaced keeps its own.
            temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                    RANDOM.nextLong(), 36) + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temporary);
            move(temporary, absolute);
            temporary = null;
        } catch (IOException e) {
            throw new FileProblem(target, reason(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the
            // best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Wording.Phrase reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return FileWords.of("save.denied");
        }
        if (e instanceof NoSuchFileException) {
            return FileWords.of("save.folderGone");
        }
        String message = e instanceof FileSystemException
                ? ((FileSystemException) e).getReason()
                : e.getMessage();
        String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("no space")) {
            return FileWords.of("save.diskFull");
        }
        if (lower.contains("operation not permitted") || lower.contains("read-only file system")) {
            // EPERM (a locked or immutable file or folder) and EROFS are not AccessDeniedException.
            return FileWords.of("save.locked");
        }
        // The system's own words, in the system's language.
        return FileWords.literal(message == null ? e.getClass().getSimpleName() : message);
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The save already failed with a clearer message; a stray temporary file is harmless.
        }
    }
}
