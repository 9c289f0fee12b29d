package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.Environment;
import org.crvsplanner.model.SizingEngine;

/**
 * Figures the OpenCRVS documentation fixes, which the formulas name rather than repeat: decimal
 * units, the minimum server specifications and the production cluster by stage and population.
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

    private static final String SPECS = InputRows.DOCS + ", server specifications";
    private static final String CLUSTERS = InputRows.DOCS + ", \"Server clusters by project\"";

    record Benchmark(String label, String name, double value, String format, String unit, String source) {
    }

    private Benchmarks() {
    }

    static List<Benchmark> all(int minimumMbps) {
        List<Benchmark> rows = new ArrayList<>();
        rows.add(new Benchmark("MB in a GB", Names.MB_PER_GB, 1_000, Styles.WHOLE, "MB",
                InputRows.DOCS + ": decimal units in the worked example"));
        rows.add(new Benchmark("kB in a GB", Names.KB_PER_GB, 1_000_000, Styles.WHOLE, "kB",
                InputRows.DOCS + ": decimal units in the worked example"));
        for (Environment environment : Environment.values()) {
            rows.add(new Benchmark(environment.id() + " server: CPUs", Names.cpus(environment), environment.cpus(),
                    Styles.PLAIN, "CPUs", SPECS));
            rows.add(new Benchmark(environment.id() + " server: RAM", Names.ramGb(environment), environment.ramGb(),
                    Styles.PLAIN, "GB", SPECS));
            if (!Double.isNaN(environment.fixedDiskGb())) {
                rows.add(new Benchmark(environment.id() + " server: disk", Names.diskGb(environment),
                        environment.fixedDiskGb(), Styles.GB, "GB", SPECS));
            }
        }
        rows.add(new Benchmark("Production servers in a proof of concept", Names.POC_PRODUCTION_SERVERS,
                POC_SERVERS, Styles.PLAIN, "servers", CLUSTERS));
        rows.add(new Benchmark("Production servers in a pilot", Names.PILOT_PRODUCTION_SERVERS, PILOT_SERVERS,
                Styles.PLAIN, "servers", CLUSTERS));
        rows.add(new Benchmark("National scale: production servers below the next band", Names.BAND1_SERVERS,
                BAND1_SERVERS, Styles.PLAIN, "servers", CLUSTERS));
        rows.add(new Benchmark("National scale: second band, from a population of", Names.BAND2_FROM, BAND2_FROM,
                Styles.WHOLE, "people", CLUSTERS));
        rows.add(new Benchmark("National scale: production servers in the second band", Names.BAND2_SERVERS,
                BAND2_SERVERS, Styles.PLAIN, "servers", CLUSTERS));
        rows.add(new Benchmark("National scale: third band, from a population of", Names.BAND3_FROM, BAND3_FROM,
                Styles.WHOLE, "people", CLUSTERS));
        rows.add(new Benchmark("National scale: production servers in the third band", Names.BAND3_SERVERS,
                BAND3_SERVERS, Styles.PLAIN, "servers", CLUSTERS));
        rows.add(new Benchmark("Internet connection to the servers, at least", Names.MINIMUM_MBPS, minimumMbps,
                Styles.PLAIN, "Mbps", InputRows.DOCS + ", data centre"));
        return rows;
    }
}
