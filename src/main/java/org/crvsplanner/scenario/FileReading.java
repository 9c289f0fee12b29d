package org.crvsplanner.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the bytes of a scenario file once, whatever sits at the path.
 *
 * <p>Checking a path and then opening it by name again leaves a moment in which it can be
 * swapped, say for a pipe, which would block the reader until someone writes to it. So the path
 * is resolved to the real file once, that file is checked, and then it is opened by its real name
 * without following links, and checked again once open. Java cannot open without blocking, so
 * the open waits at most {@link #OPEN_WAIT} on a thread of its own; a pipe that holds it longer is
 * opened for writing to set it free.
 */
final class FileReading {
    static final Duration OPEN_WAIT = Duration.ofSeconds(10);

    private FileReading() {
    }

    /** @throws ScenarioFileException for anything wrong with the path, the file or reading it */
    static byte[] read(Path file, int maxBytes) {
        return read(file, maxBytes, OPEN_WAIT);
    }

    static byte[] read(Path file, int maxBytes, Duration openWait) {
        PathProblems.empty(file).ifPresent(problem -> {
            throw new ScenarioFileException(file, problem);
        });
        Path real;
        BasicFileAttributes seen;
        try {
            real = file.toRealPath();
            seen = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ScenarioFileException(file, missing(file, e), e);
        }
        if (seen.isDirectory()) {
            throw new ScenarioFileException(file, FileWords.of("file.isFolder"));
        }
        if (!seen.isRegularFile()) {
            throw new ScenarioFileException(file, FileWords.of("read.notRegular"));
        }
        if (seen.size() > maxBytes) {
            throw tooBig(file, seen.size(), maxBytes);
        }
        try (FileChannel channel = openWithin(file, real, openWait)) {
            BasicFileAttributes opened = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!opened.isRegularFile() || !Objects.equals(opened.fileKey(), seen.fileKey())) {
                throw new ScenarioFileException(file, FileWords.of("read.changed"));
            }
            // The file may grow between the size check and the read; never read past the cap.
            InputStream in = Channels.newInputStream(channel);
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw tooBig(file, FileWords.of("read.moreThan", (long) maxBytes), maxBytes);
            }
            return content;
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(file, FileWords.of("read.denied"), e);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(file, FileWords.of("read.changed"), e);
        } catch (IOException e) {
            throw new ScenarioFileException(file, FileWords.of("read.failed", String.valueOf(e.getMessage())), e);
        }
    }

    private static org.crvsplanner.text.Wording.Phrase missing(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return FileWords.of("read.denied");
        }
        if (e instanceof NoSuchFileException || e instanceof FileSystemException) {
            return PathProblems.danglingLink(file)
                    .or(() -> PathProblems.folders(file))
                    .orElseGet(() -> e instanceof NoSuchFileException ? FileWords.of("read.noFile")
                            : FileWords.of("read.failed", String.valueOf(e.getMessage())));
        }
        return FileWords.of("read.failed", String.valueOf(e.getMessage()));
    }

    /**
     * Opens the real file without following links, waiting at most {@code wait}; a pipe swapped
     * in after the checks is set free and refused.
     */
    static FileChannel openWithin(Path file, Path real, Duration wait) throws IOException {
        CompletableFuture<FileChannel> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "scenario-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (TimeoutException e) {
            release(real, opening);
            throw new ScenarioFileException(file, FileWords.of("read.openTimedOut", wait.toSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(real, opening);
            throw new ScenarioFileException(file, FileWords.of("read.openTimedOut", wait.toSeconds()));
        }
    }

    /**
     * A pipe's open for reading waits for a writer; opening it for writing is that writer. A
     * write-only open without truncation changes nothing in a regular file, should one be there
     * by now. Whatever the opener got is closed.
     */
    private static void release(Path real, CompletableFuture<FileChannel> opening) {
        try {
            BasicFileAttributes now = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (now.isOther()) {
                try (FileChannel writer = FileChannel.open(real, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    opening.get(1, TimeUnit.SECONDS);
                }
            }
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            // The opener stays blocked; it is a daemon thread and ends with the program.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        opening.thenAccept(FileReading::closeQuietly);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was read through it.
        }
    }

    /** @param size the size in bytes (a number, grouped in the reader's style) or a phrase */
    private static ScenarioFileException tooBig(Path file, Object size, int maxBytes) {
        return new ScenarioFileException(file, FileWords.of("read.tooBig", size, (long) maxBytes));
    }
}
