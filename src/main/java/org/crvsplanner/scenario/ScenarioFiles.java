package org.crvsplanner.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opening and saving {@code .crvsplan} files; the format is described in docs/scenario-format.md.
 *
 * <p>Reading throws only {@link ScenarioFileException} and saving only {@link FileProblem} (its
 * parent), each with one line for people that names the file; catching {@code FileProblem}
 * covers both.
 */
public final class ScenarioFiles {
    public static final String EXTENSION = ".crvsplan";
    /** The largest file that is read or written: 1 MB. */
    public static final int MAX_BYTES = ScenarioFormat.MAX_BYTES;

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file. Missing inputs take the value of {@code SizingInputs.defaults()},
     * older versions are migrated, and fields of newer minor versions are kept.
     *
     * @throws ScenarioFileException for anything wrong with the path or its content
     */
    public static Scenario read(Path file) {
        return withoutRecoveryMark(ScenarioReader.standard().read(file));
    }

    /**
     * Reads scenario bytes that are already in memory, for example a dropped file or a test.
     *
     * @param file the name used in messages
     * @throws ScenarioFileException for anything wrong with the content
     */
    public static Scenario parse(byte[] content, Path file) {
        return withoutRecoveryMark(ScenarioReader.standard().parse(content, file));
    }

    /**
     * Saves atomically: a crash at any moment leaves the old file or the new one, never a part.
     *
     * @throws FileProblem when it cannot be saved; the file on disk is then unchanged
     */
    public static void write(Path file, Scenario scenario) {
        requireNonNull(file, "file");
        byte[] content = toBytes(requireNonNull(scenario, "scenario"));
        checkSize(file, content);
        AtomicFile.write(file, out -> out.write(content));
    }

    /** A recovery snapshot, with its mark, readable by this user only. */
    static void writeWithRecoveryMark(Path file, Scenario scenario) {
        byte[] content = ScenarioWriter.toBytes(scenario);
        checkSize(file, content);
        AtomicFile.writePrivate(file, out -> out.write(content));
    }

    private static void checkSize(Path file, byte[] content) {
        if (content.length > MAX_BYTES) {
            // Refuse what could not be opened again, rather than replace a good file with it.
            throw new FileProblem(file, FileWords.of("save.tooBig", (long) content.length, (long) MAX_BYTES), null);
        }
    }

    /** The exact bytes {@link #write} saves: UTF-8, pretty-printed, the same for the same scenario. */
    public static byte[] toBytes(Scenario scenario) {
        return ScenarioWriter.toBytes(withoutRecoveryMark(requireNonNull(scenario, "scenario")));
    }

    /**
     * The scenario without the mark of a recovery snapshot: it says which file a snapshot belongs
     * to and means nothing outside the recovery folder, so an ordinary file neither brings one in
     * nor keeps one when saved.
     */
    static Scenario withoutRecoveryMark(Scenario scenario) {
        UnknownFields unknown = scenario.unknownFields();
        return unknown.topLevel().containsKey(RecoveryStore.MARK)
                ? scenario.withUnknownFields(unknown.withoutTopLevel(RecoveryStore.MARK))
                : scenario;
    }

    /** Whether the file name ends in .crvsplan, in any case. */
    public static boolean hasExtension(Path file) {
        Path name = requireNonNull(file, "file").getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The path with .crvsplan added unless it is there already, for a Save As dialog. */
    public static Path withExtension(Path file) {
        if (requireNonNull(file, "file").getFileName() == null) {
            throw new IllegalArgumentException("a scenario file needs a name; got " + file);
        }
        return hasExtension(file) ? file : file.resolveSibling(file.getFileName() + EXTENSION);
    }
}
