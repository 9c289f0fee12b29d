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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;

import org.crvsplanner.text.Wording;

/**
 * Writes a file so that a crash, a kill or a full disk at any moment leaves either the old file
 * or the new one whole: the content goes to a temporary file in the same folder, is forced to
 * disk, and is then moved over the target in one step.
 *
 * <p>Only regular files are replaced: a folder, a device or a pipe at the target is refused. A
 * symbolic link is written through, so the file it names gets the new content and the link stays;
 * a link to nothing is refused. The temporary file can be read by its owner only until it has the
 * permissions the saved file will have, and it is removed by a later save in the same folder if
 * a kill left it behind ({@link TemporaryFiles}).
 */
public final class AtomicFile {

    /** Writes the whole content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private AtomicFile() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes. A new file gets the permissions
     * of any file the user creates in that folder; a replaced file keeps its own.
     *
     * @throws FileProblem with a message for people when the target cannot be written; the
     *         target is then unchanged and no temporary file is left behind
     */
    public static void write(Path target, Content content) {
        write(target, content, false);
    }

    /**
     * Like {@link #write}, for the planner's own files (recovery snapshots, the recent-files
     * list): the file is readable and writable by its owner only, new or replaced.
     */
    public static void writePrivate(Path target, Content content) {
        write(target, content, true);
    }

    /**
     * Checks that {@link #write} could replace or create {@code target}, without writing: for a
     * command that must tell a path it will never write from one it only needs permission for.
     *
     * @throws FileProblem naming what is wrong with the path
     */
    public static void checkTarget(Path target) {
        destination(requireNonNull(target, "target"));
    }

    private static void write(Path target, Content content, boolean ownerOnly) {
        requireNonNull(target, "target");
        requireNonNull(content, "content");
        Path destination = destination(target);
        Path folder = destination.getParent();
        TemporaryFiles.removeStale(folder);
        Path temporary = null;
        try {
            temporary = TemporaryFiles.create(folder, destination.getFileName().toString(), OWNER_ONLY);
            try (FileChannel channel = TemporaryFiles.open(temporary)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(destination, temporary, ownerOnly);
            move(temporary, destination);
            temporary = null;
        } catch (IOException e) {
            throw new FileProblem(target, reason(e), e);
        } finally {
            TemporaryFiles.done(temporary);
        }
    }

    /** The regular file to replace or create for {@code target}: itself, or the file its link names. */
    private static Path destination(Path target) {
        PathProblems.empty(target).ifPresent(problem -> {
            throw new FileProblem(target, problem, null);
        });
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            PathProblems.danglingLink(absolute).ifPresent(problem -> {
                throw new FileProblem(target, problem, null);
            });
            try {
                // Written through, as editors do: the link stays, the file it names gets the content.
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                throw new FileProblem(target, reason(e), e);
            }
        }
        PathProblems.folders(absolute).ifPresent(problem -> {
            throw new FileProblem(target, problem, null);
        });
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return absolute;
        } catch (IOException e) {
            throw new FileProblem(target, reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new FileProblem(target, FileWords.of("file.isFolder"), null);
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblem(target, FileWords.of("save.notRegular"), null);
        }
        if (!Files.isWritable(absolute)) {
            throw new FileProblem(target, FileWords.of("save.readOnly"), null);
        }
        return absolute;
    }

    /**
     * The saved file's permissions, given to the temporary file before it takes the target's
     * place: the replaced file's own, those of any new file in the folder, or owner-only.
     */
    private static void setPermissions(Path destination, Path temporary, boolean ownerOnly) throws IOException {
        if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        if (ownerOnly) {
            permissions = OWNER_ONLY;
        } else if (Files.exists(destination)) {
            permissions = Files.getPosixFilePermissions(destination);
        } else {
            permissions = TemporaryFiles.newFilePermissions(destination.getParent(),
                    destination.getFileName().toString());
        }
        Files.setPosixFilePermissions(temporary, permissions);
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
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("quota")) {
            return FileWords.of("save.diskFull");
        }
        if (lower.contains("operation not permitted") || lower.contains("read-only file system")) {
            // EPERM (a locked or immutable file or folder) and EROFS are not AccessDeniedException.
            return FileWords.of("save.locked");
        }
        // The system's own words, in the system's language.
        return FileWords.literal(message == null ? e.getClass().getSimpleName() : message);
    }
}
