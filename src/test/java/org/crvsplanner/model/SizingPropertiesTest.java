package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the sizing model over the whole valid input space (every range of the issue's
 * input table, other event types, legacy records, both backup rules, both topologies and all
 * stages).
 *
 * <p>Monotonicity is checked with a relative tolerance of 1e-9. Every figure is a sum of
 * products of non-negative terms, and IEEE 754 rounding is itself monotone, so today's engine
 * should never wobble; but the property is about the model, not about one order of
 * floating-point operations. If the engine were to sum the years in another order or switch
 * from repeated multiplication to {@code Math.pow}, two mathematically equal figures could
 * differ in the last bits, and a strict comparison would then fail on a difference of about
 * 1e-16 relative. 1e-9 relative is seven orders of magnitude above such noise and six below
 * anything a planner could see (a millionth of a GB on a 1,000 GB disk).
 */
@Label("Sizing properties")
class SizingPropertiesTest {

    private static final double RELATIVE_TOLERANCE = 1e-9;
    /** The population ceiling of the table. */
    private static final long MAX_POPULATION = 2_000_000_000L;

    // ---- Disk figures ----

    @Property
    @Label("every formula-sized disk is at least the OS reserve, and provisioning never shrinks a disk")
    void diskAtLeastOsReserve(@ForAll("inputs") SizingInputs in) {
        SizingPlan plan = SizingEngine.plan(in);
        double os = in.osReserveGb();

        assertThat(plan.years()).hasSize(in.horizonYears());
        for (YearProjection year : plan.years()) {
            assertThat(year.applicationServerDiskGb()).isGreaterThanOrEqualTo(os);
            assertThat(year.backupServerDiskGb()).isGreaterThanOrEqualTo(os);
            assertThat(year.provisionedDiskGb()).isGreaterThanOrEqualTo(year.applicationServerDiskGb());
            assertThat(year.provisionedBackupDiskGb()).isGreaterThanOrEqualTo(year.backupServerDiskGb());
        }
        for (ServerLine line : plan.servers()) {
            if (line.environment() == Environment.QA || line.environment() == Environment.DEVELOPMENT) {
                // Fixed at the documentation's 320 GB, whatever the OS reserve.
                assertThat(line.diskGb()).isEqualTo(320);
                continue;
            }
            assertThat(line.requiredDiskGb()).as("%s %s", line.environment(), line.role()).isGreaterThanOrEqualTo(os);
            assertThat(line.diskGb()).as("%s %s", line.environment(), line.role())
                    .isGreaterThanOrEqualTo(line.requiredDiskGb());
        }
    }

    @Property
    @Label("the disks grow, or stay, from one year to the next")
    void disksNeverShrinkOverTheYears(@ForAll("inputs") SizingInputs in) {
        List<YearProjection> years = SizingEngine.plan(in).years();
        for (int i = 1; i < years.size(); i++) {
            assertNoDiskFigureLower(years.get(i - 1), years.get(i), "year " + (i + 1) + " against year " + i);
        }
    }

    @Property
    @Label("more population never lowers any disk figure nor the production cluster")
    void morePopulation(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction) {
        long increase = Math.max(1, Math.round(in.population() * fraction));
        long larger = Math.min(MAX_POPULATION, in.population() + increase);
        assertLargerNeverLower(in, b -> b.population(larger));
    }

    @Property
    @Label("a higher birth rate never lowers any disk figure")
    void moreBirths(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction) {
        assertLargerNeverLower(in, b -> b.crudeBirthRate(raised(in.crudeBirthRate(), 80, fraction)));
    }

    @Property
    @Label("a higher death rate never lowers any disk figure")
    void moreDeaths(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction) {
        assertLargerNeverLower(in, b -> b.crudeDeathRate(raised(in.crudeDeathRate(), 50, fraction)));
    }

    @Property
    @Label("a higher rate for an other event type never lowers any disk figure")
    void moreOtherEvents(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction,
            @ForAll @IntRange(min = 0, max = 19) int which) {
        List<EventType> events = new ArrayList<>(in.otherEvents());
        if (events.isEmpty()) {
            events.add(EventType.of("marriage", 0));
            in = in.toBuilder().otherEvents(events).build();
        }
        int index = which % events.size();
        EventType event = events.get(index);
        events.set(index, new EventType(event.name(), raised(event.ratePerThousand(), 100, fraction),
                event.attachmentsPerRecord()));
        assertLargerNeverLower(in, b -> b.otherEvents(events));
    }

