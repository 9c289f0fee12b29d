package org.crvsplanner.countrydata;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The unpacked bytes of one file, counted: past {@link ImportLimits#unpackedBytes()} or past
 * {@link ImportLimits#ratio()} times the packed bytes read, the file is refused, so a zip bomb is
 * stopped long before it fills memory or disk.
 */
final class UnpackedStream extends FilterInputStream {
    private final Path file;
    private final ImportLimits limits;
    private final LongSupplier packedBytes;
    private final Runnable onRead;
    private long count;

    /**
     * @param packedBytes how many packed bytes have been read so far, for the ratio; a plain file
     *        passes its own count, which keeps the ratio at 1
     * @param alreadyUnpacked bytes unpacked by earlier entries of the same file
     */
    UnpackedStream(InputStream in, Path file, ImportLimits limits, LongSupplier packedBytes, long alreadyUnpacked,
            Runnable onRead) {
        super(in);
        this.file = file;
        this.limits = limits;
        this.packedBytes = packedBytes;
        this.count = alreadyUnpacked;
        this.onRead = onRead;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > limits.unpackedBytes()) {
            throw new CountryDataException(file, DataWords.of("unpackedTooBig", limits.unpackedBytes()));
        }
        if (count > limits.ratioAfterBytes() && count > limits.ratio() * Math.max(1, packedBytes.getAsLong())) {
            throw new CountryDataException(file, DataWords.of("bomb", limits.ratio()));
        }
        onRead.run();
    }
}
