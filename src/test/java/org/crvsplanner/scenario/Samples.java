package org.crvsplanner.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.StorageTopology;

/** The sample files under src/test/resources/org/crvsplanner/scenario and what they hold. */
final class Samples {
    private Samples() {
    }

    /** What valid/pilot.crvsplan holds: every input set away from its default. */
    static Scenario pilot() {
        SizingInputs inputs = SizingInputs.builder()
                .population(12_000_000).crudeBirthRate(35).crudeDeathRate(9).attachmentsPerRecord(5)
                .growthPercent(2.5).horizonYears(10).coverageStartPercent(25).coverageFullYear(4)
                .otherEvents(List.of(EventType.of("marriage", 4.5, 2), EventType.of("divorce", 1.2)))
                .legacy(LegacyRecords.of(1_500_000, 1)).backup(BackupPolicy.retention(7))
                .topology(StorageTopology.DATA_NODE).stage(DeploymentStage.PILOT).includeDevelopment(true)
                .build();
        return Scenario.of("Pilot in 3 regions, 10 years",
                "Regions: Centrale, Maritime, Savanes.\nCoverage climbs from 25% to 100% by year 4; décret 2024-17.",
                inputs);
    }

    static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
