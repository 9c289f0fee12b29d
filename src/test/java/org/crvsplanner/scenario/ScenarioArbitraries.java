package org.crvsplanner.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crvsplanner.model.BackupPolicy;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.DocsVersion;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.LegacyRecords;
import org.crvsplanner.model.MonitoringPlace;
import org.crvsplanner.model.PrintableText;
import org.crvsplanner.model.ProjectedYear;
import org.crvsplanner.model.Projection;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.model.StorageTopology;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Valid scenarios with every input drawn across its whole range, from {@link InputField}. */
final class ScenarioArbitraries {
    private ScenarioArbitraries() {
    }

    static Arbitrary<Scenario> scenarios() {
        return Combinators.combine(text(200), text(2000), inputs()).as(Scenario::of);
    }

    /** Scenarios whose figures came from a country file, half of them following its projection. */
    static Arbitrary<Scenario> withCountryData() {
        return Combinators.combine(scenarios(), countrySources(), projections(), Arbitraries.of(true, false))
                .as((scenario, source, projection, follow) -> {
                    SizingInputs.Builder b = scenario.inputs().toBuilder();
                    if (follow) {
                        ProjectedYear first = projection.year(1);
                        b.population(first.population()).crudeBirthRate(first.crudeBirthRate())
                                .crudeDeathRate(first.crudeDeathRate()).projection(projection)
                                .horizonYears(Math.min(scenario.inputs().horizonYears(), projection.years().size()))
                                .coverageStartPercent(100).coverageFullYear(1);
                    }
                    return scenario.withInputs(b.build()).withCountrySource(Optional.of(source));
                });
    }

    static Arbitrary<CountrySource> countrySources() {
        Arbitrary<SourcedFigure> figure = Combinators.combine(Arbitraries.of(SourcedFigure.FIELDS), text(40),
                        text(120), Arbitraries.of(null, LocalDate.of(2025, 7, 1), LocalDate.of(1999, 12, 31)))
                .flatAs((field, indicator, file, date) -> (field.whole() ? whole(field).map(Long::doubleValue)
                        : decimal(field)).map(value -> new SourcedFigure(field, value, "I" + indicator, "F" + file,
                        date)));
        return Combinators.combine(Arbitraries.of(Publisher.class), Arbitraries.strings().withCharRange('A', 'Z')
                                .ofLength(3), text(CountrySource.MAX_NAME_LENGTH - 1).map(name -> "N" + name),
                        Arbitraries.integers().between(Projection.EARLIEST_YEAR, Projection.LATEST_YEAR),
                        figure.list().ofMinSize(1).ofMaxSize(4).uniqueElements(SourcedFigure::field))
                .as(CountrySource::new);
    }

    static Arbitrary<Projection> projections() {
        Arbitrary<ProjectedYear> year = Combinators.combine(whole(InputField.POPULATION),
                decimal(InputField.CRUDE_BIRTH_RATE), decimal(InputField.CRUDE_DEATH_RATE)).as(ProjectedYear::new);
        return Combinators.combine(Arbitraries.integers().between(Projection.EARLIEST_YEAR, 2150),
                year.list().ofMinSize(1).ofMaxSize(Projection.MAX_YEARS)).as(Projection::of);
    }

    static Arbitrary<SizingInputs> inputs() {
        return Builders.withBuilder(SizingInputs::builder)
                .use(whole(InputField.POPULATION)).in((b, v) -> b.population(v))
                .use(decimal(InputField.CRUDE_BIRTH_RATE)).in(SizingInputs.Builder::crudeBirthRate)
                .use(decimal(InputField.CRUDE_DEATH_RATE)).in(SizingInputs.Builder::crudeDeathRate)
                .use(decimal(InputField.ATTACHMENTS_PER_RECORD)).in(SizingInputs.Builder::attachmentsPerRecord)
                .use(decimal(InputField.MB_PER_ATTACHMENT)).in(SizingInputs.Builder::mbPerAttachment)
                .use(decimal(InputField.KB_PER_RECORD)).in(SizingInputs.Builder::kbPerRecord)
                .use(decimal(InputField.OS_RESERVE_GB)).in(SizingInputs.Builder::osReserveGb)
                .use(decimal(InputField.GROWTH_PERCENT)).in(SizingInputs.Builder::growthPercent)
                .use(ramps()).in((b, r) -> b.horizonYears(r.horizon()).coverageStartPercent(r.start())
                        .coverageFullYear(r.fullYear()))
                .use(events()).in(SizingInputs.Builder::otherEvents)
                .use(legacy()).in(SizingInputs.Builder::legacy)
                .use(decimal(InputField.MAX_FILL_PERCENT)).in(SizingInputs.Builder::maxFillPercent)
                .use(backup()).in(SizingInputs.Builder::backup)
                .use(Arbitraries.of(StorageTopology.class)).in(SizingInputs.Builder::topology)
                .use(Arbitraries.of(DeploymentStage.class)).in(SizingInputs.Builder::stage)
                .use(Arbitraries.of(true, false)).in(SizingInputs.Builder::includeDevelopment)
                .use(Arbitraries.of(DocsVersion.class)).in(SizingInputs.Builder::docsVersion)
                .use(Arbitraries.of(MonitoringPlace.class)).in(SizingInputs.Builder::monitoring)
                .use(whole(InputField.MONITORING_DAYS)).in((b, v) -> b.monitoringDays(v.intValue()))
                .use(Arbitraries.of(true, false)).in(SizingInputs.Builder::diskEncryption)
                .build(SizingInputs.Builder::build);
    }

