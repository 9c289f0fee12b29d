package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crvsplanner.ui.base.DialogService;
import org.crvsplanner.ui.base.FileRequest;
import org.crvsplanner.ui.base.Notice;
import org.crvsplanner.ui.i18n.I18n;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;

/**
 * Pictures of the plan for reports: the chart on the clipboard, the chart or the plan panel as a
 * PNG at twice the screen's resolution so it stays sharp in print, and a one-page printout.
 */
public final class Pictures {
    /** Twice the screen's pixels: sharp when printed or pasted into a report. */
    public static final double SCALE = 2;

    private final DialogService dialogs;

    public Pictures(DialogService dialogs) {
        this.dialogs = requireNonNull(dialogs, "dialogs");
    }

    /** A name for a picture's file, from a scenario's or a comparison's name, without what file names cannot hold. */
    public static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** The node as it shows, at {@link #SCALE} times its size. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(SCALE, SCALE));
        parameters.setFill(backdrop(node));
        return node.snapshot(parameters, null);
    }

    /**
     * What shows behind the node in the window: the first background among it and its parents.
     * A snapshot fills with white otherwise, and the dark theme's light words on the plan's
     * see-through panels would be unreadable on it.
     */
    static Paint backdrop(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill fill : region.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color color && color.getOpacity() == 1) {
                        return color;
                    }
                }
            }
        }
        return node.getScene() == null ? Color.WHITE : node.getScene().getFill();
    }

    /** Edit › Copy chart: the picture on the clipboard, for pasting into a report. */
    public void copy(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(node));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where, then saves the node's picture there; tells what went wrong, if anything. */
    public void saveAs(Node node, String fileName) {
        Optional<Path> chosen = dialogs.chooseSaveTarget(new FileRequest(I18n.get("workshop.pictures.saveTitle"),
                List.of(new FileRequest.Filter(I18n.get("workshop.pictures.filter"), "*.png")), null, fileName));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            target = target.resolveSibling(target.getFileName() + ".png");
        }
        PictureFiles.save(image(node), target).ifPresent(dialogs::show);
    }

    /**
     * Writes the node's picture to {@code target} in one step: a failure leaves any earlier file
     * as it was.
     *
     * @throws org.crvsplanner.scenario.FileProblem naming the file and the reason
     */
    public static void writePng(Node node, Path target) {
        PictureFiles.write(image(node), target);
    }

    private static BufferedImage image(Node node) {
        return SwingFXUtils.fromFXImage(snapshot(node), null);
    }

    /**
     * File › Print…: one page with the scenario's name, the plan panel (key figures, servers,
     * advice) and the chart, scaled to fit the printable area.
     */
    public void print(String title, Node plan, Node chart) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.show(new Notice(Notice.Kind.INFORMATION, I18n.get("workshop.print.noPrinter"),
                    I18n.get("workshop.print.noPrinter.text")));
            return;
        }
        if (!dialogs.askToPrint(job)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        VBox page = page(title, plan, chart, layout.getPrintableWidth(), layout.getPrintableHeight());
        if (job.printPage(layout, page)) {
            job.endJob();
        } else {
            job.cancelJob();
            dialogs.show(new Notice(Notice.Kind.ERROR, I18n.get("workshop.print.failed"),
                    I18n.get("workshop.print.failed.text")));
        }
    }

    /**
     * File › Save plan as PNG: the plan panel under the scenario's name and its key inputs, so the
     * picture says what it is a plan for. Laid out off screen with the window's stylesheets.
     */
    public static VBox captioned(String title, String caption, Node plan) {
        double width = plan.getLayoutBounds().getWidth();
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Label inputs = new Label(caption);
        inputs.setWrapText(true);
        inputs.setMaxWidth(width);
        ImageView panel = new ImageView(snapshot(plan));
        panel.setPreserveRatio(true);
        panel.setSmooth(true);
        panel.setFitWidth(width);
        VBox picture = new VBox(6, heading, inputs, panel);
        picture.setId("plan-picture");
        picture.setStyle("-fx-padding: 12 12 0 12; -fx-background-color: -color-bg-default;");
        Scene scene = new Scene(picture);
        if (plan.getScene() != null) {
            scene.getStylesheets().setAll(plan.getScene().getStylesheets());
        }
        picture.applyCss();
        picture.layout();
        return picture;
    }

    /** The printed page: pictures of the panels, shrunk to fit {@code width} × {@code height}. */
    public static VBox page(String title, Node plan, Node chart, double width, double height) {
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        VBox page = new VBox(8, heading, picture(plan, width), picture(chart, width));
        new Scene(page);
        page.applyCss();
        page.layout();
        double tall = page.prefHeight(width);
        if (tall > height) {
            double shrink = height / tall;
            page.getTransforms().add(new Scale(shrink, shrink));
        }
        return page;
    }

    private static ImageView picture(Node node, double width) {
        ImageView view = new ImageView(snapshot(node));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(Math.min(width, node.getLayoutBounds().getWidth()));
        return view;
    }
}
