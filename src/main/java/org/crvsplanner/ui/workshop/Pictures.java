package org.crvsplanner.ui.workshop;

import static java.util.Objects.requireNonNull;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.crvsplanner.scenario.AtomicFile;
import org.crvsplanner.scenario.FileProblem;
import org.crvsplanner.ui.i18n.I18n;
import org.crvsplanner.ui.workspace.Notice;

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
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Pictures of the plan for reports: the chart on the clipboard, the chart or the plan panel as a
 * PNG at twice the screen's resolution so it stays sharp in print, and a one-page printout.
 */
public final class Pictures {
    /** Twice the screen's pixels: sharp when printed or pasted into a report. */
    public static final double SCALE = 2;

    private final Supplier<Window> owner;
    private final Consumer<Notice> notices;
    private PngTarget chooser = Pictures::choose;

    /** Where to save a picture; null when the person cancels. */
    @FunctionalInterface
    public interface PngTarget {
        Path choose(Window owner, String fileName);
    }

    public Pictures(Supplier<Window> owner, Consumer<Notice> notices) {
        this.owner = requireNonNull(owner, "owner");
        this.notices = requireNonNull(notices, "notices");
    }

    /** Replaces the system's save dialog, which a headless test cannot drive. */
    public void setPngTarget(PngTarget target) {
        chooser = requireNonNull(target, "target");
    }

    /** The node as it shows, at {@link #SCALE} times its size. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    /** Edit › Copy chart: the picture on the clipboard, for pasting into a report. */
    public void copy(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(node));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where, then saves the node's picture there; tells what went wrong, if anything. */
    public void saveAs(Node node, String fileName) {
        Path target = chooser.choose(owner.get(), fileName);
        if (target == null) {
            return;
        }
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            target = target.resolveSibling(target.getFileName() + ".png");
        }
        try {
            writePng(node, target);
        } catch (FileProblem e) {
            notices.accept(new Notice(Notice.Kind.ERROR, I18n.get("workshop.pictures.cannotSave"),
                    I18n.get("workshop.pictures.cannotSave.text", e.file(), e.problem(I18n.wording()))));
        }
    }

    /**
     * Writes the node's picture to {@code target} in one step: a failure leaves any earlier file
     * as it was.
     *
     * @throws FileProblem naming the file and the reason
     */
    public static void writePng(Node node, Path target) {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(node), null);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    private static Path choose(Window owner, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("workshop.pictures.saveTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("workshop.pictures.filter"), "*.png"));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /**
     * File › Print…: one page with the scenario's name, the plan panel (key figures, servers,
     * advice) and the chart, scaled to fit the printable area.
     */
    public void print(String title, Node plan, Node chart) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            notices.accept(new Notice(Notice.Kind.INFORMATION, I18n.get("workshop.print.noPrinter"),
                    I18n.get("workshop.print.noPrinter.text")));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        VBox page = page(title, plan, chart, layout.getPrintableWidth(), layout.getPrintableHeight());
        if (job.printPage(layout, page)) {
            job.endJob();
        } else {
            job.cancelJob();
            notices.accept(new Notice(Notice.Kind.ERROR, I18n.get("workshop.print.failed"),
                    I18n.get("workshop.print.failed.text")));
        }
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
