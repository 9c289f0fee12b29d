package org.crvsplanner.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.Operations;
import org.crvsplanner.model.OperationsYear;
import org.crvsplanner.model.Outlook;
import org.crvsplanner.model.Publisher;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.SourcedFigure;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The plan as JSON for scripts. Numbers are the model's doubles written one way: in plain decimal
 * notation, unrounded, and whole numbers without a fraction: 1013.7109501000001, never 1.0137E3;
 * 1 and 30000000, never 1.0 or 3.0E7. A year's {@code recordDataGB}, {@code databaseOverheadGB}
 * and {@code attachmentsGB} are what the year adds; its {@code citizenDataGB},
 * {@code monitoringGB}, {@code loggingGB} and {@code encryptionHeadroomGB} are what the data
 * server holds that year, so that {@code applicationServerDiskGB} is {@code osReserveGB} plus
 * those four.
 */
final class PlanJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PlanJson() {
    }

    static String write(SizingPlan plan) {
        return write(plan, Outlook.NONE, Optional.empty());
    }

    /**
     * The plan with the outlook's sections, when it has any, and with {@code source} where the
     * country's figures came from, when they came from a file.
     */
    static String write(SizingPlan plan, Outlook outlook, Optional<CountrySource> source) {
        try {
            ObjectNode json = toJson(plan);
            source.ifPresent(s -> json.set("source", source(s, plan.inputs())));
            OutlookJson.add(json, outlook, plan.inputs());
            return MAPPER.writeValueAsString(json) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    static ObjectNode toJson(SizingPlan plan) {
        SizingInputs in = plan.inputs();
        ObjectNode root = NODES.objectNode();
        root.put("docsVersion", in.docsVersion().id());
        root.put("stage", in.stage().id());
        root.put("horizonYears", in.horizonYears());
        root.put("maxFillPercent", number(in.maxFillPercent()));
        root.put("backupRule", in.backup().rule().id());
        root.put("topology", in.topology().id());
        root.put("monitoring", in.monitoring().id());
        root.put("monitoringDays", in.monitoringDays());
        root.put("diskEncryption", in.diskEncryption());
        root.put("osReserveGB", number(in.osReserveGb()));
        ArrayNode years = root.putArray("years");
        for (YearProjection y : plan.years()) {
            ObjectNode year = years.addObject();
            year.put("year", y.year());
            year.put("population", number(y.population()));
            year.put("coveragePercent", number(y.coveragePercent()));
            year.put("births", number(y.births()));
            year.put("deaths", number(y.deaths()));
            year.put("otherEvents", number(y.otherEvents()));
            year.put("legacyRecords", number(y.legacyRecords()));
            year.put("records", number(y.records()));
            year.put("recordDataGB", number(y.recordDataGb()));
            year.put("databaseOverheadGB", number(y.databaseOverheadGb()));
            year.put("attachmentsGB", number(y.attachmentsGb()));
            year.put("citizenDataGB", number(y.citizenDataGb()));
            year.put("monitoringGB", number(y.monitoringGb()));
            year.put("loggingGB", number(y.loggingGb()));
            year.put("encryptionHeadroomGB", number(y.encryptionHeadroomGb()));
            year.put("applicationServerDiskGB", number(y.applicationServerDiskGb()));
            year.put("provisionedDiskGB", number(y.provisionedDiskGb()));
            year.put("backupServerDiskGB", number(y.backupServerDiskGb()));
            year.put("provisionedBackupDiskGB", number(y.provisionedBackupDiskGb()));
            year.put("productionServers", y.productionServers());
        }
        root.put("productionServers", plan.productionServers());
        ArrayNode changes = root.putArray("clusterChanges");
        for (ClusterChange c : plan.clusterChanges()) {
            changes.addObject().put("year", c.year()).put("productionServers", c.productionServers());
        }
        ArrayNode servers = root.putArray("servers");
        for (ServerLine s : plan.servers()) {
            ObjectNode server = servers.addObject();
            server.put("environment", s.environment().id());
            server.put("role", ModelWords.label(s.role(), Wording.ENGLISH));
            server.put("count", s.count());
            server.put("cpus", s.cpus());
            server.put("ramGB", s.ramGb());
            server.put("diskGB", number(s.diskGb()));
            server.put("requiredDiskGB", number(s.requiredDiskGb()));
            server.put("os", s.os());
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("servers", plan.totals().servers());
        totals.put("cpus", plan.totals().cpus());
        totals.put("ramGB", plan.totals().ramGb());
        totals.put("diskGB", number(plan.totals().diskGb()));
        root.set("operations", operations(plan.operations()));
        ArrayNode advisories = root.putArray("advisories");
        for (Advisory a : plan.advisories()) {
            advisories.add(ModelWords.advice(a, Wording.ENGLISH));
        }
        return root;
    }

    /**
     * The contract: each year's largest night, its hours and whether it fits; the first
     * year over the window or null; the whole Mbps that fits every night; a full restore's hours.
     */
    private static ObjectNode operations(Operations ops) {
        ObjectNode json = NODES.objectNode();
        ArrayNode years = json.putArray("years");
        for (OperationsYear y : ops.years()) {
            ObjectNode year = years.addObject();
            year.put("year", y.year());
            year.put("nightlyBackupGB", number(y.nightlyBackupGb()));
            year.put("transferHours", number(y.transferHours()));
            year.put("fitsWindow", y.fitsWindow());
        }
        if (ops.firstYearOverWindow().isPresent()) {
            json.put("firstYearOverWindow", ops.firstYearOverWindow().getAsInt());
        } else {
            json.putNull("firstYearOverWindow");
        }
        json.put("linkMbpsNeeded", number(ops.linkMbpsNeeded()));
        json.put("fullRestoreHours", number(ops.fullRestoreHours()));
        return json;
    }

    /**
     * The issue's {@code {"file", "publisher", "country", "year", "lastUpdated"}}: the files joined
     * by ", " and the oldest of their dates; then each figure still in use with its own file and
     * date, and whether each year follows the projection.
     */
    private static ObjectNode source(CountrySource source, SizingInputs in) {
        ObjectNode json = NODES.objectNode();
        json.put("file", String.join(", ", source.files()));
        json.put("publisher", source.publisher() == Publisher.WORLD_BANK ? "World Bank" : "UN WPP");
        json.put("country", source.country());
        json.put("countryName", source.countryName());
        json.put("year", source.year());
        json.put("lastUpdated", source.lastUpdated().map(LocalDate::toString).orElse(null));
        ObjectNode figures = json.putObject("figures");
        for (SourcedFigure figure : source.inUse(in)) {
            ObjectNode f = figures.putObject(figure.field().key());
            f.put("value", number(figure.value()));
            f.put("indicator", figure.indicator());
            f.put("file", figure.file());
            f.put("lastUpdated", figure.updated().map(LocalDate::toString).orElse(null));
        }
        json.put("followsProjection", in.followsProjection());
        return json;
    }

    static BigDecimal number(double value) {
        // Double's shortest text is "1.0" for one but "3.0E7" for thirty million, which plain
        // notation turns into "30000000": without trailing zeros, both are whole.
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