    private record Ramp(int horizon, double start, int fullYear) {
    }

    /** Horizon and coverage together: a ramp below 100% needs a full-coverage year of 2 or more. */
    private static Arbitrary<Ramp> ramps() {
        return whole(InputField.HORIZON_YEARS).flatMap(h -> {
            int horizon = h.intValue();
            Arbitrary<Ramp> full = Arbitraries.integers().between(1, horizon).map(year -> new Ramp(horizon, 100, year));
            if (horizon < 2) {
                return full;
            }
            Arbitrary<Ramp> climbing = Combinators.combine(
                            decimal(InputField.COVERAGE_START_PERCENT).filter(start -> start < 100),
                            Arbitraries.integers().between(2, horizon))
                    .as((start, year) -> new Ramp(horizon, start, year));
            return Arbitraries.oneOf(full, climbing);
        });
    }

    static Arbitrary<List<EventType>> events() {
        Arbitrary<String> names = text(EventType.MAX_NAME_LENGTH)
                .map(ScenarioArbitraries::printable)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .filter(name -> !List.of("birth", "death").contains(name.toLowerCase(Locale.ROOT)));
        Arbitrary<OptionalDouble> attachments = Arbitraries.oneOf(Arbitraries.just(OptionalDouble.empty()),
                decimal(InputField.EVENT_ATTACHMENTS).map(OptionalDouble::of));
        Arbitrary<EventType> event = Combinators.combine(names, decimal(InputField.EVENT_RATE), attachments)
                .as(EventType::new);
        return event.list().ofMaxSize(SizingInputs.MAX_EVENT_TYPES)
                .uniqueElements(e -> e.name().toLowerCase(Locale.ROOT));
    }

    static Arbitrary<LegacyRecords> legacy() {
        return Combinators.combine(whole(InputField.LEGACY_RECORDS), decimal(InputField.LEGACY_ATTACHMENTS))
                .as(LegacyRecords::of);
    }

    static Arbitrary<BackupPolicy> backup() {
        return Combinators.combine(Arbitraries.of(BackupRule.class), whole(InputField.BACKUP_COPIES))
                .as((rule, copies) -> BackupPolicy.of(rule, copies.intValue()));
    }

    /** The bounds, round figures, and doubles with all their digits, which test the number writing. */
    static Arbitrary<Double> decimal(InputField field) {
        double min = field.min();
        double max = field.max();
        return Arbitraries.frequencyOf(
                Tuple.of(1, min < 0 && max > 0 ? Arbitraries.of(min, max, -0.0) : Arbitraries.of(min, max)),
                Tuple.of(3, Arbitraries.doubles().between(min, max)),
                Tuple.of(3, Arbitraries.doubles().between(min, max).ofScale(12)),
                Tuple.of(3, Arbitraries.randomValue(random -> Math.min(max, min + random.nextDouble() * (max - min)))));
    }

    static Arbitrary<Long> whole(InputField field) {
        return Arbitraries.longs().between((long) field.min(), (long) field.max());
    }

    /** The text with each character an event name may not hold (PrintableText) replaced by an x. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            if (PrintableText.isHidden(text, i)) {
                out.setCharAt(i, 'x');
            }
        }
        return out.toString();
    }

    /** Any characters, lone surrogates and control characters included. */
    static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }
}
