package org.crvsplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/** Validation of the inputs: every rejection names the field, the allowed range and the value. */
@DisplayName("Sizing inputs")
class SizingInputsTest {

    private static SizingInputs.Builder valid() {
        return SizingInputs.builder();
    }

    /**
     * One value just outside each end of each range. The range text is written out here by hand
     * from the table, and the value as the message should print it.
     */
    static Stream<Arguments> outOfRange() {
        return Stream.of(
                bad(InputField.POPULATION, b -> b.population(0), "between 1 and 2,000,000,000", "got 0"),
                bad(InputField.POPULATION, b -> b.population(2_000_000_001L), "between 1 and 2,000,000,000",
                        "got 2,000,000,001"),
                bad(InputField.POPULATION, b -> b.population(-5), "between 1 and 2,000,000,000", "got -5"),
                bad(InputField.CRUDE_BIRTH_RATE, b -> b.crudeBirthRate(-0.001), "between 0 and 80", "got -0.001"),
                bad(InputField.CRUDE_BIRTH_RATE, b -> b.crudeBirthRate(80.5), "between 0 and 80", "got 80.5"),
                bad(InputField.CRUDE_DEATH_RATE, b -> b.crudeDeathRate(-1), "between 0 and 50", "got -1"),
                bad(InputField.CRUDE_DEATH_RATE, b -> b.crudeDeathRate(50.01), "between 0 and 50", "got 50.01"),
                bad(InputField.ATTACHMENTS_PER_RECORD, b -> b.attachmentsPerRecord(-0.5), "between 0 and 20",
                        "got -0.5"),
                bad(InputField.ATTACHMENTS_PER_RECORD, b -> b.attachmentsPerRecord(21), "between 0 and 20", "got 21"),
                bad(InputField.MB_PER_ATTACHMENT, b -> b.mbPerAttachment(0.009), "between 0.01 and 100", "got 0.009"),
                bad(InputField.MB_PER_ATTACHMENT, b -> b.mbPerAttachment(100.1), "between 0.01 and 100", "got 100.1"),
                bad(InputField.KB_PER_RECORD, b -> b.kbPerRecord(0.09), "between 0.1 and 10,000", "got 0.09"),
                bad(InputField.KB_PER_RECORD, b -> b.kbPerRecord(10_001), "between 0.1 and 10,000", "got 10,001"),
                bad(InputField.OS_RESERVE_GB, b -> b.osReserveGb(-1), "between 0 and 10,000", "got -1"),
                bad(InputField.OS_RESERVE_GB, b -> b.osReserveGb(10_000.5), "between 0 and 10,000", "got 10,000.5"),
                bad(InputField.GROWTH_PERCENT, b -> b.growthPercent(-10.1), "between -10 and 10", "got -10.1"),
                bad(InputField.GROWTH_PERCENT, b -> b.growthPercent(11), "between -10 and 10", "got 11"),
                bad(InputField.HORIZON_YEARS, b -> b.horizonYears(0), "between 1 and 50", "got 0"),
                bad(InputField.HORIZON_YEARS, b -> b.horizonYears(51), "between 1 and 50", "got 51"),
                bad(InputField.COVERAGE_START_PERCENT, b -> b.coverageStartPercent(0.5), "between 1 and 100",
                        "got 0.5"),
                bad(InputField.COVERAGE_START_PERCENT, b -> b.coverageStartPercent(101), "between 1 and 100",
                        "got 101"),
                bad(InputField.COVERAGE_FULL_YEAR, b -> b.coverageFullYear(0), "between 1 and 5", "got 0"),
                bad(InputField.MAX_FILL_PERCENT, b -> b.maxFillPercent(9.9), "between 10 and 100", "got 9.9"),
                bad(InputField.MAX_FILL_PERCENT, b -> b.maxFillPercent(100.5), "between 10 and 100", "got 100.5"));
    }

