package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.SizingEngine;

/**
 * Figures every version of the OpenCRVS documentation fixes, which the formulas name rather than
 * repeat: decimal units and the production cluster by stage and population. What changes from
 * version to version is on the Versions sheet.
 */
final class Benchmarks {
    // The model holds the bands; the workbook shows them as named benchmark data.
    static final double BAND2_FROM = SizingEngine.SECOND_BAND_FROM;
    static final double BAND3_FROM = SizingEngine.THIRD_BAND_FROM;
    static final int BAND1_SERVERS = SizingEngine.FIRST_BAND_SERVERS;
    static final int BAND2_SERVERS = SizingEngine.SECOND_BAND_SERVERS;
    static final int BAND3_SERVERS = SizingEngine.THIRD_BAND_SERVERS;
    static final int POC_SERVERS = SizingEngine.POC_PRODUCTION_SERVERS;
    static final int PILOT_SERVERS = SizingEngine.PILOT_PRODUCTION_SERVERS;

    record Benchmark(String label, String name, double value, String format, String unit, String source) {
    }

    private Benchmarks() {
    }

    static List<Benchmark> all(int minimumMbps, WorkbookWords words) {
        String units = words.text("benchmark.source.units");
        String clusters = words.text("benchmark.source.clusters");
        String servers = words.text("benchmark.unit.servers");
        List<Benchmark> rows = new ArrayList<>();
        rows.add(new Benchmark(words.text("benchmark.mbPerGb"), Names.MB_PER_GB, 1_000, CellStyles.WHOLE,
                words.unit("MB"), units));
        rows.add(new Benchmark(words.text("benchmark.kbPerGb"), Names.KB_PER_GB, 1_000_000, CellStyles.WHOLE,
                words.unit("kB"), units));
        rows.add(new Benchmark(words.text("benchmark.pocServers"), Names.POC_PRODUCTION_SERVERS, POC_SERVERS,
                CellStyles.PLAIN, servers, clusters));
        rows.add(new Benchmark(words.text("benchmark.pilotServers"), Names.PILOT_PRODUCTION_SERVERS, PILOT_SERVERS,
                CellStyles.PLAIN, servers, clusters));
        rows.add(new Benchmark(words.text("benchmark.band1Servers"), Names.BAND1_SERVERS, BAND1_SERVERS,
                CellStyles.PLAIN, servers, clusters));
        rows.add(new Benchmark(words.text("benchmark.band2From"), Names.BAND2_FROM, BAND2_FROM, CellStyles.WHOLE,
                words.text("benchmark.unit.people"), clusters));
        rows.add(new Benchmark(words.text("benchmark.band2Servers"), Names.BAND2_SERVERS, BAND2_SERVERS,
                CellStyles.PLAIN, servers, clusters));
        rows.add(new Benchmark(words.text("benchmark.band3From"), Names.BAND3_FROM, BAND3_FROM, CellStyles.WHOLE,
                words.text("benchmark.unit.people"), clusters));
        rows.add(new Benchmark(words.text("benchmark.band3Servers"), Names.BAND3_SERVERS, BAND3_SERVERS,
                CellStyles.PLAIN, servers, clusters));
        rows.add(new Benchmark(words.text("benchmark.minimumMbps"), Names.MINIMUM_MBPS, minimumMbps,
                CellStyles.PLAIN, words.text("benchmark.unit.mbps"), words.text("benchmark.source.dataCentre")));
        return rows;
    }
}
