package org.crvsplanner.countrydata;

/**
 * How much of a file the reader accepts before it refuses it, so that a wrong, damaged or hostile
 * file (a 2 GB file, a zip bomb, one endless line) costs bounded time and memory. The standard
 * limits are far above the publishers' files: a World Bank indicator CSV is about 200 kB, the UN
 * WPP 2024 Demographic Indicators Medium file about 30 MB and its other-variants file a few
 * hundred MB unpacked.
 *
 * @param fileBytes the largest file on disk, packed or not
 * @param unpackedBytes the most bytes of text one file may unpack to, all its entries together
 * @param ratio the most a file may grow when unpacked, checked once {@code ratioAfterBytes} are out;
 *        CSV figures pack about 5 to 10 times, zip bombs a thousand times and more
 * @param ratioAfterBytes how much may be unpacked before the ratio is checked
 * @param zipEntries the most entries a zip may hold
 * @param recordChars the longest record (a row, with its quoted notes spread over lines)
 * @param fields the most fields in a record
 * @param rows the most records in one CSV
 */
public record ImportLimits(long fileBytes, long unpackedBytes, int ratio, long ratioAfterBytes, int zipEntries,
        int recordChars, int fields, long rows) {

    public static final ImportLimits STANDARD = new ImportLimits(1L << 30, 1L << 30, 100, 16L << 20, 64, 1 << 20,
            2_000, 5_000_000);

    public ImportLimits {
        if (fileBytes <= 0 || unpackedBytes <= 0 || ratio <= 1 || ratioAfterBytes < 0 || zipEntries <= 0
                || recordChars <= 0 || fields <= 0 || rows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