    private static Arguments bad(InputField field, UnaryOperator<SizingInputs.Builder> change, String range,
            String got) {
        return Arguments.of(field, change, range, got);
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("outOfRange")
    @DisplayName("an out-of-range input is rejected with a message naming the field, the range and the value")
    void outOfRangeIsRejected(InputField field, UnaryOperator<SizingInputs.Builder> change, String range,
            String got) {
        assertRejected(() -> change.apply(valid()).build(), field, range, got);
    }

    @Test
    @DisplayName("population 0 is rejected as \"population … between 1 and 2,000,000,000 … got 0\"")
    void populationZeroMessage() {
        worded(() -> valid().population(0).build())
                .startsWith("population ")
                .contains("between 1 and 2,000,000,000")
                .contains("got 0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    @DisplayName("NaN and infinities are rejected for a real-valued input")
    void nonFiniteRejected(String text) {
        double value = Double.parseDouble(text);
        assertRejected(() -> valid().crudeBirthRate(value).build(), InputField.CRUDE_BIRTH_RATE, "between 0 and 80",
                "got " + text);
        assertRejected(() -> valid().mbPerAttachment(value).build(), InputField.MB_PER_ATTACHMENT,
                "between 0.01 and 100", "got " + text);
        assertRejected(() -> valid().maxFillPercent(value).build(), InputField.MAX_FILL_PERCENT,
                "between 10 and 100", "got " + text);
    }

    @Test
    @DisplayName("NaN is rejected in every real-valued input, event and legacy fields included")
    void nanRejectedEverywhere() {
        double nan = Double.NaN;
        List<ThrowingCallable> calls = List.of(
                () -> valid().crudeDeathRate(nan).build(),
                () -> valid().attachmentsPerRecord(nan).build(),
                () -> valid().kbPerRecord(nan).build(),
                () -> valid().osReserveGb(nan).build(),
                () -> valid().growthPercent(nan).build(),
                () -> valid().coverageStartPercent(nan).build(),
                () -> EventType.of("marriage", nan),
                () -> EventType.of("marriage", 5, nan),
                () -> LegacyRecords.of(1000, nan));
        for (ThrowingCallable call : calls) {
            worded(call).contains("got NaN");
        }
    }

    @Test
    @DisplayName("a whole-number field rejects a fraction")
    void wholeNumbersOnly() {
        worded(() -> InputField.HORIZON_YEARS.check(2.5))
                .contains("horizonYears")
                .contains("whole number")
                .contains("between 1 and 50")
                .contains("got 2.5");
        assertThat(InputField.HORIZON_YEARS.check(50)).isEqualTo(50);
    }

    @Test
    @DisplayName("the ends of every range are allowed")
    void rangeEndsAccepted() {
        SizingInputs low = valid().population(1).crudeBirthRate(0).crudeDeathRate(0).attachmentsPerRecord(0)
                .mbPerAttachment(0.01).kbPerRecord(0.1).osReserveGb(0).growthPercent(-10).horizonYears(1)
                .coverageStartPercent(100).coverageFullYear(1).maxFillPercent(10).backup(BackupPolicy.retention(1))
                .otherEvents(List.of(EventType.of("m", 0, 0))).legacy(LegacyRecords.of(0, 0)).build();
        assertThat(low.population()).isEqualTo(1);
        assertThat(low.maxFillPercent()).isEqualTo(10);

        SizingInputs high = valid().population(2_000_000_000L).crudeBirthRate(80).crudeDeathRate(50)
                .attachmentsPerRecord(20).mbPerAttachment(100).kbPerRecord(10_000).osReserveGb(10_000)
                .growthPercent(10).horizonYears(50).coverageStartPercent(1).coverageFullYear(50).maxFillPercent(100)
                .backup(BackupPolicy.retention(100))
                .otherEvents(List.of(EventType.of("x".repeat(EventType.MAX_NAME_LENGTH), 100, 20)))
                .legacy(LegacyRecords.of(10_000_000_000L, 20)).build();
        assertThat(high.population()).isEqualTo(2_000_000_000L);
        assertThat(high.coverageFullYear()).isEqualTo(50);
    }

    // ---- Coverage ramp ----

    @Test
    @DisplayName("the full-coverage year may not lie beyond the horizon")
    void coverageFullYearBeyondHorizon() {
        assertRejected(() -> valid().horizonYears(5).coverageStartPercent(50).coverageFullYear(6).build(),
                InputField.COVERAGE_FULL_YEAR, "between 1 and 5", "got 6");
        assertRejected(() -> valid().horizonYears(12).coverageFullYear(13).build(),
                InputField.COVERAGE_FULL_YEAR, "between 1 and 12", "got 13");
        assertThat(valid().horizonYears(5).coverageStartPercent(50).coverageFullYear(5).build().coverageFullYear())
                .isEqualTo(5);
    }

    @Test
    @DisplayName("coverage below 100% in year 1 needs a full-coverage year after year 1")
    void rampNeedsAYearToClimb() {
        assertRejected(() -> valid().horizonYears(5).coverageStartPercent(40).coverageFullYear(1).build(),
                InputField.COVERAGE_FULL_YEAR, "between 2 and 5", "got 1");
        worded(() -> valid().horizonYears(5).coverageStartPercent(40).coverageFullYear(1).build())
                .contains("40%");
        // A single-year horizon leaves no year to ramp up in, so the coverage start is what is wrong.
        assertRejected(() -> valid().horizonYears(1).coverageStartPercent(99.5).coverageFullYear(1).build(),
                InputField.COVERAGE_START_PERCENT, "must be 100%", "got 99.5%")
                .contains("horizon is 1 year");
    }

    // ---- Other event types, legacy records and backup ----

    @Test
    @DisplayName("event names must be unique, ignoring case and surrounding blanks")
    void duplicateEventNames() {
        List<EventType> events = List.of(EventType.of("Marriage", 5), EventType.of(" marriage ", 6, 2));
        worded(() -> valid().otherEvents(events).build())
                .startsWith("eventName ")
                .contains("unique")
                .contains("marriage");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t  \n"})
    @DisplayName("a blank event name is rejected")
    void blankEventName(String name) {
        worded(() -> EventType.of(name, 5))
                .startsWith("eventName ")
                .contains("1 to 60 characters");
    }

    @Test
    @DisplayName("an event name longer than 60 characters is rejected; 60 is allowed")
    void longEventName() {
        String sixty = "a".repeat(60);
        assertThat(EventType.of(sixty, 5).name()).isEqualTo(sixty);
        worded(() -> EventType.of(sixty + "b", 5))
                .contains("eventName")
                .contains("1 to 60 characters");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"birth", "Birth", " BIRTH ", "births", "death", "Death", "Deaths", "naissance", "Naissances", "décès", "Deces"})
    @DisplayName("births and deaths cannot be added again as other event types")
    void birthOrDeathRejected(String name) {
        worded(() -> valid().otherEvents(List.of(EventType.of(name, 5))).build())
                .startsWith("eventName ")
                .contains("birth or death")
                .contains(name.strip());
    }

    @Test
    @DisplayName("at most 20 other event types are allowed")
    void tooManyEventTypes() {
        List<EventType> twenty = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(EventType.of("event " + i, 1));
        }
        assertThat(valid().otherEvents(twenty).build().otherEvents()).hasSize(20);

        List<EventType> twentyOne = new ArrayList<>(twenty);
        twentyOne.add(EventType.of("event 21", 1));
        worded(() -> valid().otherEvents(twentyOne).build())
                .contains("eventName")
                .contains("at most 20")
                .contains("got 21");
    }

    @Test
    @DisplayName("event rates, event attachments, legacy records and backup copies are range-checked")
    void nestedValuesRangeChecked() {
        assertRejected(() -> EventType.of("marriage", -1), InputField.EVENT_RATE, "between 0 and 100", "got -1");
        assertRejected(() -> EventType.of("marriage", 100.5), InputField.EVENT_RATE, "between 0 and 100",
                "got 100.5");
        assertRejected(() -> EventType.of("marriage", 5, 21), InputField.EVENT_ATTACHMENTS, "between 0 and 20",
                "got 21");
        assertRejected(() -> EventType.of("marriage", 5, -0.1), InputField.EVENT_ATTACHMENTS, "between 0 and 20",
                "got -0.1");
        assertRejected(() -> LegacyRecords.of(-1, 1), InputField.LEGACY_RECORDS, "between 0 and 10,000,000,000",
                "got -1");
        assertRejected(() -> LegacyRecords.of(10_000_000_001L, 1), InputField.LEGACY_RECORDS,
                "between 0 and 10,000,000,000", "got 10,000,000,001");
        assertRejected(() -> LegacyRecords.of(1000, 20.5), InputField.LEGACY_ATTACHMENTS, "between 0 and 20",
                "got 20.5");
        assertRejected(() -> BackupPolicy.retention(0), InputField.BACKUP_COPIES, "between 1 and 100", "got 0");
        assertRejected(() -> BackupPolicy.retention(101), InputField.BACKUP_COPIES, "between 1 and 100",
                "got 101");
    }

    @Test
    @DisplayName("an event name is stored without surrounding blanks")
    void eventNameStripped() {
        EventType event = EventType.of("  adoption ", 0.2);
        assertThat(event.name()).isEqualTo("adoption");
        assertThat(event.attachmentsPerRecord()).isEqualTo(OptionalDouble.empty());
    }

    // ---- Defaults, builder and immutability ----

    @Test
    @DisplayName("the defaults are the issue's table: the docs example over 5 years at 70% fill")
    void defaults() {
        SizingInputs in = SizingInputs.defaults();
        assertThat(in).isEqualTo(new SizingInputs(30_000_000, 17.299, 7.7, 3, 0.4, 18.33, 100, 0, 5, 100, 1,
                List.of(), new LegacyRecords(0, 0), 70, new BackupPolicy(BackupRule.DOUBLE, 7),
                StorageTopology.EVERY_NODE, DeploymentStage.NATIONAL, false, DocsVersion.V1_8,
                MonitoringPlace.THIS_SERVER, 30, false, Projection.NONE,
                BackupLink.defaults(BackupSchedule.V1)));
    }

    @Test
    @DisplayName("the builder sets every field, and toBuilder().build() gives back equal inputs")
    void builderRoundTrip() {
        List<EventType> events = List.of(EventType.of("marriage", 6.5, 2), EventType.of("divorce", 1.2));
        SizingInputs in = SizingInputs.builder()
                .population(12_345_678)
                .crudeBirthRate(31.5)
                .crudeDeathRate(9.25)
                .attachmentsPerRecord(4.5)
                .mbPerAttachment(1.25)
                .kbPerRecord(22)
                .osReserveGb(150)
                .growthPercent(2.75)
                .horizonYears(12)
                .coverageStartPercent(35)
                .coverageFullYear(6)
                .otherEvents(events)
                .legacy(LegacyRecords.of(2_000_000, 1))
                .maxFillPercent(65)
                .backup(BackupPolicy.retention(9))
                .topology(StorageTopology.DATA_NODE)
                .stage(DeploymentStage.PILOT)
                .includeDevelopment(true)
                .docsVersion(DocsVersion.V2_0)
                .monitoring(MonitoringPlace.ELSEWHERE)
                .monitoringDays(14)
                .diskEncryption(true)
                .build();

        assertThat(in).isEqualTo(new SizingInputs(12_345_678, 31.5, 9.25, 4.5, 1.25, 22, 150, 2.75, 12, 35, 6,
                events, LegacyRecords.of(2_000_000, 1), 65, BackupPolicy.retention(9), StorageTopology.DATA_NODE,
                DeploymentStage.PILOT, true, DocsVersion.V2_0, MonitoringPlace.ELSEWHERE, 14, true,
                Projection.NONE, BackupLink.defaults(BackupSchedule.V1)));
        assertThat(in.toBuilder().build()).isEqualTo(in).isNotSameAs(in);
        assertThat(in.toBuilder().population(1).build()).isNotEqualTo(in);
        // Changing a builder made from some inputs leaves those inputs alone.
        assertThat(in.population()).isEqualTo(12_345_678);
    }

    @Test
    @DisplayName("the inputs keep their own copy of the event list and expose it read-only")
    void otherEventsImmutable() {
        List<EventType> events = new ArrayList<>(List.of(EventType.of("marriage", 6.5)));
        SizingInputs.Builder builder = valid().otherEvents(events);
        events.add(EventType.of("divorce", 1)); // after handing the list to the builder
        SizingInputs fromBuilder = builder.build();
        assertThat(fromBuilder.otherEvents()).containsExactly(EventType.of("marriage", 6.5));

        List<EventType> direct = new ArrayList<>(List.of(EventType.of("adoption", 0.2)));
        SizingInputs fromConstructor = new SizingInputs(30_000_000, 17.299, 7.7, 3, 0.4, 18.33, 100, 0, 5, 100, 1,
                direct, LegacyRecords.NONE, 70, BackupPolicy.DOUBLE, StorageTopology.EVERY_NODE,
                DeploymentStage.NATIONAL, false, DocsVersion.V1_8, MonitoringPlace.THIS_SERVER, 30, false, Projection.NONE,
                BackupLink.defaults(BackupSchedule.V1));
        direct.clear(); // after building
        assertThat(fromConstructor.otherEvents()).containsExactly(EventType.of("adoption", 0.2));

        assertThatThrownBy(() -> fromBuilder.otherEvents().add(EventType.of("divorce", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fromConstructor.otherEvents().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("missing parts are refused rather than defaulted silently")
    void nullsRejected() {
        assertThatThrownBy(() -> valid().legacy(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().backup(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().topology(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().stage(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> valid().otherEvents(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("the exception names its field and keeps the problem apart for other callers")
    void exceptionParts() {
        assertThatThrownBy(() -> valid().horizonYears(60).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(InputField.HORIZON_YEARS);
                    assertThat(ModelWords.message(e)).isEqualTo("horizonYears " + ModelWords.problem(e, Wording.ENGLISH));
                    assertThat(ModelWords.problem(e, Wording.ENGLISH)).contains("between 1 and 50").contains("got 60");
                    assertThat(ModelWords.message(e, "--years")).startsWith("--years ").contains("got 60");
                });
    }

    private static AbstractStringAssert<?> assertRejected(ThrowingCallable call,
            InputField field, String range, String got) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        return worded(call).startsWith(field.key() + " ").contains(range).contains(got);
    }

    /** The problem {@code call} throws, as the text package words it in English with the field's key. */
    private static AbstractStringAssert<?> worded(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return assertThat(ModelWords.message((InvalidInputException) thrown));
    }
}
