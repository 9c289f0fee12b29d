package org.crvsplanner.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.crvsplanner.text.Language;
import org.crvsplanner.ui.base.FakeDialogs;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.plan.PlanCaption;
import org.crvsplanner.ui.workshop.Pictures;
import org.crvsplanner.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Issue 13, point 10: Save plan as PNG says whose plan it is and for which inputs. */
@ExtendWith(ApplicationExtension.class)
class PlanPictureTest {
    @TempDir
    Path dir;
    private PlannerSession session;
    private WorkspaceViewModel workspace;
    private MainView view;
    private FakeDialogs dialogs;

    @Start
    void start(Stage stage) {
        PlannerWindow planner = TestWindow.planner(stage, dir.resolve("app-data"), 1280, 800,
                real -> dialogs = FakeDialogs.over(real));
        session = planner.session();
        workspace = session.workspace();
        view = planner.view();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> I18n.setLanguage(Language.ENGLISH));
        robot.interact(session::exit);
    }

    private MenuItem menuItem(String id) {
        return ((MenuBar) view.getTop()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the key inputs in one line, in the window's language")
    void caption(FxRobot robot) {
        String[] caption = new String[1];
        robot.interact(() -> caption[0] = PlanCaption.keyInputs(workspace.getSelected().planner().planProperty()));
        assertThat(caption[0]).isEqualTo("Population 30,000,000 people · Crude birth rate 17.299 per 1,000 people"
                + " · Crude death rate 7.7 per 1,000 people · Attachments per record 3 attachments"
                + " · Population growth 0 % a year · Planning horizon 5 years · National");
        robot.interact(() -> {
            I18n.setLanguage(Language.FRENCH);
            caption[0] = PlanCaption.keyInputs(workspace.getSelected().planner().planProperty());
        });
        assertThat(caption[0]).startsWith("Population 30\u202F000\u202F000 habitants · Taux brut de natalité 17,299");
    }

    @Test
    @DisplayName("File › Save plan as PNG puts the scenario's name and key inputs above the plan panel")
    void namedPicture(FxRobot robot) throws Exception {
        robot.interact(() -> workspace.getSelected().nameProperty().set("Pilot in 3 regions"));
        VBox[] picture = new VBox[1];
        robot.interact(() -> picture[0] = Pictures.captioned("Pilot in 3 regions",
                PlanCaption.keyInputs(workspace.getSelected().planner().planProperty()), view.selectedScenarioView().plan()));
        List<String> texts = picture[0].getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).isEqualTo("Pilot in 3 regions");
        assertThat(texts.get(1)).contains("Population 30,000,000 people", "Planning horizon 5 years");

        Path file = dir.resolve("plan.png");
        dialogs.saveTo(file);
        robot.interact(() -> menuItem("menu-save-plan").fire());
        BufferedImage image = ImageIO.read(file.toFile());
        double planHeight = view.selectedScenarioView().plan().getLayoutBounds().getHeight();
        // Taller than the plan panel alone by the name and the inputs.
        assertThat(image.getHeight()).isGreaterThan((int) Math.ceil(2 * planHeight) + 2 * 30);
    }
}
