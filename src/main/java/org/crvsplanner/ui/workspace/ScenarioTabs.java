package org.crvsplanner.ui.workspace;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The open scenarios as tabs, kept in step with the workspace both ways: a scenario opened or
 * closed adds or removes its tab, and the tab brought to front selects its scenario. A tab's
 * close button asks the workspace, through {@code close}, rather than closing by itself.
 *
 * <p>What a tab shows is made by {@code content}, which the wiring supplies: the workspace knows
 * scenarios, not the panels that show their inputs and plan.
 *
 * @param <V> the view of one scenario
 */
public final class ScenarioTabs<V extends Node> extends TabPane {
    private final Map<ScenarioViewModel, Tab> tabs = new IdentityHashMap<>();
    private final Map<Tab, ScenarioViewModel> scenarios = new IdentityHashMap<>();
    private final Map<Tab, V> views = new IdentityHashMap<>();
    private final Function<ScenarioViewModel, V> content;

    /**
     * @param close asks to close a scenario, as its tab's close button does
     * @param content makes the view of a scenario, once for each tab
     */
    public ScenarioTabs(WorkspaceViewModel workspace, Consumer<ScenarioViewModel> close,
            Function<ScenarioViewModel, V> content) {
        this.content = content;
        setId("scenario-tabs");
        getStyleClass().add(Styles.SCENARIO_TABS);
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        setTabDragPolicy(TabDragPolicy.FIXED);
        for (int i = 0; i < workspace.scenarios().size(); i++) {
            getTabs().add(tab(workspace.scenarios().get(i), close));
        }
        workspace.scenarios().addListener((ListChangeListener<ScenarioViewModel>) change -> {
            while (change.next()) {
                for (ScenarioViewModel removed : change.getRemoved()) {
                    Tab tab = tabs.remove(removed);
                    scenarios.remove(tab);
                    views.remove(tab);
                    getTabs().remove(tab);
                }
                for (int i = change.getFrom(); i < change.getTo() && change.wasAdded(); i++) {
                    getTabs().add(i, tab(workspace.scenarios().get(i), close));
                }
            }
        });
        select(workspace.getSelected());
        workspace.selectedProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                workspace.selectedProperty().set(scenarios.get(tab));
            }
        });
    }

    private Tab tab(ScenarioViewModel scenario, Consumer<ScenarioViewModel> close) {
        Tab tab = new Tab();
        tab.textProperty().bind(scenario.tabTextProperty());
        V view = content.apply(scenario);
        tab.setContent(view);
        views.put(tab, view);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> scenario.getFile() == null
                ? I18n.get("workspace.tab.notSaved") : I18n.get("workspace.tab.savedIn", scenario.getFile()),
                scenario.fileProperty(), I18n.languageProperty()));
        tab.setTooltip(tooltip);
        tab.setOnCloseRequest(e -> {
            // The workspace decides, after asking about unsaved changes; it removes the tab.
            e.consume();
            close.accept(scenario);
        });
        tabs.put(scenario, tab);
        scenarios.put(tab, scenario);
        return tab;
    }

    private void select(ScenarioViewModel scenario) {
        Tab tab = scenario == null ? null : tabs.get(scenario);
        if (tab != null && getSelectionModel().getSelectedItem() != tab) {
            getSelectionModel().select(tab);
        }
    }

    /** The view of the tab in front, or null when no scenario is open. */
    public V selectedView() {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab == null ? null : views.get(tab);
    }

    /** The tab of an open scenario, or null. */
    public Tab tabOf(ScenarioViewModel scenario) {
        return tabs.get(scenario);
    }

    /** The workspace's stylesheet: the scenario header, the tabs, the empty workspace and the recovery dialog. */
    public static String stylesheet() {
        return ScenarioTabs.class.getResource("workspace.css").toExternalForm();
    }
}
