package org.crvsplanner.ui.workspace;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.crvsplanner.ui.base.Styles;
import org.crvsplanner.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The open scenarios as tabs, kept in step with the workspace both ways: a scenario opened or
 * closed adds or removes its tab, and the tab brought to front selects its scenario. A tab's
 * close button asks the workspace, through {@code close}, rather than closing by itself.
 */
public final class ScenarioTabs extends TabPane {
    private final Map<ScenarioViewModel, Tab> tabs = new IdentityHashMap<>();
    private final Map<Tab, ScenarioViewModel> scenarios = new IdentityHashMap<>();

    public ScenarioTabs(WorkspaceViewModel workspace, Consumer<ScenarioViewModel> close) {
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
        tab.setContent(new ScenarioView(scenario));
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
    public ScenarioView selectedView() {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab == null ? null : (ScenarioView) tab.getContent();
    }

    /** The tab of an open scenario, or null. */
    public Tab tabOf(ScenarioViewModel scenario) {
        return tabs.get(scenario);
    }
}
