package org.crvsplanner.countrydata;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the World Bank's and the UN's files as they are distributed, streamed, within limits,
 * and never over the network. One import reads several files together: the World Bank's four
 * indicators, or a WPP file with the file of its other variants.
 */
public final class CountryDataReader {
    private final ImportLimits limits;
    private final Clock clock;

    public CountryDataReader() {
        this(ImportLimits.STANDARD, Clock.systemDefaultZone());
    }

    /** Tests pass small limits to reach them quickly, and a fixed clock for the default year. */
    public CountryDataReader(ImportLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @throws CountryDataException naming the first file that cannot be used and what was expected
     * @throws ImportCancelledException when {@code listener} asked to stop
     */
    public CountryData read(List<Path> files, ImportListener listener) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to import");
        }
        long total = 0;
        for (Path file : files) {
            total += PackedFile.checkedSize(file, limits);
        }
        ImportProgress progress = new ImportProgress(listener, total);
        Collected collected = new Collected();
        Map<Path, DataFile> read = new LinkedHashMap<>();
        for (Path file : files) {
            if (read.containsKey(file)) {
                continue;
            }
            List<DataFile> found = new ArrayList<>(1);
            PackedFile.read(file, limits, progress, (entry, text) -> readCsv(file, entry, text, progress, collected,
                    found));
            if (found.isEmpty()) {
                throw new CountryDataException(file, DataWords.of("noFigures"));
            }
            read.put(file, found.get(0));
        }
        if (collected.isEmpty()) {
            throw new CountryDataException(files.get(0), DataWords.of("noFigures"));
        }
        return collected.build(List.copyOf(read.values()), clock);
    }

    private void readCsv(Path file, String entry, Reader text, ImportProgress progress, Collected collected,
            List<DataFile> found) throws IOException {
        try (CsvTable table = new CsvTable(file, entry, text, limits, progress)) {
            LocalDate[] updated = new LocalDate[1];
            boolean header = table.findHeader(h -> WorldBankTable.isData(h) || WorldBankTable.isCountryMetadata(h)
                            || WorldBankTable.isIndicatorMetadata(h) || WppTable.isWpp(h),
                    line -> updated[0] = WorldBankTable.lastUpdated(line, updated[0]));
            if (!header) {
                if (entry != null) {
                    // Another CSV beside the figures in a zip (a readme, notes): not ours to judge.
                    return;
                }
                throw table.problem(DataWords.of("unknownLayout"));
            }
            List<String> names = table.header();
            if (WorldBankTable.isData(names)) {
                DataFile data = found.isEmpty() ? new DataFile(file, updated[0]) : found.get(0);
                if (found.isEmpty()) {
                    found.add(data);
                }
                WorldBankTable.readData(table, data, collected);
            } else if (WorldBankTable.isCountryMetadata(names)) {
                WorldBankTable.readCountryMetadata(table, collected);
            } else if (WppTable.isWpp(names)) {
                DataFile data = found.isEmpty() ? new DataFile(file, null) : found.get(0);
                if (found.isEmpty()) {
                    found.add(data);
                }
                WppTable.read(table, data, collected);
            }
            // The indicator metadata holds the indicator's notes only: nothing the planner uses.
        }
    }
}
