package org.crvsplanner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crvsplanner.model.SizingInputs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** jqwik properties; the name ends in Test so that surefire runs them in mvn verify. */
class ScenarioRoundTripTest {
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("round-trip");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Provide
    Arbitrary<SizingInputs> inputs() {
        return ScenarioArbitraries.inputs();
    }

    @Property
    @Label("inputs → file → inputs gives equal inputs, every double to the last bit")
    void inputsRoundTrip(@ForAll("inputs") SizingInputs inputs) {
        byte[] file = ScenarioFiles.toBytes(Scenario.of(inputs));
        assertThat(ScenarioFiles.parse(file, Path.of("p.crvsplan")).inputs()).isEqualTo(inputs);
    }

    @Property
    @Label("a whole scenario, with any name and notes, reads back equal and writes the same bytes again")
    void scenarioRoundTripIsStable(@ForAll("scenarios") Scenario scenario) {
        byte[] first = ScenarioFiles.toBytes(scenario);
        Scenario read = ScenarioFiles.parse(first, Path.of("p.crvsplan"));
        assertThat(read).isEqualTo(scenario);
        assertThat(ScenarioFiles.toBytes(read)).isEqualTo(first);
    }

    @Provide
    Arbitrary<Scenario> withCountryData() {
        return ScenarioArbitraries.withCountryData();
    }

    @Property(tries = 300)
    @Label("a scenario with country figures and a followed projection reads back equal and writes the same bytes")
    void countryDataRoundTripIsStable(@ForAll("withCountryData") Scenario scenario) {
        byte[] first = ScenarioFiles.toBytes(scenario);
        Scenario read = ScenarioFiles.parse(first, Path.of("p.crvsplan"));
        assertThat(read).isEqualTo(scenario);
        assertThat(ScenarioFiles.toBytes(read)).isEqualTo(first);
    }

    @Property(tries = 100)
    @Label("through a real file on disk, saved atomically over the previous one")
    void throughTheDisk(@ForAll("scenarios") Scenario scenario) {
        Path file = dir.resolve("p.crvsplan");
        ScenarioFiles.write(file, scenario);
        assertThat(ScenarioFiles.read(file)).isEqualTo(scenario);
    }
}
