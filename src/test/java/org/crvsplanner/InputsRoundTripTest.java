package org.crvsplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crvsplanner.cli.PlannerCommand;
import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.Choice;
import org.crvsplanner.model.ChoiceInput;
import org.crvsplanner.model.EventType;
import org.crvsplanner.model.EventsInput;
import org.crvsplanner.model.Input;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.ProjectionInput;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.ToggleInput;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.scenario.ScenarioFiles;
import org.crvsplanner.text.EventNotation;
import org.crvsplanner.ui.planner.PlannerViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of {@link Inputs#ALL} travels the whole way: a command-line flag, a scenario file,
 * the workbook's Assumptions row, the window's input, and back from the window through a file to
 * the command line. A value for each input is made from its range, so a new entry is walked
 * without this test knowing it. The followed projection is not typed but imported with a
 * country's figures ({@code countrydata}); its own tests follow it through files and flags.
 */
class InputsRoundTripTest {
    private static final List<EventType> EVENTS = List.of(EventType.of("marriage", 4.5, 2));

    /** Every input a person sets by hand. */
    private static final List<Input> TYPED = Inputs.ALL.stream().filter(i -> !(i instanceof ProjectionInput)).toList();

    @TempDir
    Path folder;

    @Test
    void everyInputSurvivesFlagsFilesWorkbookAndWindow() throws IOException {
        SizingInputs probe = probe();
        for (Input input : TYPED) {
            assertThat(value(input, probe)).as("the probe changes %s", input.key())
                    .isNotEqualTo(value(input, SizingInputs.defaults()));
        }

        Path fromFlags = folder.resolve("flags.crvsplan");
        List<String> args = new ArrayList<>(List.of("size"));
        args.addAll(flags(probe));
        args.addAll(List.of("--save-scenario", fromFlags.toString()));
        run(args);
        SizingInputs read = ScenarioFiles.read(fromFlags).inputs();
        for (Input input : TYPED) {
            assertThat(value(input, read)).as("%s from its flag through the file", input.key())
                    .isEqualTo(value(input, probe));
        }

        try (XSSFWorkbook workbook = ProcurementWorkbook.build(WorkbookContent.of(SizingEngine.plan(read), "probe",
                "", LocalDate.of(2026, 12, 3), "test"))) {
            for (Input input : TYPED) {
                assertThat(workbookShows(workbook, input)).as("%s in the Assumptions sheet", input.key())
                        .isEqualTo(value(input, probe));
            }
        }

        PlannerViewModel window = new PlannerViewModel(read);
        for (Input input : TYPED) {
            assertThat(windowShows(window, input)).as("%s in the window", input.key())
                    .isEqualTo(value(input, probe));
        }

        // Back: every input set to its default in the window, saved, and read by the command line.
        SizingInputs defaults = SizingInputs.defaults();
        for (Input input : TYPED) {
            setInWindow(window, input, defaults);
        }
        assertThat(window.validProperty().get()).as(String.valueOf(window.problemProperty().get())).isTrue();
        Path fromWindow = folder.resolve("window.crvsplan");
        ScenarioFiles.write(fromWindow, Scenario.of(window.inputsProperty().get()));
        Path again = folder.resolve("again.crvsplan");
        run(List.of("size", "--scenario", fromWindow.toString(), "--save-scenario", again.toString()));
        SizingInputs back = ScenarioFiles.read(again).inputs();
        for (Input input : TYPED) {
            assertThat(value(input, back)).as("%s back from the window", input.key())
                    .isEqualTo(value(input, defaults));
        }
    }

    /**
     * A valid set of inputs in which every input differs from its default: a quarter of the way
     * from the default towards the top of its range (or the bottom, when the default is the top),
     * in the decimals it is shown with; the next choice; the other state of a toggle.
     */
    private static SizingInputs probe() {
        SizingInputs defaults = SizingInputs.defaults();
        SizingInputs.Builder b = defaults.toBuilder();
        for (Input input : TYPED) {
            if (input instanceof NumberInput number) {
                double d = number.defaultValue();
                double max = number.field().max();
                double target = max > d ? d + (max - d) / 4 : d - (d - number.field().min()) / 4;
                int decimals = number.whole() ? 0 : number.decimals();
                number.set(b, new BigDecimal(target).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
            } else if (input instanceof ChoiceInput<?> choice) {
                next(b, choice);
            } else if (input instanceof ToggleInput toggle) {
                toggle.set(b, !toggle.defaultValue());
            } else if (input instanceof EventsInput events) {
                events.set(b, EVENTS);
            }
        }
        return b.build();
    }

    private static <E extends Choice> void next(SizingInputs.Builder b, ChoiceInput<E> input) {
        List<E> values = input.values();
        input.set(b, values.get((values.indexOf(input.defaultValue()) + 1) % values.size()));
    }

    /** What an input holds, as text that compares across the files, the workbook and the window. */
    private static Object value(Input input, SizingInputs in) {
        if (input instanceof NumberInput number) {
            return number.get(in);
        }
        if (input instanceof ChoiceInput<?> choice) {
            return choice.get(in).id();
        }
        if (input instanceof ToggleInput toggle) {
            return toggle.get(in);
        }
        return ((EventsInput) input).get(in);
    }

    private static List<String> flags(SizingInputs in) throws IOException {
        Properties options = new Properties();
        try (InputStream stream = PlannerCommand.class.getResourceAsStream("options.properties")) {
            options.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        List<String> flags = new ArrayList<>();
        for (Input input : TYPED) {
            String flag = options.getProperty(input.key() + ".flag");
            assertThat(flag).as("the flag of %s", input.key()).isNotNull();
            if (input instanceof NumberInput number) {
                flags.add(flag + "=" + BigDecimal.valueOf(number.get(in)).stripTrailingZeros().toPlainString());
            } else if (input instanceof ChoiceInput<?> choice) {
                flags.add(flag + "=" + choice.get(in).id());
            } else if (input instanceof ToggleInput toggle) {
                assertThat(toggle.get(in)).as("a toggle's flag turns it on").isTrue();
                flags.add(flag);
            } else if (input instanceof EventsInput events) {
                events.get(in).forEach(e -> flags.add(flag + "=" + EventNotation.format(e)));
            }
        }
        return flags;
    }

    private static void run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PlannerCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(status).as("%s: %s", args, err).isZero();
    }

    private static Object workbookShows(XSSFWorkbook workbook, Input input) {
        if (input instanceof EventsInput) {
            return eventsRow(workbook);
        }
        Cell cell = named(workbook, Character.toUpperCase(input.key().charAt(0)) + input.key().substring(1));
        if (input instanceof NumberInput) {
            return cell.getNumericCellValue();
        }
        String text = cell.getStringCellValue();
        return input instanceof ToggleInput ? text.equals("yes") : text;
    }

    /** The event types as the Assumptions sheet lists them: the row that names the event. */
    private static List<EventType> eventsRow(XSSFWorkbook workbook) {
        for (Row row : workbook.getSheet("Assumptions")) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(EVENTS.get(0).name())) {
                double rate = row.getCell(1).getNumericCellValue();
                double attachments = row.getCell(3).getNumericCellValue();
                return List.of(EventType.of(first.getStringCellValue(), rate, attachments));
            }
        }
        return List.of();
    }

    private static Cell named(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        assertThat(defined).as("defined name %s", name).isNotNull();
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static Object windowShows(PlannerViewModel window, Input input) {
        if (input instanceof NumberInput number) {
            return window.number(number).getValue();
        }
        if (input instanceof ChoiceInput<?> choice) {
            return ((Choice) window.choice(choice).getSelected()).id();
        }
        if (input instanceof ToggleInput toggle) {
            return window.toggle(toggle).get();
        }
        return List.copyOf(window.otherEvents());
    }

    /** As a person would: numbers typed into their field, choices picked, the box ticked. */
    private static void setInWindow(PlannerViewModel window, Input input, SizingInputs from) {
        if (input instanceof NumberInput number) {
            window.number(number).textProperty().set(
                    BigDecimal.valueOf(number.get(from)).stripTrailingZeros().toPlainString());
            window.number(number).commit();
        } else if (input instanceof ChoiceInput<?> choice) {
            select(window, choice, from);
        } else if (input instanceof ToggleInput toggle) {
            window.toggle(toggle).set(toggle.get(from));
        } else if (input instanceof EventsInput events) {
            window.events().textProperty().set(String.join(", ",
                    events.get(from).stream().map(EventNotation::format).toList()));
        }
    }

    private static <E extends Choice> void select(PlannerViewModel window, ChoiceInput<E> input, SizingInputs from) {
        window.choice(input).select(input.get(from));
    }
}
