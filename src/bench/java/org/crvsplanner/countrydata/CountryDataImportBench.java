package org.crvsplanner.countrydata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.crvsplanner.countrydata.PublisherFiles.WppRow;

/**
 * Imports WPP files of the published size (the Medium file: 290 locations × 151 years, about
 * 30 MB; the other variants: 14 variants × 77 years, a few hundred MB) and prints the time and the
 * heap's peak. Run it with a small heap to show the memory stays bounded:
 * {@code mvn -Pbench -DskipTests test-compile exec:exec@import-bench} (-Xmx64m).
 */
public final class CountryDataImportBench {
    private static final String[] OTHER_VARIANTS = {"Low", "High", "Constant fertility", "Instant replacement",
        "Zero migration", "Constant mortality", "No change", "Momentum", "Instant replacement zero migration",
        "Median PI", "Upper 80 PI", "Lower 80 PI", "Upper 95 PI", "Lower 95 PI"};

    private CountryDataImportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("wpp-bench");
        try {
            Path medium = write(dir.resolve("WPP2024_Demographic_Indicators_Medium.csv"), new String[] {"Medium"},
                    1950, false);
            Path others = write(dir.resolve("WPP2024_Demographic_Indicators_OtherVariants.csv.gz"), OTHER_VARIANTS,
                    2024, true);
            System.out.printf(Locale.ROOT, "files: %s %.1f MB, %s %.1f MB packed%n", medium.getFileName(),
                    Files.size(medium) / 1e6, others.getFileName(), Files.size(others) / 1e6);
            for (int run = 1; run <= 3; run++) {
                resetPeaks();
                long start = System.nanoTime();
                CountryData data = new CountryDataReader().read(List.of(medium, others), ImportListener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.2f s, %d countries, heap peak %.1f MB (max heap %.0f MB)%n",
                        run, seconds, data.countries().size(), heapPeak() / 1e6,
                        Runtime.getRuntime().maxMemory() / 1e6);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** 237 countries and 53 regions, as the WPP 2024 files list, each with 23 more columns than the planner reads. */
    private static Path write(Path file, String[] variants, int firstYear, boolean gzip) throws IOException {
        List<String> header = new ArrayList<>(PublisherFiles.WPP_HEADER);
        for (int i = header.size(); i < 65; i++) {
            header.add("Extra" + i);
        }
        var out = Files.newOutputStream(file);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(out) : out,
                StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(PublisherFiles.wppCsv(header, List.of()));
            for (String variant : variants) {
                for (int location = 0; location < 290; location++) {
                    boolean country = location < 237;
                    String iso3 = country ? code(location) : "";
                    for (int year = firstYear; year <= 2100; year++) {
                        String line = PublisherFiles.wppCsv(header, List.of(new WppRow("Location " + location,
                                country ? "Country/Area" : "Region", iso3, variant, year,
                                String.format(Locale.ROOT, "%.3f", 1000 + location * 37.5 + year * 0.25),
                                String.format(Locale.ROOT, "%.3f", 10.0 + year % 30), "7.125", "1.234")));
                        writer.write(line, line.indexOf('\n') + 1, line.length() - line.indexOf('\n') - 1);
                    }
                }
            }
        }
        return file;
    }

    private static String code(int i) {
        return "" + (char) ('A' + i / 26 / 26 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
