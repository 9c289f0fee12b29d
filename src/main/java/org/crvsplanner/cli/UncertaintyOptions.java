package org.crvsplanner.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.OptionalDouble;

import org.crvsplanner.model.FillDates;
import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.MonteCarlo;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.scenario.Scenario;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Ranges, the Monte Carlo run and fill dates, shared by {@code size} and {@code export}:
 * {@code --range}, {@code --trials}, {@code --seed} and {@code --disk-gb}.
 */
final class UncertaintyOptions {
    static final String TRIALS = "--trials";
    static final String SEED = "--seed";
    static final String DISK = "--disk-gb";

    @Option(names = RangeFlag.FLAG, paramLabel = "NAME=LOW:LIKELY:HIGH", converter = RangeFlag.Converter.class,
            description = "A range around an input that is an estimate: population, crudeBirthRate, crudeDeathRate, "
                    + "attachmentsPerRecord, mbPerAttachment, growthPercent or coverageStartPercent (the scenario "
                    + "file's names). LIKELY is the input's value, LOW and HIGH the ends of a triangular "
                    + "distribution; e.g. " + RangeFlag.EXAMPLE + ". Adds P10/P50/P90 bands and a tornado. "
                    + "Repeatable; replaces the scenario file's range of the same input.")
    private List<RangeFlag> ranges = new ArrayList<>();

    @Option(names = TRIALS, paramLabel = "N", converter = WholeNumber.class,
            description = "Monte Carlo trials when there are ranges, between " + MonteCarlo.MIN_TRIALS + " and "
                    + "100,000. Default: 10,000.")
    private long trials = MonteCarlo.DEFAULT_TRIALS;

    @Option(names = SEED, paramLabel = "S", converter = WholeNumber.class,
            description = "Seed of the trials' random numbers; the same seed gives the same bands. Default: "
                    + MonteCarlo.DEFAULT_SEED + ".")
    private long seed = MonteCarlo.DEFAULT_SEED;

    @Option(names = DISK, paramLabel = "GB", converter = DiskSize.class,
            description = "A disk per server, in GB: the month in which the data reach 50%% (OpenCRVS warns), 70%% "
                    + "(it alerts) and 100%% of it, counting each year's registrations evenly over its months.")
    private Double diskGb;

    /**
     * The inputs with each range's likely value in place.
     *
     * @throws UserFacingException when a range's likely value and the input's own flag disagree
     */
    SizingInputs likely(SizingInputs inputs, CommandSpec spec) {
        SizingInputs.Builder builder = inputs.toBuilder();
        for (RangeFlag flag : ranges) {
            String own = SizingOptions.flag(flag.input());
            if (spec.commandLine().getParseResult().hasMatchedOption(own) && flag.input().get(inputs) != flag.likely()) {
                throw new UserFacingException(RangeFlag.FLAG + " '" + flag.text() + "' has the likely value "
                        + ModelWords.figure(flag.likely()) + " but " + own + " gives " + ModelWords.figure(
                        flag.input().get(inputs)) + "; give one value (the likely one) or the same in both",
                        PlannerCommand.BAD_INPUT);
            }
            flag.input().set(builder, flag.likely());
        }
        return builder.build();
    }

    /**
     * The scenario file's ranges with the flags' on top, checked against the inputs.
     *
     * @throws InvalidInputException when a flag's range breaks a rule between inputs
     * @throws UserFacingException when a range from the file no longer fits the inputs the flags set
     */
    InputRanges ranges(Scenario base, SizingInputs likely) {
        InputRanges result = base == null ? InputRanges.NONE : base.ranges();
        Set<NumberInput> given = new HashSet<>();
        for (RangeFlag flag : ranges) {
            if (!given.add(flag.input())) {
                throw new UserFacingException(RangeFlag.FLAG + " " + flag.input().key()
                        + " is given twice; give one range per input", PlannerCommand.BAD_INPUT);
            }
            result = result.with(flag.range());
        }
        for (InputRange range : result.ranges()) {
            boolean fromFlag = given.contains(range.input());
            String which = fromFlag ? RangeFlag.FLAG + " " + range.input().key()
                    : "ranges." + range.input().key() + " from the scenario file";
            String hint = fromFlag ? "" : " (give " + RangeFlag.FLAG + " " + range.input().key()
                    + "=LOW:LIKELY:HIGH to change it)";
            try {
                range.checkOrder(range.input().get(likely));
            } catch (InvalidInputException e) {
                throw new UserFacingException(which + " " + ModelWords.problem(e, Wording.ENGLISH) + hint,
                        PlannerCommand.BAD_INPUT);
            }
            end(range, likely, "low", range.low(), which, hint);
            end(range, likely, "high", range.high(), which, hint);
        }
        return result;
    }

    /** An end of a range that breaks a rule between inputs, which may be another input's rule. */
    private static void end(InputRange range, SizingInputs likely, String end, double value, String which,
            String hint) {
        try {
            range.at(likely, value);
        } catch (InvalidInputException e) {
            String rule = e.field() == range.input().field() ? ModelWords.problem(e, Wording.ENGLISH)
                    : "breaks a rule of the other inputs: " + ModelWords.message(e, SizingOptions.flagFor(e.field()));
            throw new UserFacingException(which + " " + end + " of " + ModelWords.figure(value) + " " + rule + hint,
                    PlannerCommand.BAD_INPUT);
        }
    }

    /** The outlook of a plan with these ranges, or {@link Outlook#NONE} without ranges or disk. */
    Outlook outlook(SizingPlan plan, InputRanges ranges) {
        return outlook(plan, ranges, false);
    }

    /**
     * Like {@link #outlook(SizingPlan, InputRanges)}; with {@code provisionedByDefault}, ranges
     * without {@code --disk-gb} give the fill dates of the disk the plan provisions, the one a
     * ministry would buy.
     */
    Outlook outlook(SizingPlan plan, InputRanges ranges, boolean provisionedByDefault) {
        if (!MonteCarlo.isTrialCount(trials)) {
            throw new UserFacingException(TRIALS + " must be a whole number between " + MonteCarlo.MIN_TRIALS
                    + " and " + ModelWords.figure(MonteCarlo.MAX_TRIALS) + "; got " + trials + " (see --help)",
                    PlannerCommand.BAD_INPUT);
        }
        OptionalDouble disk = diskGb == null ? OptionalDouble.empty() : OptionalDouble.of(diskGb);
        double provisioned = plan.horizonYear().provisionedDiskGb();
        if (disk.isEmpty() && provisionedByDefault && !ranges.isEmpty() && FillDates.isDiskSize(provisioned)) {
            disk = OptionalDouble.of(provisioned);
        }
        if (ranges.isEmpty() && disk.isEmpty()) {
            return Outlook.NONE;
        }
        return Outlook.of(plan, ranges, (int) trials, seed, disk);
    }

    /** A whole number, said so when it is not: "--seed must be a whole number; got 'x'". */
    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number; got '" + value + "'");
            }
        }
    }

    /** A disk size in GB within what fill dates accept. */
    static final class DiskSize implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double gb;
            try {
                gb = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                gb = Double.NaN;
            }
            if (!FillDates.isDiskSize(gb)) {
                throw new TypeConversionException("must be a number between " + ModelWords.figure(FillDates.MIN_DISK_GB)
                        + " and " + ModelWords.figure(FillDates.MAX_DISK_GB) + " GB; got '" + value + "'");
            }
            return gb;
        }
    }
}
