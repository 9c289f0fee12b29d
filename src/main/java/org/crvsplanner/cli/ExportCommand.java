package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.text.AppInfo;
import org.crvsplanner.text.PlainNumber;
import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crvs-planner export}: writes the procurement workbook for one set of inputs. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        modelTransformer = SizingOptions.class,
        sortOptions = false,
        description = "Writes the procurement workbook (.xlsx): summary, assumptions, servers, disk growth "
                + "with a chart, checklist and costs, as live formulas. Takes the same sizing flags as size. With "
                + "ranges or --disk-gb it adds a sheet of values: the bands, the tornado and the fill dates (of the "
                + "provisioned disk unless --disk-gb is given).",
        footer = {"", PlainNumber.RULE})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "PLAN.xlsx",
            description = "The workbook to write, a file ending in .xlsx.")
    private String out;

    @Option(names = "--force", description = "Replace the workbook if it already exists.")
    private boolean force;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Scenario name shown on the summary. Default: the scenario's name, or the file name without .xlsx.")
    private String name;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes shown on the summary. Default: the scenario's notes, or none.")
    private String notes;

    @Mixin
    private ScenarioSource source;

    @Mixin
    private LanguageOption language;

    @Mixin
    private UncertaintyOptions uncertainty;

    @Override
    public Integer call() {
        ProcurementWorkbook.prepare();
        Path target = target();
        Optional<String> hidden = OutputNames.check("--out", target, ProcurementWorkbook.EXTENSION);
        Scenario scenario = source.scenario();
        SizingInputs inputs = uncertainty.likely(source.inputs(spec), spec);
        SizingPlan plan = SizingEngine.plan(inputs);
        Optional<CountrySource> figures = source.source(inputs);
        Outlook outlook = uncertainty.outlook(plan, uncertainty.ranges(scenario, inputs), true);
        // What no --force could make writable (a folder, a device, a link to nothing) is said first.
        AtomicFile.checkTarget(target);
        if (!force && Files.exists(target)) {
            throw new UserFacingException(target + " already exists; add --force to replace it",
                    PlannerCommand.BAD_INPUT);
        }
        WorkbookContent content;
        try {
            String title = name != null ? name : scenario != null && !scenario.name().isBlank() ? scenario.name()
                    : stem(target);
            String text = notes != null ? notes : scenario != null ? scenario.notes() : "";
            if (notes == null && source.importsCountryData() && figures.isPresent()) {
                text = SourceWords.notes(text, figures.get(), inputs.projection(), inputs.horizonYears(),
                        language.wording());
            }
            content = new WorkbookContent(plan, title, text, LocalDate.now(),
                    AppInfo.version(), System.getProperty("user.name", ""), outlook, figures);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), PlannerCommand.BAD_INPUT);
        }
        try {
            ProcurementWorkbook.write(content, target, language.wording());
        } catch (FileProblem e) {
            throw new UserFacingException(e.getMessage(), PlannerCommand.BAD_INPUT);
        }
        PrintWriter printer = spec.commandLine().getOut();
        int servers = plan.totals().servers();
        int years = plan.years().size();
        Wording wording = language.wording();
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        printer.println(ConsoleText.line(language.text("export.wrote", target, language.text(
                wording.pluralKey("export.plan", years), years), language.text(wording.pluralKey("export.servers",
                servers), servers)), args));
        printer.flush();
        hidden.ifPresent(note -> {
            PrintWriter err = spec.commandLine().getErr();
            err.println(ConsoleText.line(BadInputHandler.prefix(spec.commandLine()) + note, args));
            err.flush();
        });
        return 0;
    }

    private Path target() {
        if (!out.toLowerCase(Locale.ROOT).endsWith(ProcurementWorkbook.EXTENSION)) {
            // Excel and file managers go by the extension; a workbook without it would not open.
            throw new UserFacingException("--out must name an " + ProcurementWorkbook.EXTENSION + " file; got '"
                    + ShownText.excerpt(out) + "'", PlannerCommand.BAD_INPUT);
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserFacingException("--out '" + ShownText.excerpt(out) + "' is not a usable file name: "
                    + e.getReason(),
                    PlannerCommand.BAD_INPUT);
        }
    }

    private static String stem(Path target) {
        Path file = target.getFileName();
        String fileName = file == null ? "" : file.toString();
        return fileName.substring(0, fileName.length() - ProcurementWorkbook.EXTENSION.length());
    }
}
