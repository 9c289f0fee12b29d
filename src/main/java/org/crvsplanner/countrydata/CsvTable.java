package org.crvsplanner.countrydata;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.crvsplanner.text.Wording;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

/**
 * One CSV of a publisher's file: some lines of preamble, a header, then rows that have as many
 * fields as the header. Columns are found by their header names. Rows are streamed, never all
 * held; the record size, field count and row count are bounded by {@link ImportLimits}.
 */
final class CsvTable implements Closeable {
    /** How many records may come before the header: the World Bank's files have two. */
    static final int MAX_PREAMBLE = 10;
    private static final int CANCEL_CHECK_ROWS = 1024;

    private final Path file;
    private final String entry;
    private final ImportLimits limits;
    private final ImportProgress progress;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long rows;
    private long line;

    CsvTable(Path file, String entry, Reader text, ImportLimits limits, ImportProgress progress) {
        this.file = file;
        this.entry = entry;
        this.limits = limits;
        this.progress = progress;
        int chars = limits.recordChars();
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .build(CsvRecordHandler.builder().maxFields(limits.fields()).maxFieldSize(chars).maxRecordSize(chars)
                        .build(), text);
        this.records = reader.iterator();
    }

    /**
     * Reads records until one passes {@code isHeader}; the ones before go to {@code preamble}.
     *
     * @return false when no header came within {@link #MAX_PREAMBLE} records
     */
    boolean findHeader(Predicate<List<String>> isHeader, Consumer<List<String>> preamble) {
        for (int i = 0; i <= MAX_PREAMBLE; i++) {
            List<String> record = nextRecord();
            if (record == null) {
                return false;
            }
            if (isHeader.test(record)) {
                header = record;
                for (int c = 0; c < record.size(); c++) {
                    columns.putIfAbsent(record.get(c).strip(), c);
                }
                return true;
            }
            preamble.accept(record);
        }
        return false;
    }

    /** Whether the header has a column of this name. */
    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The index of a column, or a message naming it and the columns that {@code layout} needs. */
    int column(String name, Wording.Phrase layout) {
        Integer index = columns.get(name);
        if (index == null) {
            throw problem(DataWords.of("missingColumn", name, layout));
        }
        return index;
    }

    List<String> header() {
        return header;
    }

    /** The next row, with as many fields as the header, or null at the end. */
    List<String> next() {
        List<String> record = nextRecord();
        if (record == null) {
            return null;
        }
        if (++rows > limits.rows()) {
            throw problem(DataWords.of("tooManyRows", limits.rows()));
        }
        if (rows % CANCEL_CHECK_ROWS == 0) {
            progress.checkCancelled();
        }
        if (record.size() != header.size()) {
            throw problem(DataWords.of("fieldCount", Long.toString(line), record.size(), header.size()));
        }
        return record;
    }

    /** The line the last record started on, for messages. */
    long line() {
        return line;
    }

    CountryDataException problem(Wording.Phrase problem) {
        return new CountryDataException(file, entry == null ? problem : DataWords.of("inEntry", entry, problem));
    }

    private List<String> nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            line = record.getStartingLineNumber();
            return new ArrayList<>(record.getFields());
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CountryDataException || cause instanceof ImportCancelledException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof UncheckedIOException io) {
                throw PackedFile.problem(file, io.getCause());
            }
            if (cause instanceof IOException io) {
                throw PackedFile.problem(file, io);
            }
            String detail = cause != null ? cause.getMessage() : e.getMessage();
            throw problem(DataWords.of("malformed", String.valueOf(detail)));
        } catch (UncheckedIOException e) {
            throw PackedFile.problem(file, e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
