package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.crvsplanner.text.AppInfo;
import org.crvsplanner.export.ProcurementWorkbook;
import org.crvsplanner.export.WorkbookContent;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingEngine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.text.Wording;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.scenario.Scenario;

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
                + "provisioned disk unless --disk-gb is given).")
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
        Scenario scenario = source.scenario();
        SizingInputs inputs = uncertainty.likely(source.inputs(spec), spec);
        SizingPlan plan = SizingEngine.plan(inputs);
        Outlook outlook = uncertainty.outlook(plan, uncertainty.ranges(scenario, inputs), true);
        if (Files.isDirectory(target)) {
            throw new UserFacingException("Cannot use " + target + ": it is a folder, not a file",
                    PlannerCommand.BAD_INPUT);
        }
        if (!force && Files.exists(target)) {
            throw new UserFacingException(target + " already exists; add --force to replace it",
                    PlannerCommand.BAD_INPUT);
        }
        WorkbookContent content;
        try {
            String title = name != null ? name : scenario != null && !scenario.name().isBlank() ? scenario.name()
                    : stem(target);
            String text = notes != null ? notes : scenario != null ? scenario.notes() : "";
            content = new WorkbookContent(plan, title, text, LocalDate.now(),
                    AppInfo.version(), System.getProperty("user.name", ""), outlook);
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
        printer.println(language.text("export.wrote", target, language.text(wording.pluralKey("export.plan", years),
                years), language.text(wording.pluralKey("export.servers", servers), servers)));
        printer.flush();
        return 0;
    }

    private Path target() {
        if (!out.toLowerCase(Locale.ROOT).endsWith(ProcurementWorkbook.EXTENSION)) {
            // Excel and file managers go by the extension; a workbook without it would not open.
            throw new UserFacingException("--out must name an " + ProcurementWorkbook.EXTENSION + " file; got '" + out
                    + "'", PlannerCommand.BAD_INPUT);
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserFacingException("--out '" + out + "' is not a usable file name: " + e.getReason(),
                    PlannerCommand.BAD_INPUT);
        }
    }

    private static String stem(Path target) {
        Path file = target.getFileName();
        String fileName = file == null ? "" : file.toString();
        return fileName.substring(0, fileName.length() - ProcurementWorkbook.EXTENSION.length());
    }
}
