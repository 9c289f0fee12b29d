package org.crvsplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.crvsplanner.model.Choice;
import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.EventsInput;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.ProjectionInput;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.ToggleInput;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * One flag per model input, made from {@link Inputs#ALL} when picocli builds {@code size} and
 * {@code export}, so the command line gains an input as soon as the model lists it. Flag names,
 * placeholders and help come from {@code options.properties}; ranges and defaults from the model,
 * so {@code --help} can never disagree with the validation. A flag left out keeps the value it is
 * applied to: the defaults, or a scenario file's.
 */
public final class SizingOptions implements CommandLine.IModelTransformer {
    /** The flag that comes just before the sizing flags in the help. */
    static final String SCENARIO_FLAG = "--scenario";
    private static final Properties OPTIONS = load();

    @Override
    public CommandSpec transform(CommandSpec spec) {
        // Picocli lists options in the order they were added; the sizing flags belong right
        // after --scenario, which they override, so what follows it moves behind them.
        List<OptionSpec> after = new ArrayList<>();
        boolean seen = false;
        for (OptionSpec option : spec.options()) {
            if (seen) {
                after.add(option);
            }
            seen |= option.longestName().equals(SCENARIO_FLAG);
        }
        after.forEach(spec::remove);
        for (Input input : Inputs.ALL) {
            if (!(input instanceof ProjectionInput)) {
                spec.addOption(option(input));
            }
        }
        after.forEach(spec::addOption);
        return spec;
    }

    private static OptionSpec option(Input input) {
        // The projection has no flag: it comes from --country-data with --follow-projection.
        OptionSpec.Builder option = OptionSpec.builder(flag(input)).description(help(input).replace("%", "%%"));
        String label = OPTIONS.getProperty(input.key() + ".label");
        if (label != null) {
            option.paramLabel(label);
        }
        if (input instanceof NumberInput number) {
            option.type(number.whole() ? Long.class : Double.class);
        } else if (input instanceof ChoiceInput<?> choice) {
            option.type(Choice.class).converters(choices(choice));
        } else if (input instanceof ToggleInput) {
            option.type(Boolean.class).arity("0");
        } else if (input instanceof EventsInput) {
            option.type(List.class).auxiliaryTypes(EventType.class).converters(new Converters.Event());
        }
        return option.build();
    }

    private static String help(Input input) {
        String what = text(input.key() + ".help");
        if (input instanceof NumberInput number) {
            String rule = OPTIONS.getProperty(input.key() + ".rule", ModelWords.range(number.field(), Wording.ENGLISH));
            return what + ", " + rule + ". Default: " + ModelWords.figure(number.defaultValue()) + ".";
        }
        if (input instanceof ChoiceInput<?> choice) {
            return what + " Default: " + choice.defaultValue().id() + ".";
        }
        if (input instanceof EventsInput) {
            return Wording.ENGLISH.fill(what, ModelWords.range(InputField.EVENT_RATE, Wording.ENGLISH),
                    ModelWords.range(InputField.EVENT_ATTACHMENTS, Wording.ENGLISH),
                    (long) SizingInputs.MAX_EVENT_TYPES);
        }
        return what;
    }

    private static <E extends Choice> ITypeConverter<E> choices(ChoiceInput<E> input) {
        return value -> {
            for (E candidate : input.values()) {
                if (candidate.id().equalsIgnoreCase(value.strip())) {
                    return candidate;
                }
            }
            String ids = input.values().stream().map(Choice::id).collect(Collectors.joining(", "));
            throw new TypeConversionException("must be one of " + ids + "; got '" + ShownText.excerpt(value) + "'");
        };
    }

    /**
     * {@code base} with every flag that was given applied on top.
     *
     * @throws org.crvsplanner.model.InvalidInputException when a value or the combination breaks a rule
     */
    static SizingInputs applyTo(SizingInputs base, ParseResult parsed) {
        return applyTo(base.toBuilder(), parsed);
    }

    /** Like {@link #applyTo(SizingInputs, ParseResult)}, on inputs still being put together. */
    @SuppressWarnings("unchecked")
    static SizingInputs applyTo(SizingInputs.Builder b, ParseResult parsed) {
        // The version first: the inputs that follow it move with it, and flags given beside it win.
        String versionFlag = flag(Inputs.DOCS_VERSION);
        if (parsed.hasMatchedOption(versionFlag)) {
            b.followDocsVersion(parsed.matchedOptionValue(versionFlag, null));
        }
        for (Input input : Inputs.ALL) {
            if (input instanceof ProjectionInput) {
                continue;
            }
            String flag = flag(input);
            if (!parsed.hasMatchedOption(flag) || input == Inputs.DOCS_VERSION) {
                continue;
            }
            Object value = parsed.matchedOptionValue(flag, null);
            if (input instanceof NumberInput number) {
                number.set(b, ((Number) value).doubleValue());
            } else if (input instanceof ChoiceInput<?> choice) {
                set(b, choice, value);
            } else if (input instanceof ToggleInput toggle) {
                toggle.set(b, (Boolean) value);
            } else if (input instanceof EventsInput events) {
                events.set(b, (List<EventType>) value);
            }
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Choice> void set(SizingInputs.Builder b, ChoiceInput<E> input, Object value) {
        input.set(b, (E) value);
    }

    /** The numeric input a flag sets, or null for flags that are not plain numbers. */
    static NumberInput numberFor(String flag) {
        for (Input input : Inputs.ALL) {
            if (input instanceof NumberInput number && flag(input).equals(flag)) {
                return number;
            }
        }
        return null;
    }

    /** The flag that sets a field, for messages; the parts of an event type are set by --event. */
    static String flagFor(InputField field) {
        return flag(Inputs.of(field).<Input>map(n -> n).orElse(Inputs.OTHER_EVENTS));
    }

    static String flag(Input input) {
        return text(input.key() + ".flag");
    }

    private static String text(String key) {
        String text = OPTIONS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("options.properties has no " + key);
        }
        return text;
    }

    private static Properties load() {
        Properties options = new Properties();
        try (InputStream in = SizingOptions.class.getResourceAsStream("options.properties")) {
            if (in == null) {
                throw new IllegalStateException("options.properties is missing from the build");
            }
            options.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options;
    }
}
