package org.crvsplanner.countrydata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crvsplanner.countrydata.PublisherFiles.WbRow;
import org.crvsplanner.countrydata.PublisherFiles.WppRow;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.SizingInputs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the country's row holds, the imported inputs are the file's figures exactly. */
@Label("Imported figures")
class ImportedFiguresPropertiesTest {

    /** A country's figures as a file writes them: people, two rates and growth, with a name to quote. */
    record Row(String name, String iso3, String people, String birth, String death, String growth) {
    }

    @Provide
    Arbitrary<Row> rows() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefgh ,\"'éô-").ofMinLength(1).ofMaxLength(30)
                .map(s -> "Land " + s.strip());
        Arbitrary<String> iso3 = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<String> people = Arbitraries.longs().between(1, 1_999_999_999L).map(String::valueOf);
        return Combinators.combine(names, iso3, people, decimal(0, 80, 3), decimal(0, 50, 3), decimal(-10, 10, 4))
                .as(Row::new);
    }

    private static Arbitrary<String> decimal(int min, int max, int scale) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(scale)
                .map(BigDecimal::toPlainString);
    }

    @Property(tries = 150)
    @Label("a World Bank row: every input is the file's figure exactly")
    void worldBank(@ForAll("rows") Row row) throws IOException {
        Path dir = Files.createTempDirectory("wb");
        try {
            List<Path> files = new ArrayList<>();
            String[][] indicators = {{"SP.POP.TOTL", row.people()}, {"SP.DYN.CBRT.IN", row.birth()},
                {"SP.DYN.CDRT.IN", row.death()}, {"SP.POP.GROW", row.growth()}};
            for (String[] indicator : indicators) {
                String csv = PublisherFiles.worldBankCsv(indicator[0], "name, with a comma", "2025-07-01",
                        List.of(new WbRow(row.name(), "UGA", Map.of(2020, indicator[1]))));
                files.add(PublisherFiles.write(dir, indicator[0] + ".csv", csv));
            }
            SizingInputs in = fill(new CountryDataReader().read(files, ImportListener.NONE), "UGA", 2020);
            assertExact(in, row);
        } finally {
            deleteAll(dir);
        }
    }

    @Property(tries = 150)
    @Label("a UN WPP row: every input is the file's figure exactly, thousands of people made people")
    void wpp(@ForAll("rows") Row row) throws IOException {
        Path dir = Files.createTempDirectory("wpp");
        try {
            String thousands = new BigDecimal(row.people()).movePointLeft(3).toPlainString();
            String csv = PublisherFiles.wppCsv(List.of(new WppRow(row.name().replace("\"", ""), "Country/Area",
                    row.iso3(), "Medium", 2030, thousands, row.birth(), row.death(), row.growth())));
            Path file = PublisherFiles.write(dir, "wpp.csv.gz", PublisherFiles.gzip(PublisherFiles.utf8(csv)));
            SizingInputs in = fill(new CountryDataReader().read(List.of(file), ImportListener.NONE), row.iso3(), 2030);
            assertExact(in, row);
        } finally {
            deleteAll(dir);
        }
    }

    private static SizingInputs fill(CountryData data, String iso3, int year) {
        SizingInputs.Builder builder = SizingInputs.builder();
        data.figures(iso3, year).fill(builder, false);
        return builder.build();
    }

    /** The value written back in the fewest digits is the file's number. */
    private static void assertExact(SizingInputs in, Row row) {
        Map<InputField, String> expected = Map.of(InputField.POPULATION, row.people(), InputField.CRUDE_BIRTH_RATE,
                row.birth(), InputField.CRUDE_DEATH_RATE, row.death(), InputField.GROWTH_PERCENT, row.growth());
        expected.forEach((field, text) -> assertThat(BigDecimal.valueOf(Inputs.of(field).orElseThrow().get(in)))
                .as(field.key()).isEqualByComparingTo(new BigDecimal(text)));
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
