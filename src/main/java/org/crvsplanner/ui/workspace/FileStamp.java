package org.crvsplanner.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * When a scenario file was last written, and how long it was, as this window last saw it. A
 * different stamp at the next save means someone else wrote the file meanwhile: another copy of
 * the planner, or a colleague on a shared folder.
 */
record FileStamp(FileTime modified, long size) {

    /** The file's stamp now, or null when it cannot be read (gone, or no permission). */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
