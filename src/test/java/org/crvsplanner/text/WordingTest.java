package org.crvsplanner.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.BackupRule;
import org.crvsplanner.model.DeploymentStage;
import org.crvsplanner.model.Environment;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.ServerRole;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.StorageTopology;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

class WordingTest {
    private static final String MODEL = "org.crvsplanner.text.messages";

    @Test
    @DisplayName("French writes 1 013,71 Go: narrow no-break space between thousands, decimal comma, no-break space before the unit")
    void frenchGigabytes() {
        assertThat(Wording.FRENCH.gb(1013.71)).isEqualTo("1\u202F013,71\u00A0Go");
        assertThat(Wording.FRENCH.gb(1013.71).codePoints().toArray())
                .containsExactly('1', 0x202F, '0', '1', '3', ',', '7', '1', 0xA0, 'G', 'o');
        assertThat(Wording.ENGLISH.gb(1013.71)).isEqualTo("1,013.71 GB");
    }

    @Test
    @DisplayName("the documentation's worked example: 30 million people, 1 year, 100% fill")
    void docsExample() {
        SizingPlan plan = SizingEngine.plan(SizingInputs.builder().horizonYears(1).maxFillPercent(100).build());
        double disk = plan.firstYear().applicationServerDiskGb();
        double backup = plan.firstYear().backupServerDiskGb();
        assertThat(Wording.FRENCH.gb(disk)).isEqualTo("1\u202F013,71\u00A0Go");
        assertThat(Wording.FRENCH.gb(backup)).isEqualTo("2\u202F027,42\u00A0Go");
        assertThat(Wording.ENGLISH.gb(disk)).isEqualTo("1,013.71 GB");
        assertThat(Wording.ENGLISH.gb(backup)).isEqualTo("2,027.42 GB");
    }

    @Test
    @DisplayName("disk switches to TB from 10,000 GB, in both languages")
    void terabytes() {
        assertThat(Wording.ENGLISH.disk(9_999.994)).isEqualTo("9,999.99 GB");
        assertThat(Wording.ENGLISH.disk(10_000)).isEqualTo("10.00 TB");
        assertThat(Wording.ENGLISH.disk(32_080)).isEqualTo("32.08 TB");
        assertThat(Wording.FRENCH.disk(32_080)).isEqualTo("32,08\u00A0To");
        assertThat(Wording.FRENCH.disk(1_234_567)).isEqualTo("1\u202F234,57\u00A0To");
        assertThat(Wording.FRENCH.unit("MB")).isEqualTo("Mo");
        assertThat(Wording.FRENCH.unit("kB")).isEqualTo("ko");
        assertThat(Wording.FRENCH.unit("Gbps")).as("a unit without a translation stays").isEqualTo("Gbps");
    }

    @Test
    @DisplayName("whole numbers, up to n decimals and exactly n decimals")
    void numbers() {
        assertThat(Wording.ENGLISH.whole(749_970)).isEqualTo("749,970");
        assertThat(Wording.FRENCH.whole(749_970)).isEqualTo("749\u202F970");
        assertThat(Wording.ENGLISH.number(17.299, 3)).isEqualTo("17.299");
        assertThat(Wording.FRENCH.number(17.299, 3)).isEqualTo("17,299");
        assertThat(Wording.FRENCH.number(3, 3)).isEqualTo("3");
        assertThat(Wording.FRENCH.fixed(-0.5, 2)).isEqualTo("-0,50");
        assertThat(Wording.ENGLISH.fixed(2_000_000_000, 0)).isEqualTo("2,000,000,000");
    }

    @Test
    @DisplayName("French reads thousands with any kind of space, a decimal comma or a decimal point")
    void frenchParse() {
        for (String typed : List.of("1 013,71", "1\u202F013,71", "1\u00A0013,71", "1013,71", "1013.71", " 1 013,71 ")) {
            assertThat(Wording.FRENCH.parse(typed)).as(typed).hasValue(1013.71);
        }
        assertThat(Wording.FRENCH.parse("30 000 000")).hasValue(30_000_000);
        assertThat(Wording.FRENCH.parse("-2,5")).hasValue(-2.5);
        assertThat(Wording.FRENCH.parse(",5")).hasValue(0.5);
    }