    @Property
    @Label("more attachments per record never lowers any disk figure")
    void moreAttachments(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction) {
        assertLargerNeverLower(in, b -> b.attachmentsPerRecord(raised(in.attachmentsPerRecord(), 20, fraction)));
    }

    @Property
    @Label("larger attachments never lower any disk figure")
    void largerAttachments(@ForAll("inputs") SizingInputs in, @ForAll("fractions") double fraction) {
        assertLargerNeverLower(in, b -> b.mbPerAttachment(raised(in.mbPerAttachment(), 100, fraction)));
    }

    @Property
    @Label("a longer horizon never lowers a common year's disks, nor the last year's")
    void longerHorizon(@ForAll("inputs") SizingInputs in, @ForAll @IntRange(min = 1, max = 49) int extra) {
        SizingInputs longer = in.toBuilder().horizonYears(Math.min(50, in.horizonYears() + extra)).build();
        SizingPlan shortPlan = SizingEngine.plan(in);
        SizingPlan longPlan = SizingEngine.plan(longer);

        assertThat(longPlan.years()).hasSize(longer.horizonYears());
        for (int i = 0; i < shortPlan.years().size(); i++) {
            assertNoDiskFigureLower(shortPlan.years().get(i), longPlan.years().get(i), "year " + (i + 1));
        }
        assertNoDiskFigureLower(shortPlan.horizonYear(), longPlan.horizonYear(), "last year");
        assertNotBelow(longPlan.totals().diskGb(), shortPlan.totals().diskGb(), "total disk");
        assertThat(longPlan.productionServers()).isGreaterThanOrEqualTo(shortPlan.productionServers());
    }

    // ---- Backup ----

    @Property
    @Label("the double backup rule is always exactly twice the application server")
    void doubleBackupIsExactlyTwice(@ForAll("inputs") SizingInputs generated) {
        SizingInputs in = generated.toBuilder()
                .backup(BackupPolicy.of(BackupRule.DOUBLE, generated.backup().copies())).build();
        SizingPlan plan = SizingEngine.plan(in);

        // Doubling is exact in binary floating point, so no tolerance here.
        for (YearProjection year : plan.years()) {
            assertThat(year.backupServerDiskGb()).isEqualTo(2 * year.applicationServerDiskGb());
            assertThat(year.provisionedBackupDiskGb()).isEqualTo(2 * year.provisionedDiskGb());
        }
        for (ServerLine line : plan.servers()) {
            if (line.environment() == Environment.BACKUP) {
                assertThat(line.requiredDiskGb()).isEqualTo(2 * plan.horizonYear().applicationServerDiskGb());
                assertThat(line.diskGb()).isEqualTo(2 * plan.horizonYear().provisionedDiskGb());
            }
        }
    }

    // ---- Production cluster ----

    @Property
    @Label("the production cluster never shrinks from one year to the next, and the plan keeps the largest")
    void productionNeverFallsOverTheYears(@ForAll("inputs") SizingInputs in) {
        SizingPlan plan = SizingEngine.plan(in);
        List<YearProjection> years = plan.years();

        int previous = years.get(0).productionServers();
        int changes = 0;
        for (YearProjection year : years.subList(1, years.size())) {
            assertThat(year.productionServers()).as("year %d", year.year()).isGreaterThanOrEqualTo(previous);
            if (year.productionServers() != previous) {
                changes++;
            }
            previous = year.productionServers();
        }
        assertThat(plan.productionServers()).isEqualTo(previous);
        assertThat(plan.clusterChanges()).hasSize(changes);
        for (ClusterChange change : plan.clusterChanges()) {
            assertThat(years.get(change.year() - 1).productionServers()).isEqualTo(change.productionServers());
            assertThat(years.get(change.year() - 2).productionServers()).isLessThan(change.productionServers());
        }
        assertThat(plan.productionServers()).isIn(expectedCounts(in.stage()));
    }

    // ---- The generator itself ----

