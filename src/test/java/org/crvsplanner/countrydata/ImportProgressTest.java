package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crvsplanner.countrydata.PublisherFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress goes forward to the total of the files' sizes; a cancel stops the reading. */
class ImportProgressTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("progress only grows, across all the files, and ends at their total size")
    void progress() throws Exception {
        Path wpp = write(dir, "wpp.csv.gz", PublisherFiles.gzip(PublisherFiles.utf8(
                PublisherFiles.wppCsv(WppImportTest.medium()))));
        Path variants = write(dir, "variants.csv", PublisherFiles.wppCsv(WppImportTest.otherVariants()));
        long total = Files.size(wpp) + Files.size(variants);
        List<long[]> seen = new ArrayList<>();

        new CountryDataReader().read(List.of(wpp, variants), new ImportListener() {
            @Override
            public void progress(long done, long all) {
                seen.add(new long[] {done, all});
            }
        });

        assertThat(seen).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p[1]).isEqualTo(total));
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(total);
    }

    @Test
    @DisplayName("a cancel stops the import where it is")
    void cancel() {
        Path wpp = write(dir, "wpp.csv", PublisherFiles.wppCsv(WppImportTest.medium()));
        int[] calls = new int[1];
        assertThatThrownBy(() -> new CountryDataReader().read(List.of(wpp), new ImportListener() {
            @Override
            public boolean cancelled() {
                return ++calls[0] > 3;
            }
        })).isInstanceOf(ImportCancelledException.class);
        assertThat(calls[0]).isEqualTo(4);
    }

    @Test
    @DisplayName("an interrupted thread, as a cancelled window task leaves it, stops the import too")
    void interrupted() {
        Path wpp = write(dir, "wpp.csv", PublisherFiles.wppCsv(WppImportTest.medium()));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new CountryDataReader().read(List.of(wpp), ImportListener.NONE))
                    .isInstanceOf(ImportCancelledException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
