package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.Choice;
import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.ToggleInput;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.SourceWords;

/** One row of the Assumptions sheet per model input, with its unit and where its default comes from. */
final class InputRows {

    /**
     * @param number the value of a numeric input, or null for a choice
     * @param field the model field whose range a numeric input must respect, or null
     * @param choices the allowed texts of a choice, empty for a number
     */
    record InputRow(String label, String name, Double number, String text, String format, String unit,
            String allowed, String defaultText, String source, InputField field, List<String> choices) {

        InputRow withSource(String value) {
            return new InputRow(label, name, number, text, format, unit, allowed, defaultText, value, field, choices);
        }
    }

    private InputRows() {
    }

    /** The word a yes/no input takes for yes; formulas compare with it. */
    static String yes(WorkbookWords words) {
        return words.text("choice.yes");
    }

    static String no(WorkbookWords words) {
        return words.text("choice.no");
    }

    /** A row per input of {@link Inputs#ALL} but the event types, which have a table of their own. */
    static List<InputRow> of(SizingInputs in, WorkbookWords words) {
        return of(in, Optional.empty(), words);
    }

    /**
     * Rows whose input still holds the figure of a country's file name that file as their source;
     * while the projection is followed, growth says it is not used.
     */
    static List<InputRow> of(SizingInputs in, Optional<CountrySource> source, WorkbookWords words) {
        List<InputRow> rows = new ArrayList<>();
        for (Input input : Inputs.ALL) {
            if (input instanceof NumberInput number) {
                InputRow row = number(number, in, words);
                String from = source.filter(s -> s.supplies(number, in)).flatMap(s -> s.figure(number.field()))
                        .map(f -> SourceWords.figure(source.get(), f, words.wording())).orElse(row.source());
                if (number == Inputs.GROWTH_PERCENT && in.followsProjection()) {
                    from = SourceWords.growthNotUsed(words.wording());
                }
                rows.add(row.withSource(from));
            } else if (input instanceof ChoiceInput<?> choice) {
                rows.add(choice(choice, choice.get(in).id(), choice.defaultValue().id(), ids(choice), words));
            } else if (input instanceof ToggleInput toggle) {
                rows.add(choice(toggle, yesNo(toggle.get(in), words), yesNo(toggle.defaultValue(), words),
                        List.of(yes(words), no(words)), words));
            }
        }
        return rows;
    }

    /** Texts are {@code input.KEY} and {@code input.KEY.source}; the unit and the allowed values
     * are the model's unless {@code input.KEY.unit} or {@code input.KEY.allowed} words them for the sheet. */
    private static InputRow number(NumberInput input, SizingInputs in, WorkbookWords words) {
        String key = "input." + input.key();
        InputField field = input.field();
        String unit = words.has(key + ".unit") ? words.text(key + ".unit") : ModelWords.unit(field, words.wording());
        String allowed = words.has(key + ".allowed") ? words.text(key + ".allowed")
                : ModelWords.range(field, words.wording());
        return new InputRow(words.text(key), Names.of(input), input.get(in), null, format(input), unit, allowed,
                words.wording().number(input.defaultValue(), 10), words.text(key + ".source"), field, List.of());
    }

    private static InputRow choice(Input input, String value, String defaultValue, List<String> choices,
            WorkbookWords words) {
        String key = "input." + input.key();
        String allowed = words.text("input.choices", words.text(key + ".allowed"), String.join(", ", choices));
        return new InputRow(words.text(key), Names.of(input), null, value, CellStyles.GENERAL, "", allowed,
                defaultValue, words.text(key + ".source"), null, choices);
    }

    /** Large whole numbers with thousands separators, small ones plain, the rest as typed. */
    private static String format(NumberInput input) {
        if (!input.whole()) {
            return CellStyles.GENERAL;
        }
        return input.field().max() >= 10_000 ? CellStyles.WHOLE : CellStyles.PLAIN;
    }

    private static String yesNo(boolean value, WorkbookWords words) {
        return value ? yes(words) : no(words);
    }

    private static List<String> ids(ChoiceInput<?> input) {
        return input.values().stream().map(Choice::id).toList();
    }
}