    @Property
    @Label("the input generator reaches every part of the input space")
    void generatorCoversTheSpace(@ForAll("inputs") SizingInputs in) {
        Statistics.label("stage").collect(in.stage());
        Statistics.label("topology").collect(in.topology());
        Statistics.label("backup rule").collect(in.backup().rule());
        Statistics.label("other events").collect(in.otherEvents().isEmpty() ? "none" : "some");
        Statistics.label("legacy").collect(in.legacy().records() == 0 ? "none" : "some");
        Statistics.label("ramp").collect(in.coverageStartPercent() < 100 ? "ramp" : "full");
        Statistics.label("growth").collect(Math.signum(in.growthPercent()));
        Statistics.label("population band").collect(SizingEngine.nationalProductionServers(in.population()));

        Statistics.label("stage").coverage(c -> {
            for (DeploymentStage stage : DeploymentStage.values()) {
                c.check(stage).percentage(p -> p > 10);
            }
        });
        Statistics.label("topology").coverage(c -> c.check(StorageTopology.DATA_NODE).percentage(p -> p > 20));
        Statistics.label("backup rule").coverage(c -> c.check(BackupRule.RETENTION).percentage(p -> p > 20));
        Statistics.label("other events").coverage(c -> c.check("some").percentage(p -> p > 20));
        Statistics.label("legacy").coverage(c -> c.check("some").percentage(p -> p > 20));
        Statistics.label("ramp").coverage(c -> c.check("ramp").percentage(p -> p > 20));
        Statistics.label("growth").coverage(c -> {
            c.check(-1.0).percentage(p -> p > 10);
            c.check(1.0).percentage(p -> p > 10);
        });
        Statistics.label("population band").coverage(c -> {
            c.check(2).percentage(p -> p > 10);
            c.check(3).percentage(p -> p > 5);
            c.check(5).percentage(p -> p > 10);
        });
    }

    // ---- Generators ----

    /** Every valid input, over the ranges of the table. */
    @Provide
    Arbitrary<SizingInputs> inputs() {
        Arbitrary<Demography> demography = Combinators.combine(
                // Half the tries below 100M, so that all three national bands come up often.
                Arbitraries.oneOf(
                        Arbitraries.longs().between(1, 100_000_000L).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.longs().between(1, MAX_POPULATION).withDistribution(RandomDistribution.uniform())),
                uniform(0, 80, 3),
                uniform(0, 50, 3),
                uniform(-10, 10, 3))
                .as(Demography::new);
        Arbitrary<Storage> storage = Combinators.combine(
                uniform(0, 20, 2),
                uniform(0.01, 100, 2),
                uniform(0.1, 10_000, 2),
                uniform(0, 10_000, 1),
                uniform(10, 100, 1))
                .as(Storage::new);
        Arbitrary<Extras> extras = Combinators.combine(
                otherEvents(),
                legacy(),
                backup(),
                Arbitraries.of(StorageTopology.class),
                Arbitraries.of(DeploymentStage.class),
                Arbitraries.of(true, false))
                .as(Extras::new);
        return Combinators.combine(demography, storage, timeline(), extras).as((d, s, t, e) -> SizingInputs.builder()
                .population(d.population()).crudeBirthRate(d.birthRate()).crudeDeathRate(d.deathRate())
                .growthPercent(d.growthPercent())
                .attachmentsPerRecord(s.attachments()).mbPerAttachment(s.mbPerAttachment())
                .kbPerRecord(s.kbPerRecord()).osReserveGb(s.osReserveGb()).maxFillPercent(s.maxFillPercent())
                .horizonYears(t.horizon()).coverageStartPercent(t.coverageStart()).coverageFullYear(t.fullYear())
                .otherEvents(e.events()).legacy(e.legacy()).backup(e.backup()).topology(e.topology())
                .stage(e.stage()).includeDevelopment(e.development())
                .build());
    }

    /** A horizon, then a ramp that fits it: coverage below 100% needs a full year from 2 on. */
    private static Arbitrary<Timeline> timeline() {
        return Arbitraries.integers().between(1, 50).flatMap(horizon -> {
            if (horizon == 1) {
                return Arbitraries.just(new Timeline(1, 100, 1));
            }
            Arbitrary<Double> start = Arbitraries.oneOf(
                    Arbitraries.just(100.0), uniform(1, 100, 2));
            return start.flatMap(s -> Arbitraries.integers().between(s < 100 ? 2 : 1, horizon)
                    .map(full -> new Timeline(horizon, s, full)));
        });
    }

