package org.crvsplanner.ui.app;

import org.controlsfx.control.StatusBar;
import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.chart.DiskChartView;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.inputs.InputsView;
import org.crvsplanner.ui.plan.PlanView;
import org.crvsplanner.ui.workspace.ScenarioTabs;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The one window's layout: menus on top, a tab per open scenario (or, with none open, a way to
 * start one), and along the bottom a slot for the walkthrough's card above the status line. What
 * the menus and keys do is wired in {@link PlannerWindow}.
 */
public final class MainView extends BorderPane {
    private final ScenarioTabs<ScenarioView> tabs;
    private final MenuBar menus = new MenuBar();
    private final StatusBar status = new StatusBar();
    private final VBox bottom = new VBox(status);

    /**
     * @param noScenario true while no scenario is open, when the empty workspace shows
     * @param newScenario and {@code open}: what the empty workspace's buttons do
     */
    MainView(ScenarioTabs<ScenarioView> tabs, ObservableValue<String> statusText, ObservableBooleanValue noScenario,
            Runnable newScenario, Runnable open) {
        this.tabs = tabs;
        getStylesheets().add(ScenarioTabs.stylesheet());
        // Made now, filled by the wiring: the menus stay the first of the window's children, drawn
        // and traversed first.
        menus.setUseSystemMenuBar(true);
        setTop(menus);
        status.setId("status");
        status.textProperty().bind(statusText);
        setCenter(new StackPane(tabs, emptyWorkspace(noScenario, newScenario, open)));
        setBottom(bottom);
    }

    private static Node emptyWorkspace(ObservableBooleanValue noScenario, Runnable newScenario, Runnable open) {
        Label message = new Label();
        message.textProperty().bind(I18n.text("window.empty.message"));
        VBox empty = new VBox(message, button("window.empty.new", newScenario),
                button("window.empty.open", open));
        empty.getStyleClass().add(Styles.EMPTY_WORKSPACE);
        empty.visibleProperty().bind(noScenario);
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private static Button button(String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(I18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The menu bar, which {@link MainMenu} fills. */
    MenuBar menuBar() {
        return menus;
    }

    /** Where the walkthrough's card goes, above the status line. */
    VBox cardSlot() {
        return bottom;
    }

    /** The status line, where longer work such as an export shows its progress. */
    public StatusBar statusBar() {
        return status;
    }

    /** The File menu. */
    public Menu fileMenu() {
        return menus.getMenus().get(0);
    }

    public ScenarioTabs<ScenarioView> tabs() {
        return tabs;
    }

    /** The tab of the scenario in front, or null when none is open. */
    public ScenarioView selectedScenarioView() {
        return tabs.selectedView();
    }

    public InputsView inputs() {
        return tabs.selectedView().inputs();
    }

    public PlanView plan() {
        return tabs.selectedView().plan();
    }

    public DiskChartView chart() {
        return tabs.selectedView().chart();
    }
}