    @Test
    @DisplayName("pasted figures keep their no-break spaces and typographic minus")
    void pastedFigures() {
        assertThat(Wording.FRENCH.parse("\u00A01\u202F013,71\u202F")).hasValue(1013.71);
        assertThat(Wording.FRENCH.parse("\u22122,5")).hasValue(-2.5);
        assertThat(Wording.ENGLISH.parse("\u00A0\u22121,013.5 ")).hasValue(-1013.5);
    }

    @Test
    @DisplayName("no minus before a figure that rounds to zero")
    void noNegativeZero() {
        assertThat(Wording.ENGLISH.whole(-0.4)).isEqualTo("0");
        assertThat(Wording.FRENCH.fixed(-0.001, 2)).isEqualTo("0,00");
        assertThat(Wording.ENGLISH.number(-0.0, 2)).isEqualTo("0");
        assertThat(Wording.ENGLISH.number(-0.25, 1)).isEqualTo("-0.3");
        assertThat(Wording.FRENCH.whole(-1500)).isEqualTo("-1\u202F500");
    }

    @Test
    @DisplayName("figures round half up, as spreadsheets do: 15,429.125 GB is 15,429.13 GB")
    void halfUpAsSpreadsheets() {
        assertThat(Wording.ENGLISH.gb(15_429.125)).isEqualTo("15,429.13 GB");
        assertThat(Wording.FRENCH.gb(15_429.125)).isEqualTo("15\u202F429,13\u00A0Go");
        assertThat(Wording.ENGLISH.fixed(0.125, 2)).isEqualTo("0.13");
        assertThat(Wording.ENGLISH.whole(2.5)).isEqualTo("3");
        assertThat(Wording.ENGLISH.number(0.0625, 3)).isEqualTo("0.063");
        assertThat(Wording.ENGLISH.fixed(-2.5, 0)).as("half away from zero").isEqualTo("-3");
    }

