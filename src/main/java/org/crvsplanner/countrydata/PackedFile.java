package org.crvsplanner.countrydata;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a file as the publishers distribute it (a CSV, a gzipped CSV, or a zip holding CSVs,
 * whatever its name says) and hands each CSV inside to a visitor as UTF-8 text, within the
 * {@link ImportLimits}. Every failure becomes a {@link CountryDataException} naming the file.
 */
final class PackedFile {
    /** Enough of the start of a file to tell text from binary data. */
    private static final int SNIFF_BYTES = 8192;

    interface CsvVisitor {
        /** @param entry the CSV's name inside a zip, or null for the file itself */
        void csv(String entry, Reader text) throws IOException;
    }

    private final Path file;
    private final ImportLimits limits;
    private final ImportProgress progress;
    private final long size;

    private PackedFile(Path file, ImportLimits limits, ImportProgress progress, long size) {
        this.file = file;
        this.limits = limits;
        this.progress = progress;
        this.size = size;
    }

    /** The size of {@code file} on disk, once it is known to be a readable, non-empty file within the limits. */
    static long checkedSize(Path file, ImportLimits limits) {
        if (Files.isDirectory(file)) {
            throw new CountryDataException(file, DataWords.of("folder"));
        }
        if (!Files.exists(file)) {
            throw new CountryDataException(file, DataWords.of("noFile"));
        }
        if (!Files.isRegularFile(file)) {
            throw new CountryDataException(file, DataWords.of("notRegular"));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new CountryDataException(file, DataWords.of("empty"));
            }
            if (size > limits.fileBytes()) {
                throw new CountryDataException(file, DataWords.of("tooBig", size, limits.fileBytes()));
            }
            return size;
        } catch (IOException e) {
            throw problem(file, e);
        }
    }

    static void read(Path file, ImportLimits limits, ImportProgress progress, CsvVisitor visitor) {
        PackedFile packed = new PackedFile(file, limits, progress, checkedSize(file, limits));
        long start = progress.done();
        try {
            packed.readChecked(visitor);
        } catch (IOException e) {
            throw problem(file, e);
        } catch (UncheckedIOException e) {
            throw problem(file, e.getCause());
        }
        progress.reach(start + packed.size);
    }

    private void readChecked(CsvVisitor visitor) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5)) {
            readZip(visitor);
            return;
        }
        long start = progress.done();
        try (InputStream raw = Files.newInputStream(file)) {
            CountingStream stored = new CountingStream(raw, n -> progress.advance(n));
            boolean gzip = magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            InputStream content = gzip ? new GZIPInputStream(stored, 65536) : stored;
            UnpackedLimit limit = new UnpackedLimit(file, limits, stored::count);
            visitor.csv(null, text(new CountingStream(content, limit::add), null));
        }
        progress.reach(start + size);
    }

    private void readZip(CsvVisitor visitor) throws IOException {
        long start = progress.done();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.zipEntries()) {
                throw new CountryDataException(file, DataWords.of("tooManyEntries", zip.size(), limits.zipEntries()));
            }
            List<ZipEntry> csvs = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        && !name.startsWith("__MACOSX/")) {
                    csvs.add(entry);
                }
            }
            if (csvs.isEmpty()) {
                throw new CountryDataException(file, DataWords.of("noCsvInZip"));
            }
            UnpackedLimit limit = new UnpackedLimit(file, limits, () -> 1);
            long packedSoFar = 0;
            for (ZipEntry entry : csvs) {
                // The declared packed size, never more than the file: a lie can only make the ratio stricter.
                long packed = Math.min(size, Math.max(1, entry.getCompressedSize()));
                long declared = entry.getSize();
                long base = start + packedSoFar;
                long packedTotal = packedSoFar + packed;
                limit.packedBytes(() -> packedTotal);
                try (InputStream in = zip.getInputStream(entry)) {
                    long[] read = new long[1];
                    CountingStream unpacked = new CountingStream(in, n -> {
                        limit.add(n);
                        read[0] += n;
                        if (declared > 0) {
                            progress.reach(base + Math.min(packed, packed * read[0] / declared));
                        } else {
                            progress.checkCancelled();
                        }
                    });
                    visitor.csv(entry.getName(), text(unpacked, entry.getName()));
                }
                packedSoFar = packedTotal;
                progress.reach(start + Math.min(size, packedSoFar));
            }
        }
    }

    /** UTF-8 text without its byte order mark, refused when it holds a NUL byte (binary data) or a byte sequence that is not UTF-8. */
    private Reader text(InputStream unpacked, String entry) throws IOException {
        BufferedInputStream in = new BufferedInputStream(unpacked, 65536);
        in.mark(SNIFF_BYTES);
        byte[] start = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (start.length == 0) {
            throw new CountryDataException(file, entry == null ? DataWords.of("empty")
                    : DataWords.of("inEntry", entry, DataWords.of("empty")));
        }
        for (byte b : start) {
            if (b == 0) {
                throw new CountryDataException(file, entry == null ? DataWords.of("binary")
                        : DataWords.of("inEntry", entry, DataWords.of("binary")));
            }
        }
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            // The byte order mark the UN's and the World Bank's files start with; before a quoted
            // first field, the CSV parser would keep it and the field's quotes as text.
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static RuntimeException problem(Path file, Throwable e) {
        if (e instanceof CountryDataException || e instanceof ImportCancelledException) {
            return (RuntimeException) e;
        }
        if (e instanceof NoSuchFileException) {
            return new CountryDataException(file, DataWords.of("noFile"), e);
        }
        if (e instanceof AccessDeniedException) {
            return new CountryDataException(file, DataWords.of("denied"), e);
        }
        if (e instanceof CharacterCodingException) {
            return new CountryDataException(file, DataWords.of("notUtf8"), e);
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            // A gzip or zip cut short, or a zip whose directory is missing or damaged.
            return new CountryDataException(file, DataWords.of("truncated"), e);
        }
        if (e instanceof java.io.InterruptedIOException) {
            return new ImportCancelledException();
        }
        return new CountryDataException(file, DataWords.of("cannotRead", String.valueOf(e.getMessage())), e);
    }
}
