package org.crvsplanner.countrydata;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read from a file as it is stored, for the progress bar and the packing ratio. */
final class CountingStream extends FilterInputStream {
    private final LongConsumer onBytes;
    private long count;

    CountingStream(InputStream in, LongConsumer onBytes) {
        super(in);
        this.onBytes = onBytes;
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
        onBytes.accept(n);
    }
}
