package org.crvsplanner.countrydata;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The unpacked bytes of one file, all its entries together: past {@link ImportLimits#unpackedBytes()}
 * or past {@link ImportLimits#ratio()} times the packed bytes read, the file is refused, so a zip
 * bomb is stopped long before it fills memory or disk. Fed by a {@link CountingStream} over the
 * unpacked content.
 */
final class UnpackedLimit {
    private final Path file;
    private final ImportLimits limits;
    private LongSupplier packedBytes;
    private long count;

    /**
     * @param packedBytes how many packed bytes have been read so far, for the ratio; a plain file
     *        passes its own count, which keeps the ratio at 1
     */
    UnpackedLimit(Path file, ImportLimits limits, LongSupplier packedBytes) {
        this.file = file;
        this.limits = limits;
        this.packedBytes = packedBytes;
    }

    /** For the next entry of a zip, whose packed size the ratio then counts too. */
    void packedBytes(LongSupplier value) {
        packedBytes = value;
    }

    long count() {
        return count;
    }

    void add(long n) {
        count += n;
        if (count > limits.unpackedBytes()) {
            throw new CountryDataException(file, DataWords.of("unpackedTooBig", limits.unpackedBytes()));
        }
        if (count > limits.ratioAfterBytes() && count > limits.ratio() * Math.max(1, packedBytes.getAsLong())) {
            throw new CountryDataException(file, DataWords.of("bomb", limits.ratio()));
        }
    }
}