    @Test
    @DisplayName("a tie the arithmetic missed by one bit still rounds up, as spreadsheets show it")
    void tieWithinFifteenDigits() {
        // 1.005 is stored as 1.00499999999999989…, 0.145 × 100 computes 14.499999999999998 and
        // 4.35 × 100 + 0.5 computes 435.49999999999994: a spreadsheet keeps 15 significant digits
        // and shows 1.01, 15 and 436.
        assertThat(Wording.ENGLISH.fixed(1.005, 2)).isEqualTo("1.01");
        assertThat(Wording.ENGLISH.whole(0.145 * 100)).isEqualTo("15");
        assertThat(Wording.ENGLISH.whole(4.35 * 100 + 0.5)).isEqualTo("436");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12abc", "abc", "1,2,3", "1 2 3", "1.013,71", "1,013.71", "12 34", "1,2.3",
        "--1", "1e5", "∞"})
    @DisplayName("French refuses what it would have to guess at")
    void frenchRefuses(String typed) {
        assertThat(Wording.FRENCH.parse(typed)).as("'%s'", typed).isEmpty();
    }

    @Test
    @DisplayName("English reads thousands commas and a decimal point")
    void englishParse() {
        assertThat(Wording.ENGLISH.parse("1,013.71")).hasValue(1013.71);
        assertThat(Wording.ENGLISH.parse("1013.71")).hasValue(1013.71);
        assertThat(Wording.ENGLISH.parse("30,000,000")).hasValue(30_000_000);
        assertThat(Wording.ENGLISH.parse("-10")).hasValue(-10);
        assertThat(Wording.ENGLISH.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12abc", "1,5", "1,2,3", "1 013.71", "1013,71", "1.2.3", "1,0000"})
    @DisplayName("English refuses commas that are not thousands separators, and French styles")
    void englishRefuses(String typed) {
        assertThat(Wording.ENGLISH.parse(typed)).as("'%s'", typed).isEmpty();
    }

    @Property
    void parseReadsBackWhatFixedWrites(@ForAll("finite") double value, @ForAll @IntRange(min = 0, max = 6) int decimals) {
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            String written = wording.fixed(value, decimals);
            OptionalDouble read = wording.parse(written);
            assertThat(read).as("%s reads back '%s'", wording, written).isPresent();
            assertThat(Math.abs(read.getAsDouble() - value)).as("%s: %s → '%s'", wording, value, written)
                    .isLessThanOrEqualTo(tolerance(value, decimals));
        }
    }

    @Test
    void billionsReadBackWithinTheirLastDecimal() {
        // Found by the property above: 4,288,137,788.2 reads back 0.05000019 away.
        parseReadsBackWhatFixedWrites(4.28813778825E9, 1);
    }

    @Property
    void parseReadsBackWhatNumberWrites(@ForAll("finite") double value, @ForAll @IntRange(min = 1, max = 6) int decimals) {
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            String written = wording.number(value, decimals);
            OptionalDouble read = wording.parse(written);
            assertThat(read).as("%s reads back '%s'", wording, written).isPresent();
            assertThat(Math.abs(read.getAsDouble() - value)).as("%s: %s → '%s'", wording, value, written)
                    .isLessThanOrEqualTo(tolerance(value, decimals));
        }
    }

    /** Half a unit of the last decimal written, or the double's own spacing for huge figures. */
    private static double tolerance(double value, int decimals) {
        // Rounding to the shown decimals, plus the error of reading that decimal back into a
        // double, which for billions is a good part of a millionth,
        // and the 15 significant digits a figure is taken to first, as spreadsheets do.
        return 0.5 * Math.pow(10, -decimals) * (1 + 1e-9) + 2 * Math.ulp(value) + Math.abs(value) * 1e-14;
    }

    @Provide
    Arbitrary<Double> finite() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-1e15, 1e15),
                Arbitraries.of(0.0, -0.0, 0.005, 1013.71, 999.995, 1e-9, 123_456_789.125, 1e300, -1e300,
                        Double.MAX_VALUE, Double.MIN_VALUE));
    }

    @Test
    @DisplayName("plurals: English says 1 year and 0 years, French 0 an and 1 an")
    void plurals() {
        Advisory one = new Advisory.HorizonShorterThanRetention(1, 7);
        Advisory two = new Advisory.HorizonShorterThanRetention(2, 7);
        assertThat(ModelWords.advice(one, Wording.ENGLISH)).contains("(1 year)");
        assertThat(ModelWords.advice(two, Wording.ENGLISH)).contains("(2 years)");
        assertThat(ModelWords.advice(one, Wording.FRENCH)).contains("(1\u00A0an)");
        assertThat(ModelWords.advice(two, Wording.FRENCH)).contains("(2\u00A0ans)");
        assertThat(Wording.ENGLISH.pluralKey("k", 0)).isEqualTo("k.other");
        assertThat(Wording.FRENCH.pluralKey("k", 0)).isEqualTo("k.one");
        assertThat(Wording.FRENCH.pluralKey("k", 2)).isEqualTo("k.other");
    }

    @Test
    @DisplayName("placeholders take numbers in the language's style and are replaced as they are")
    void placeholders() {
        assertThat(Wording.FRENCH.fill("{1} puis {0}, l'{0}", 1234.5, 2_000_000L)).isEqualTo(
                "2\u202F000\u202F000 puis 1\u202F234,5, l'1\u202F234,5");
        assertThat(Wording.ENGLISH.fill("'{0}' {x} {}", 1234.5)).isEqualTo("'1,234.5' {x} {}");
        Wording.Phrase phrase = wording -> wording.gb(1013.71);
        assertThat(Wording.FRENCH.fill("→ {0}", phrase)).isEqualTo("→ 1\u202F013,71\u00A0Go");
        assertThatThrownBy(() -> Wording.ENGLISH.fill("{0} {1}", "only one")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    @DisplayName("an out-of-range population is explained in French with French figures")
    void invalidPopulationInFrench() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SizingInputs.builder().population(0).build());
        assertThat(ModelWords.problem(e, Wording.FRENCH))
                .isEqualTo("doit se situer entre 1 et 2\u202F000\u202F000\u202F000\u00A0habitants\u00A0; valeur reçue\u00A0: 0");
        assertThat(ModelWords.problem(e, Wording.ENGLISH)).isEqualTo("must be between 1 and 2,000,000,000 people; got 0");
        assertThat(ModelWords.message(e, "--population", Wording.FRENCH)).startsWith("--population doit se situer entre 1 et ");
    }

    @Test
    @DisplayName("every advisory reads in both languages, with no placeholder left")
    void everyAdvisory() {
        List<Advisory> all = List.of(new Advisory.ProofOfConceptHoldsNoLiveData(), new Advisory.MinimumBandwidth(10),
                new Advisory.X86Only(),
                new Advisory.BackupRuleBelowAlternative(BackupRule.RETENTION, 3, 1234.5, 2027.42),
                new Advisory.BackupRuleBelowAlternative(BackupRule.DOUBLE, 7, 2027.42, 7096.0),
                new Advisory.HorizonShorterThanRetention(1, 7), new Advisory.HorizonShorterThanRetention(3, 7));
        for (Advisory advisory : all) {
            String english = ModelWords.advice(advisory, Wording.ENGLISH);
            String french = ModelWords.advice(advisory, Wording.FRENCH);
            assertThat(english).as(advisory.toString()).isNotBlank().doesNotContain("{").isEqualTo(ModelWords.advice(advisory, Wording.ENGLISH));
            assertThat(french).as(advisory.toString()).isNotBlank().doesNotContain("{").isNotEqualTo(english);
        }
        assertThat(ModelWords.advice(all.get(3), Wording.FRENCH)).contains("1\u202F234,50\u00A0Go", "2\u202F027,42\u00A0Go");
        assertThat(ModelWords.advice(all.get(1), Wording.FRENCH)).contains("10\u00A0Mbit/s");
    }

    @Test
    @DisplayName("every enum label and every field's unit and range exist in both languages")
    void everyLabel() {
        List<String> missing = new ArrayList<>();
        for (Wording wording : List.of(Wording.ENGLISH, Wording.FRENCH)) {
            for (Environment e : Environment.values()) {
                check(missing, wording, e, () -> ModelWords.label(e, wording));
            }
            for (ServerRole r : ServerRole.values()) {
                check(missing, wording, r, () -> ModelWords.label(r, wording));
            }
            for (DeploymentStage s : DeploymentStage.values()) {
                check(missing, wording, s, () -> ModelWords.label(s, wording));
            }
            for (BackupRule b : BackupRule.values()) {
                check(missing, wording, b, () -> ModelWords.label(b, wording));
            }
            for (StorageTopology t : StorageTopology.values()) {
                check(missing, wording, t, () -> ModelWords.label(t, wording));
            }
            for (InputField f : InputField.values()) {
                check(missing, wording, f, () -> ModelWords.range(f, wording));
                check(missing, wording, f, () -> ModelWords.unit(f, wording) + "x");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ModelWords.label(ServerRole.DATA_NODE, Wording.FRENCH)).isEqualTo("nœud de données");
        assertThat(ModelWords.label(DeploymentStage.POC, Wording.FRENCH)).isEqualTo("Preuve de concept");
    }

    private static void check(List<String> missing, Wording wording, Object what, Supplier<String> text) {
        try {
            if (text.get().isBlank()) {
                missing.add(wording + " " + what + ": blank");
            }
        } catch (MissingResourceException e) {
            missing.add(wording + " " + what + ": " + e.getMessage());
        }
    }

    @Test
    @DisplayName("the model's bundles have the same keys, and a French locale never falls back to the system's")
    void bundles() {
        Set<String> english = keys(Wording.ENGLISH.bundle(MODEL));
        Set<String> french = keys(Wording.FRENCH.bundle(MODEL));
        assertThat(french).isEqualTo(english);
        assertThat(Wording.of(Locale.CANADA_FRENCH)).isSameAs(Wording.FRENCH);
        assertThat(Wording.of(Locale.GERMAN)).isSameAs(Wording.ENGLISH);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(Wording.ENGLISH.text("unit.GB")).isEqualTo("GB");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> keys(ResourceBundle bundle) {
        Set<String> keys = new TreeSet<>();
        for (Enumeration<String> e = bundle.getKeys(); e.hasMoreElements();) {
            keys.add(e.nextElement());
        }
        return keys;
    }
}
