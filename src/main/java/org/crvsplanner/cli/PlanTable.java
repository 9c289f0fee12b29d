package org.crvsplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crvsplanner.model.Advisory;
import org.crvsplanner.model.ClusterChange;
import org.crvsplanner.model.CountrySource;
import org.crvsplanner.model.ServerLine;
import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.Totals;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.RuleWords;
import org.crvsplanner.text.SourceWords;
import org.crvsplanner.text.Wording;

/** The plan as readable text in one language: the yearly projection, the server list and the advice. */
final class PlanTable {
    private static final String NL = System.lineSeparator();

    private final Wording wording;

    private PlanTable(Wording wording) {
        this.wording = wording;
    }

    static String write(SizingPlan plan) {
        return write(plan, Wording.ENGLISH);
    }

    static String write(SizingPlan plan, Wording wording) {
        return write(plan, Optional.empty(), wording);
    }

    /** With a line on where the country's figures came from, and the projection followed. */
    static String write(SizingPlan plan, Optional<CountrySource> source, Wording wording) {
        return new PlanTable(wording).table(plan, source);
    }

    private String text(String key, Object... args) {
        return LanguageOption.text(wording, key, args);
    }

    private String table(SizingPlan plan, Optional<CountrySource> source) {
        SizingInputs in = plan.inputs();
        StringBuilder out = new StringBuilder();
        int horizon = in.horizonYears();
        out.append(text("table.title", ModelWords.label(in.stage(), wording), text(wording.pluralKey("table.years", horizon),
                horizon), wording.number(in.maxFillPercent(), 2), ModelWords.label(in.docsVersion(), wording))).append(NL);
        source.ifPresent(s -> out.append(SourceWords.summary(s, wording)).append(NL));
        if (in.followsProjection()) {
            out.append(SourceWords.projection(in.projection(), horizon, wording)).append(NL);
        }
        out.append(RuleWords.diskFormula(in, wording)).append(NL);
        for (String missing : RuleWords.missingRules(in, wording)) {
            out.append(missing).append(NL);
        }
        out.append(NL);
        years(plan, out);
        out.append(NL).append(text("table.productionServers", plan.productionServers()));
        for (ClusterChange change : plan.clusterChanges()) {
            out.append(text("table.grow", change.productionServers(), change.year()));
        }
        out.append(NL).append(NL).append(text("table.serversAtHorizon", horizon)).append(NL);
        servers(plan, out);
        out.append(NL);
        OperationsLines.append(plan, wording, out);
        out.append(NL).append(text("table.advice")).append(NL);
        for (Advisory advisory : plan.advisories()) {
            out.append("- ").append(ModelWords.advice(advisory, wording)).append(NL);
        }
        return out.toString();
    }

    /** A right-aligned header, as {@link TextTable} marks them. */
    private String right(String key) {
        return ">" + text(key);
    }

    private void years(SizingPlan plan, StringBuilder out) {
        // Other events, legacy records and the parts of later versions' formulas get a column
        // only when they are part of the plan.
        boolean other = !plan.inputs().otherEvents().isEmpty();
        boolean legacy = plan.inputs().legacy().records() > 0;
        boolean overhead = plan.inputs().rules().databaseOverheadPercent() > 0;
        boolean monitoring = plan.horizonYear().monitoringGb() > 0 || plan.horizonYear().loggingGb() > 0;
        boolean headroom = plan.horizonYear().encryptionHeadroomGb() > 0;
        List<String> headers = new ArrayList<>(List.of(right("table.year"), right("table.population"),
                right("table.coverage"), right("table.births"), right("table.deaths")));
        if (other) {
            headers.add(right("table.otherEvents"));
        }
        if (legacy) {
            headers.add(right("table.legacy"));
        }
        headers.addAll(List.of(right("table.records"), right("table.recordData")));
        if (overhead) {
            headers.add(right("table.overhead"));
        }
        headers.add(right("table.attachments"));
        if (monitoring) {
            headers.addAll(List.of(right("table.monitoring"), right("table.logging")));
        }
        if (headroom) {
            headers.add(right("table.headroom"));
        }
        headers.addAll(List.of(right("table.appDisk"), right("table.provisioned"), right("table.backupDisk"),
                right("table.prodServers")));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (YearProjection y : plan.years()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(y.year()), wording.whole(y.population()),
                    percent(y.coveragePercent()), wording.whole(y.births()), wording.whole(y.deaths())));
            if (other) {
                cells.add(wording.whole(y.otherEvents()));
            }
            if (legacy) {
                cells.add(wording.whole(y.legacyRecords()));
            }
            cells.addAll(List.of(wording.whole(y.records()), wording.gb(y.recordDataGb())));
            if (overhead) {
                cells.add(wording.gb(y.databaseOverheadGb()));
            }
            cells.add(wording.gb(y.attachmentsGb()));
            if (monitoring) {
                cells.addAll(List.of(wording.gb(y.monitoringGb()), wording.gb(y.loggingGb())));
            }
            if (headroom) {
                cells.add(wording.gb(y.encryptionHeadroomGb()));
            }
            cells.addAll(List.of(wording.gb(y.applicationServerDiskGb()), wording.gb(y.provisionedDiskGb()),
                    wording.gb(y.backupServerDiskGb()), Integer.toString(y.productionServers())));
            table.row(cells.toArray(String[]::new));
        }
        table.appendTo(out);
    }

    private String percent(double value) {
        return wording.withUnit(wording.number(value, 1), "%");
    }

    private void servers(SizingPlan plan, StringBuilder out) {
        TextTable table = new TextTable(text("table.environment"), text("table.role"), right("table.count"),
                right("table.cpus"), right("table.ram"), right("table.disk"), right("table.requiredDisk"),
                text("table.os"));
        for (ServerLine s : plan.servers()) {
            table.row(ModelWords.label(s.environment(), wording), ModelWords.label(s.role(), wording), Integer.toString(s.count()),
                    Integer.toString(s.cpus()), wording.withUnit(Integer.toString(s.ramGb()), "GB"),
                    wording.gb(s.diskGb()), wording.gb(s.requiredDiskGb()), s.os());
        }
        Totals t = plan.totals();
        table.row(text("table.total"), "", Integer.toString(t.servers()), Integer.toString(t.cpus()),
                wording.withUnit(wording.whole(t.ramGb()), "GB"), wording.gb(t.diskGb()), "", "");
        table.appendTo(out);
    }
}
