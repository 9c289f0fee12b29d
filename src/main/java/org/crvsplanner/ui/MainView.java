package org.crvsplanner.ui;

import org.crvsplanner.AppInfo;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.chart.DiskChartViewModel;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.plan.PlanViewModel;
import org.crvsplanner.ui.working.WorkingView;
import org.crvsplanner.ui.working.WorkingViewModel;

import java.util.function.Consumer;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.ui.export.ExportAction;
import org.crvsplanner.ui.export.ExportViewModel;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The one window: inputs on the left, the disk chart above the plan in the centre, menus on top,
 * and a status line that says when the plan shown is the last valid one.
 */
public final class MainView extends BorderPane {
    private final PlannerViewModel model;
    private final WorkingViewModel working;
    private final InputsView inputs;
    private final PlanView plan;
    private final DiskChartView chart;
    private final Menu fileMenu = new Menu("_File");
    private final Theme theme;
    private final StatusBar status = new StatusBar();
    private final ExportAction export;
    private Consumer<String> openDocument = uri -> { };
    private Stage workingStage;

    public MainView(PlannerViewModel model, Theme theme) {
        this.model = model;
        this.theme = theme;
        this.working = new WorkingViewModel(model.planProperty());
        inputs = new InputsView(model);
        inputs.setPrefWidth(330);
        inputs.setMinWidth(280);
        chart = new DiskChartView(new DiskChartViewModel(model.planProperty()));
        plan = new PlanView(new PlanViewModel(model.planProperty()));
        ScrollPane planScroll = new ScrollPane(plan);
        planScroll.setFitToWidth(true);

        SplitPane centre = new SplitPane(new LayoutBoundary(chart), new LayoutBoundary(planScroll));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);

        export = new ExportAction(new ExportViewModel(model.planProperty(), () -> "", () -> ""), this, status,
                uri -> openDocument.accept(uri), theme.preferences());
        setTop(menus());
        setLeft(new LayoutBoundary(inputs));
        setCenter(centre);
        setBottom(status());
    }

    private MenuBar menus() {
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> Platform.exit());
        quit.setId("quit");
        fileMenu.getItems().setAll(export.menuItem(), new SeparatorMenuItem(), quit);

        MenuItem docs = item("OpenCRVS _docs example", "Shortcut+D", model::showDocsExample);
        docs.setId("menu-docs-example");
        MenuItem reset = item("_Reset all inputs", "Shortcut+R", model::resetAll);
        Menu edit = new Menu("_Edit", null, docs, reset);

        MenuItem showWorking = item("Show the _working", "F3", this::showWorking);
        showWorking.setId("show-working");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light theme");
        RadioMenuItem dark = new RadioMenuItem("_Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (theme.isDark() ? dark : light).setSelected(true);
        light.setOnAction(e -> theme.apply(false));
        dark.setOnAction(e -> theme.apply(true));
        Menu view = new Menu("_View", null, showWorking, new SeparatorMenuItem(), light, dark);

        MenuItem about = item("_About", null, this::showAbout);
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = new MenuBar(fileMenu, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private StatusBar status() {
        status.setId("status");
        Runnable update = () -> {
            // While an export runs, the status bar shows its progress instead.
            if (!status.textProperty().isBound()) {
                status.setText(model.validProperty().get()
                        ? "Plan is up to date. Figures follow the OpenCRVS documentation's formula exactly."
                        : "Some inputs are invalid; the plan shown is the last valid one."
                                + (model.problemProperty().get() != null ? " " + model.problemProperty().get() : ""));
            }
        };
        update.run();
        model.validProperty().addListener(obs -> update.run());
        model.problemProperty().addListener(obs -> update.run());
        return status;
    }

    /** Opens "Show the working", or brings it to the front. */
    public void showWorking() {
        if (workingStage != null && workingStage.isShowing()) {
            workingStage.toFront();
            return;
        }
        workingStage = WorkingView.open(getScene().getWindow(), working, getScene().getStylesheets());
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(getScene().getWindow());
        about.setTitle("About " + AppInfo.name());
        about.setHeaderText(AppInfo.name() + " " + AppInfo.version());
        about.setContentText("Sizes the servers of an OpenCRVS deployment.\n\nEvery rule comes from the "
                + AppInfo.seed() + ". Where the page's worked example slips (1,012.47 GB), the planner follows "
                + "its formula exactly (1,013.71 GB).\n\nLicensed under the Mozilla Public License 2.0.");
        about.getDialogPane().setPrefWidth(480);
        about.showAndWait();
    }

    /** Lets the export's notification open the workbook with the desktop's application. */
    public void setDocumentOpener(Consumer<String> opener) {
        openDocument = opener;
    }

    public ExportAction export() {
        return export;
    }

    /** The File menu, for the save, open and export actions that come later. */
    public Menu fileMenu() {
        return fileMenu;
    }

    public InputsView inputs() {
        return inputs;
    }

    public PlanView plan() {
        return plan;
    }

    public DiskChartView chart() {
        return chart;
    }
}
