package org.crvsplanner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crvsplanner.model.InputRange;
import org.crvsplanner.model.InputRanges;
import org.crvsplanner.model.Inputs;
import org.crvsplanner.model.InvalidInputException;
import org.crvsplanner.model.NumberInput;
import org.crvsplanner.model.SizingInputs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code ranges} of a scenario document (schema 1.1): for some inputs, a low and a high
 * around the likely value, which is the input's own value in {@code inputs}. Each problem names
 * the very field, as {@link TreeReader} does for the inputs.
 */
final class RangesReader {
    private RangesReader() {
    }

    /**
     * @param likely the inputs as read, whose values are the ranges' likely values
     * @param dropped collects fields inside a range that this version does not know
     * @throws FieldError naming the first field that is wrong
     */
    static InputRanges read(JsonNode root, SizingInputs likely, List<String> dropped) {
        JsonNode node = root.get(ScenarioFormat.RANGES);
        if (node == null) {
            return InputRanges.NONE;
        }
        Where at = Where.ROOT.field(ScenarioFormat.RANGES);
        if (!node.isObject()) {
            throw new FieldError(at, FileWords.of("field.notObject", at, Json.describe(node)));
        }
        List<InputRange> ranges = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Where where = at.field(entry.getKey());
            Optional<NumberInput> input = Inputs.withRangeKey(entry.getKey());
            if (input.isEmpty()) {
                String keys = Inputs.WITH_RANGES.stream().map(NumberInput::key).collect(Collectors.joining(", "));
                throw new FieldError(where, FileWords.of("field.noRange", where, entry.getKey(), keys));
            }
            ranges.add(range(input.get(), entry.getValue(), where, dropped));
        }
        for (InputRange range : ranges) {
            check(range, likely, at.field(range.input().key()));
        }
        return new InputRanges(ranges);
    }

    private static void check(InputRange range, SizingInputs likely, Where where) {
        try {
            range.checkOrder(range.input().get(likely));
        } catch (InvalidInputException e) {
            throw new FieldError(where, TreeReader.modelProblem(e, where));
        }
        end(range, likely, range.low(), where.field(ScenarioFormat.LOW));
        end(range, likely, range.high(), where.field(ScenarioFormat.HIGH));
    }

    /** An end that breaks a rule between inputs; the rule may be another input's. */
    private static void end(InputRange range, SizingInputs likely, double end, Where where) {
        try {
            range.at(likely, end);
        } catch (InvalidInputException e) {
            if (e.field() == range.input().field()) {
                throw new FieldError(where, TreeReader.modelProblem(e, where));
            }
            Where other = Where.ROOT.field(ScenarioFormat.INPUTS).field(e.field().key());
            throw new FieldError(where, FileWords.of("field.rangeEnd", where, end,
                    TreeReader.modelProblem(e, other)));
        }
    }

    private static InputRange range(NumberInput input, JsonNode node, Where where, List<String> dropped) {
        if (!node.isObject()) {
            throw new FieldError(where, FileWords.of("field.notRange", where, Json.describe(node)));
        }
        double low = bound(input, node, where.field(ScenarioFormat.LOW), ScenarioFormat.LOW);
        double high = bound(input, node, where.field(ScenarioFormat.HIGH), ScenarioFormat.HIGH);
        node.fieldNames().forEachRemaining(key -> {
            if (!ScenarioFormat.RANGE_KEYS.contains(key)) {
                dropped.add(where.field(key).toString());
            }
        });
        return InputRange.of(input, low, high);
    }

    private static double bound(NumberInput input, JsonNode range, Where where, String key) {
        JsonNode node = range.get(key);
        if (node == null) {
            throw new FieldError(where, where.parent(), FileWords.of("field.missing", where));
        }
        double value = TreeReader.number(node, where);
        try {
            return input.field().check(value);
        } catch (InvalidInputException e) {
            throw new FieldError(where, TreeReader.modelProblem(e, where));
        }
    }
}
