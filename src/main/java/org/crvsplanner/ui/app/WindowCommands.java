package org.crvsplanner.ui.app;

import java.util.EnumMap;
import java.util.Map;

import org.crvsplanner.text.AppInfo;
import org.crvsplanner.ui.app.StalePlanCheck.Use;
import org.crvsplanner.ui.base.Command;
import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.Formats;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.compare.CompareViewModel;
import org.crvsplanner.ui.countrydata.CountryImportAction;
import org.crvsplanner.ui.export.ExportAction;
import org.crvsplanner.ui.help.HelpView;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.PlanCaption;
import org.crvsplanner.ui.workshop.Pictures;
import org.crvsplanner.ui.workshop.WorkshopMode;
import org.crvsplanner.ui.workspace.ScenarioTabs;
import org.crvsplanner.ui.workspace.ScenarioViewModel;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * What each of the {@link StandardActions} does, and when it can: most act on the scenario in
 * front and wait for one; undo and redo follow its history; Compare needs two scenarios.
 */
final class WindowCommands {
    private final Map<StandardActions, Command> commands = new EnumMap<>(StandardActions.class);
    private final WorkspaceViewModel workspace;
    private final ScenarioTabs<ScenarioView> tabs;
    private final Pictures pictures;

    WindowCommands(PlannerSession session, ScenarioTabs<ScenarioView> tabs, Pictures pictures, ExportAction export,
            CountryImportAction countryImport, SecondaryWindows windows, WorkshopMode workshop, Theme theme,
            DialogService dialogs) {
        this.workspace = session.workspace();
        this.tabs = tabs;
        this.pictures = pictures;
        ObservableBooleanValue scenario = workspace.selectedProperty().isNotNull();

        put(StandardActions.NEW, Command.of(workspace::newScenario));
        put(StandardActions.OPEN, Command.of(workspace::openChosen));
        // What hands on the plan in front asks first while its inputs hold invalid text.
        StalePlanCheck stale = new StalePlanCheck(dialogs);
        put(StandardActions.SAVE, Command.when(scenario, stale.guard(workspace::getSelected, Use.SAVE,
                () -> workspace.save(workspace.getSelected()))));
        put(StandardActions.SAVE_AS, Command.when(scenario, stale.guard(workspace::getSelected, Use.SAVE,
                () -> workspace.saveAs(workspace.getSelected()))));
        put(StandardActions.SAVE_CHART, Command.when(scenario, stale.guard(workspace::getSelected, Use.SAVE_CHART,
                () -> pictures.saveAs(view().chart(), pictureName("window.picture.chartFile")))));
        put(StandardActions.SAVE_PLAN, Command.when(scenario, stale.guard(workspace::getSelected, Use.SAVE_PLAN,
                () -> pictures.saveAs(planPicture(), pictureName("window.picture.planFile")))));
        put(StandardActions.PRINT, Command.when(scenario, stale.guard(workspace::getSelected, Use.PRINT, this::print)));
        put(StandardActions.IMPORT_COUNTRY, Command.when(
                Bindings.and(scenario, Bindings.not(countryImport.running())), countryImport::chooseAndImport));
        put(StandardActions.EXPORT, Command.when(
                Bindings.and(scenario, session.exportModel().runningProperty().not()),
                stale.guard(workspace::getSelected, Use.EXPORT, export::chooseAndExport)));
        put(StandardActions.CLOSE, Command.when(scenario, () -> workspace.close(workspace.getSelected())));
        put(StandardActions.QUIT, Command.of(session::quit));

        put(StandardActions.UNDO, Command.when(BooleanExpression.booleanExpression(workspace.canUndoProperty()),
                workspace::undo));
        put(StandardActions.REDO, Command.when(BooleanExpression.booleanExpression(workspace.canRedoProperty()),
                workspace::redo));
        put(StandardActions.COPY_CHART, Command.when(scenario,
                stale.guard(workspace::getSelected, Use.COPY_CHART, this::copyChart)));
        put(StandardActions.DOCS_EXAMPLE, Command.when(scenario,
                () -> workspace.getSelected().planner().showDocsExample()));
        put(StandardActions.RESET, Command.when(scenario, () -> workspace.getSelected().planner().resetAll()));

        put(StandardActions.COMPARE, Command.when(
                Bindings.size(workspace.scenarios()).greaterThanOrEqualTo(CompareViewModel.MIN), windows::showCompare));
        put(StandardActions.COMPARE_VERSIONS, Command.when(scenario, windows::showCompareVersions));
        put(StandardActions.WORKING, Command.of(windows::toggleWorking));
        put(StandardActions.PRESENTATION, Command.of(() -> workshop.presentation().toggle()));
        put(StandardActions.WALKTHROUGH, Command.when(scenario, () -> workshop.walkthrough().open()));
        put(StandardActions.LIGHT_THEME, Command.of(() -> theme.apply(false)));
        put(StandardActions.DARK_THEME, Command.of(() -> theme.apply(true)));
        put(StandardActions.SHORTCUTS, Command.of(() -> windows.showHelp(HelpView.Page.SHORTCUTS)));
        put(StandardActions.GUIDE, Command.of(() -> windows.showHelp(HelpView.Page.GUIDE)));
        put(StandardActions.GLOSSARY, Command.of(() -> windows.showHelp(HelpView.Page.GLOSSARY)));
        put(StandardActions.ABOUT, Command.of(() -> dialogs.show(about())));
    }

    private void put(StandardActions action, Command command) {
        commands.put(action, command);
    }

    /** The command of {@code action}. */
    Command get(StandardActions action) {
        Command command = commands.get(action);
        if (command == null) {
            throw new IllegalArgumentException(action + " is a menu, not a command");
        }
        return command;
    }

    private ScenarioView view() {
        return tabs.selectedView();
    }

    /** Edit › Copy chart: the chart in front, at twice its size, on the clipboard. */
    private void copyChart() {
        if (view() != null) {
            pictures.copy(view().chart());
        }
    }

    /** File › Print…: the plan and chart of the scenario in front, on one page. */
    private void print() {
        ScenarioViewModel scenario = workspace.getSelected();
        if (view() != null) {
            pictures.print(scenario.getDisplayName(), view().plan(), view().chart());
        }
    }

    /** The plan panel of the scenario in front, under its name and key inputs. */
    private Node planPicture() {
        ScenarioViewModel scenario = workspace.getSelected();
        return Pictures.captioned(scenario.getDisplayName(), PlanCaption.keyInputs(scenario.planner().planProperty()),
                view().plan());
    }

    /** The name offered for a picture, from the scenario's name without what file names cannot hold. */
    private String pictureName(String key) {
        return I18n.get(key, Pictures.fileName(workspace.getSelected().getDisplayName()));
    }

    private static Notice about() {
        // The page's slip and the formula's figure, written as the window writes figures.
        return new Notice(Notice.Kind.INFORMATION, I18n.get("about.title", AppInfo.name()),
                I18n.get("about.header", AppInfo.name(), AppInfo.version()),
                I18n.get("about.text", AppInfo.rulesSource(), Formats.gb(1012.47), Formats.gb(1013.71))).withWidth(480);
    }
}
