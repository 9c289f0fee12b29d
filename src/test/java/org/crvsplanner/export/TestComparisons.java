package org.crvsplanner.export;

import java.util.ArrayList;
import java.util.List;

import org.crvsplanner.model.SizingInputs;
import org.crvsplanner.model.SizingPlan;
import org.crvsplanner.model.YearProjection;
import org.crvsplanner.text.ModelWords;
import org.crvsplanner.text.Wording;

/** Comparisons of real plans, worded as the window words its table, for the workbook's tests. */
final class TestComparisons {
    /** The rows the tests read, by position from the first data row. */
    static final int VERSION = 0;
    static final int STAGE = 1;
    static final int RECORDS = 2;
    static final int FIRST_DISK = 3;
    static final int BACKUP = 4;
    static final int BIRTH_RATE = 5;

    private TestComparisons() {
    }

    /** The documentation's example over one year, the defaults over five, and a pilot. */
    static List<SizingPlan> plans() {
        return List.of(SizingPlan.of(SizingInputs.docsExample()), SizingPlan.of(SizingInputs.defaults()),
                SizingPlan.of(TestPlans.pilot()));
    }

    static Comparison of(List<String> names, List<SizingPlan> plans, Wording wording) {
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(new Comparison.Words("OpenCRVS version",
                plans.stream().map(p -> ModelWords.label(p.inputs().docsVersion(), wording)).toList()));
        rows.add(new Comparison.Words("Deployment stage",
                plans.stream().map(p -> ModelWords.label(p.inputs().stage(), wording)).toList()));
        rows.add(new Comparison.Figure("Records in year 1", "records", 0,
                plans.stream().map(p -> p.firstYear().records()).toList()));
        rows.add(new Comparison.Figure("Disk in year 1", wording.unit("GB"), 2,
                plans.stream().map(p -> p.firstYear().applicationServerDiskGb()).toList()));
        rows.add(new Comparison.Figure("Backup disk", wording.unit("GB"), 2,
                plans.stream().map(p -> p.horizonYear().backupServerDiskGb()).toList()));
        rows.add(new Comparison.Figure("Crude birth rate", "per 1,000 people", 3,
                plans.stream().map(p -> p.inputs().crudeBirthRate()).toList()));
        List<Comparison.Curve> curves = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            curves.add(new Comparison.Curve(names.get(i) + ": required",
                    plans.get(i).years().stream().mapToDouble(YearProjection::applicationServerDiskGb).toArray()));
            curves.add(new Comparison.Curve(names.get(i) + ": provisioned",
                    plans.get(i).years().stream().mapToDouble(YearProjection::provisionedDiskGb).toArray()));
        }
        return new Comparison(names, rows, curves, "GB", TestPlans.DATE, "1.2.3");
    }
}
