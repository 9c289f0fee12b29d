package org.crvsplanner.scenario;

import java.util.List;

import org.crvsplanner.model.Input;
import org.crvsplanner.model.Inputs;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The names, order and limits of the scenario file format (docs/scenario-format.md). Input keys
 * are the model's own {@link InputField#key()} names, so a range message from the model names the
 * JSON field as it is written in the file.
 */
final class ScenarioFormat {
    static final String SCHEMA_VERSION = "schemaVersion";
    static final String NAME = "name";
    static final String NOTES = "notes";
    static final String INPUTS = "inputs";
    static final String RANGES = "ranges";
    static final String LOW = "low";
    static final String HIGH = "high";
    /** Since 1.1: where the population and rates came from. */
    static final String COUNTRY_DATA = "countryData";

    static final String EVENT_NAME = "name";
    static final String EVENT_RATE = "ratePerThousand";
    static final String EVENT_ATTACHMENTS = "attachmentsPerRecord";

    /** Known keys in the order they are written; unknown keys follow in the order they were read. */
    static final List<String> TOP_LEVEL_KEYS = List.of(SCHEMA_VERSION, NAME, NOTES, COUNTRY_DATA, INPUTS, RANGES);
    static final List<String> RANGE_KEYS = List.of(LOW, HIGH);
    static final List<String> INPUT_KEYS = Inputs.ALL.stream().map(Input::key).toList();
    static final List<String> EVENT_KEYS = List.of(EVENT_NAME, EVENT_RATE, EVENT_ATTACHMENTS);

    /** Far above any real scenario (a few kB), low enough that reading one is always quick. */
    static final int MAX_BYTES = 1_000_000;
    /** A scenario is 4 levels deep; the rest is room for fields of newer versions. */
    static final int MAX_DEPTH = 32;

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // A message quotes at most the start of a token, not a whole line of garbage.
                    .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(40).build())
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .nodeFactory(NODES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ScenarioFormat() {
    }
}
