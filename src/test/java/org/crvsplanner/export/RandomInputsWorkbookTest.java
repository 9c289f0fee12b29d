package org.crvsplanner.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any inputs the model accepts, the workbook's formulas give the model's figures. */
class RandomInputsWorkbookTest {

    @Property(tries = 25)
    @Label("formulas recalculated from scratch equal the model for any valid inputs")
    void anyInputs(@ForAll("inputs") SizingInputs inputs) throws Exception {
        SizingPlan plan = SizingPlan.of(inputs);
        try (XSSFWorkbook workbook = PlanSheets.open(ProcurementWorkbook.toBytes(TestPlans.content(plan)))) {
            PlanSheets.recalculateFromScratch(workbook);
            PlanSheets.assertNoErrors(workbook);
            new PlanSheets(workbook).assertShows(plan);
        }
    }

    @Provide
    Arbitrary<SizingInputs> inputs() {
        return Arbitraries.randomValue(RandomInputsWorkbookTest::random);
    }

    /** Values with a few decimals, as people type them, over each input's whole range. */
    private static SizingInputs random(Random random) {
        int horizon = 1 + random.nextInt(50);
        double coverageStart = random.nextInt(4) == 0 || horizon == 1 ? 100 : decimal(random, 1, 100, 1);
        int fullYear = coverageStart < 100 ? 2 + random.nextInt(horizon - 1) : 1 + random.nextInt(horizon);
        List<EventType> events = new ArrayList<>();
        int eventCount = random.nextInt(5);
        for (int i = 0; i < eventCount; i++) {
            OptionalDouble own = random.nextBoolean() ? OptionalDouble.empty()
                    : OptionalDouble.of(decimal(random, 0, 20, 1));
            events.add(new EventType("event " + i, decimal(random, 0, 100, 2), own));
        }
        long population = random.nextInt(3) == 0 ? 1 + (long) (random.nextDouble() * 2_000_000_000L)
                : 1_000_000 + random.nextInt(99_000_000);
        return SizingInputs.builder()
                .population(population)
                .crudeBirthRate(decimal(random, 0, 80, 3))
                .crudeDeathRate(decimal(random, 0, 50, 3))
                .attachmentsPerRecord(decimal(random, 0, 20, 1))
                .mbPerAttachment(decimal(random, 0.01, 100, 2))
                .kbPerRecord(decimal(random, 0.1, 10_000, 2))
                .osReserveGb(decimal(random, 0, 10_000, 0))
                .growthPercent(decimal(random, -10, 10, 2))
                .horizonYears(horizon)
                .coverageStartPercent(coverageStart)
                .coverageFullYear(fullYear)
                .otherEvents(events)
                .legacy(random.nextBoolean() ? LegacyRecords.NONE
                        : LegacyRecords.of((long) (random.nextDouble() * 50_000_000), decimal(random, 0, 20, 1)))
                .maxFillPercent(decimal(random, 10, 100, 1))
                .backup(BackupPolicy.of(random.nextBoolean() ? BackupRule.DOUBLE : BackupRule.RETENTION,
                        1 + random.nextInt(100)))
                .topology(random.nextBoolean() ? StorageTopology.EVERY_NODE : StorageTopology.DATA_NODE)
                .stage(DeploymentStage.values()[random.nextInt(DeploymentStage.values().length)])
                .includeDevelopment(random.nextBoolean())
                .build();
    }

    private static double decimal(Random random, double min, double max, int scale) {
        double value = min + random.nextDouble() * (max - min);
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).max(BigDecimal.valueOf(min))
                .min(BigDecimal.valueOf(max)).doubleValue();
    }
}
