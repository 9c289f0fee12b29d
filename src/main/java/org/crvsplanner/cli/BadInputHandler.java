package org.crvsplanner.cli;

import java.io.PrintWriter;
import java.util.List;

import org.crvsplanner.countrydata.CountryDataException;
import org.crvsplanner.model.InputField;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.ShownText;
import org.crvsplanner.text.Wording;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns every kind of bad input into one line that names the flag and what it allows, and exit
 * status 2. A stack trace is never the message.
 */
final class BadInputHandler implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return report(ex.getCommandLine(), describe(ex), List.of(args));
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        List<String> args = parseResult == null ? List.of() : parseResult.originalArgs();
        if (ex instanceof InvalidInputException) {
            InvalidInputException invalid = (InvalidInputException) ex;
            return report(commandLine, ModelWords.message(invalid, SizingOptions.flagFor(invalid.field())), args);
        }
        if (ex instanceof UserFacingException) {
            print(commandLine, commandLine.getCommandName() + ": " + ex.getMessage(), args);
            return ((UserFacingException) ex).exitCode();
        }
        if (ex instanceof CountryDataException) {
            // A World Bank or UN file that cannot be used; its message names the file and what was expected.
            commandLine.getErr().println(commandLine.getCommandName() + ": " + ex.getMessage());
            commandLine.getErr().flush();
            return PlannerCommand.BAD_INPUT;
        }
        if (ex instanceof FileProblem) {
            // A scenario file that cannot be read or written; its message names the file.
            print(commandLine, commandLine.getCommandName() + ": " + ex.getMessage(), args);
            return PlannerCommand.BAD_INPUT;
        }
        throw ex;
    }

    private static int report(CommandLine commandLine, String message, List<String> args) {
        print(commandLine, commandLine.getCommandSpec().qualifiedName() + ": " + message + " (see --help)", args);
        return PlannerCommand.BAD_INPUT;
    }

    /** One line on standard error, with the values it quotes shortened and made visible. */
    private static void print(CommandLine commandLine, String message, List<String> args) {
        PrintWriter err = commandLine.getErr();
        err.println(ConsoleText.line(message, args));
        err.flush();
    }

    private static String describe(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec && ex.getCause() instanceof TypeConversionException) {
            String flag = ((OptionSpec) arg).longestName();
            NumberInput number = SizingOptions.numberFor(flag);
            if (number != null) {
                InputField field = number.field();
                return flag + " must be " + (field.whole() ? "a whole number " : "a number ")
                        + ModelWords.range(field, Wording.ENGLISH) + "; got '" + ShownText.excerpt(ex.getValue()) + "'";
            }
            return flag + " " + ex.getCause().getMessage();
        }
        return ex.getMessage();
    }
}