    private static Arbitrary<List<EventType>> otherEvents() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-')
                .ofMinLength(1).ofMaxLength(EventType.MAX_NAME_LENGTH)
                .filter(name -> !name.isBlank())
                .filter(name -> !List.of("birth", "death").contains(name.strip()));
        Arbitrary<OptionalDouble> ownAttachments = Arbitraries.oneOf(
                Arbitraries.just(OptionalDouble.empty()),
                uniform(0, 20, 2).map(OptionalDouble::of));
        Arbitrary<EventType> event = Combinators.combine(
                names, uniform(0, 100, 3), ownAttachments)
                .as(EventType::new);
        return event.list().ofMaxSize(SizingInputs.MAX_EVENT_TYPES)
                .uniqueElements(e -> e.name().toLowerCase(Locale.ROOT));
    }

    private static Arbitrary<LegacyRecords> legacy() {
        return Arbitraries.oneOf(
                Arbitraries.just(LegacyRecords.NONE),
                Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000_000L).withDistribution(RandomDistribution.uniform()),
                        uniform(0, 20, 2))
                        .as(LegacyRecords::of));
    }

    private static Arbitrary<BackupPolicy> backup() {
        return Combinators.combine(Arbitraries.of(BackupRule.class), Arbitraries.integers().between(1, 100))
                .as(BackupPolicy::of);
    }

    private record Demography(long population, double birthRate, double deathRate, double growthPercent) {
    }

    private record Storage(double attachments, double mbPerAttachment, double kbPerRecord, double osReserveGb,
            double maxFillPercent) {
    }

    private record Timeline(int horizon, double coverageStart, int fullYear) {
    }

    private record Extras(List<EventType> events, LegacyRecords legacy, BackupPolicy backup,
            StorageTopology topology, DeploymentStage stage, boolean development) {
    }

    /**
     * Uniform rather than jqwik's default, which leans towards the shrinking target: the middle
     * of each range matters as much as its ends (and the ends come up anyway as edge cases).
     */
    private static Arbitrary<Double> uniform(double min, double max, int scale) {
        return Arbitraries.doubles().between(min, max).ofScale(scale).withDistribution(RandomDistribution.uniform());
    }

    /**
     * How far to raise an input, uniform over [0, 1]. Increases are relative (see
     * {@link #raised}), so that small steps just across a threshold come up as often as large
     * jumps; an absolute increase drawn over the whole range would almost always leap far past
     * any threshold near the current value.
     */
    @Provide
    Arbitrary<Double> fractions() {
        return uniform(0, 1, 4);
    }

    /**
     * {@code value} raised by {@code fraction} of itself, or of 1% of the range when the value is
     * smaller than that (so that zero can rise too), capped at {@code max}.
     */
    private static double raised(double value, double max, double fraction) {
        return Math.min(max, value + fraction * Math.max(value, max / 100));
    }

    // ---- Comparisons ----

    /**
     * Plans {@code in} and {@code in} with one input raised, and checks that nothing got smaller:
     * every year's disks, the server list's total disk and the production cluster.
     */
    private static void assertLargerNeverLower(SizingInputs in, UnaryOperator<SizingInputs.Builder> raise) {
        SizingInputs larger = raise.apply(in.toBuilder()).build();
        SizingPlan before = SizingEngine.plan(in);
        SizingPlan after = SizingEngine.plan(larger);

        assertThat(after.years()).hasSameSizeAs(before.years());
        for (int i = 0; i < before.years().size(); i++) {
            YearProjection b = before.years().get(i);
            YearProjection a = after.years().get(i);
            assertNoDiskFigureLower(b, a, "year " + (i + 1));
            assertThat(a.productionServers()).as("production servers in year %d", i + 1)
                    .isGreaterThanOrEqualTo(b.productionServers());
        }
        assertNotBelow(after.totals().diskGb(), before.totals().diskGb(), "total disk");
        assertThat(after.productionServers()).isGreaterThanOrEqualTo(before.productionServers());
    }

    private static void assertNoDiskFigureLower(YearProjection before, YearProjection after, String which) {
        assertNotBelow(after.applicationServerDiskGb(), before.applicationServerDiskGb(),
                which + ": application server disk");
        assertNotBelow(after.provisionedDiskGb(), before.provisionedDiskGb(), which + ": provisioned disk");
        assertNotBelow(after.backupServerDiskGb(), before.backupServerDiskGb(), which + ": backup server disk");
        assertNotBelow(after.provisionedBackupDiskGb(), before.provisionedBackupDiskGb(),
                which + ": provisioned backup disk");
    }

    /** {@code actual ≥ reference}, allowing the relative tolerance explained on the class. */
    private static void assertNotBelow(double actual, double reference, String what) {
        assertThat(actual).as(what).isGreaterThanOrEqualTo(reference - RELATIVE_TOLERANCE * Math.abs(reference));
    }

    private static List<Integer> expectedCounts(DeploymentStage stage) {
        switch (stage) {
            case POC:
                return List.of(0);
            case PILOT:
                return List.of(1);
            default:
                return List.of(2, 3, 5);
        }
    }
}
