package dev.spacetime.app.dialogs;

import dev.spacetime.app.document.Document;
import dev.spacetime.app.document.Editor;
import dev.spacetime.app.document.Feedback;
import dev.spacetime.app.document.Player;
import dev.spacetime.app.files.FileActions;
import dev.spacetime.drawing.Drawing;
import dev.spacetime.drawing.TextFactor;
import dev.spacetime.app.document.RunVerdict;
import dev.spacetime.export.ExportOptions;
import dev.spacetime.export.PictureFormat;
import dev.spacetime.export.PictureText;
import java.util.ArrayList;
import dev.spacetime.fxpaint.PictureFiles;
import dev.spacetime.fxpaint.PngExport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export…: the picture on screen (orientation, time, ticks, labels, selection, step) as PNG,
 * SVG or TikZ, with a preview, at a chosen text size; or, while stepping, every step as numbered
 * files. Remembers the last choices. Also Copy diagram, which puts the PNG on the clipboard.
 */
public final class ExportDialog {
    private static final List<String> FORMATS = List.of("PNG", "SVG", "TikZ");
    /** The text sizes offered, by the name shown, with how many times normal each is. */
    private static final Map<String, Double> TEXT_SIZES = new LinkedHashMap<>();

    static {
        TEXT_SIZES.put("Small", TextFactor.SMALL.factor());
        TEXT_SIZES.put("Normal", TextFactor.NORMAL.factor());
        TEXT_SIZES.put("Large", TextFactor.LARGE.factor());
        TEXT_SIZES.put("Huge", TextFactor.HUGE.factor());
        TEXT_SIZES.put("For slides (1.6×)", TextFactor.FOR_SLIDES);
    }
    private final Window owner;
    private final Editor editor;
    private final FileActions files;
    private final Feedback feedback;
    private final Preferences prefs = Preferences.userRoot().node("dev/spacetime/export");

    public ExportDialog(Window owner, Editor editor, FileActions files, Feedback feedback) {
        this.owner = owner;
        this.editor = editor;
        this.files = files;
        this.feedback = feedback;
    }

    /** Puts the picture on the clipboard as an image, at 2× so it stays sharp when pasted into slides. */
    public void copyToClipboard() {
        Drawing drawing = editor.drawing();
        if (drawing != null) {
            ClipboardContent content = new ClipboardContent();
            content.putImage(PngExport.snapshot(drawing, new ExportOptions(0, 2, false)));
            Clipboard.getSystemClipboard().setContent(content);
            feedback.done("Picture copied to the clipboard");
        }
    }

    public void show() {
        Drawing drawing = editor.drawing();
        if (drawing == null) {
            return;
        }
        ChoiceBox<String> format = new ChoiceBox<>();
        format.getItems().addAll(FORMATS);
        format.setValue(prefs.get("format", "PNG"));
        Spinner<Integer> scale = new Spinner<>(1, 8, prefs.getInt("scale", 2));
        Spinner<Integer> width = new Spinner<>(0, 20_000, prefs.getInt("width", 0), 100);
        width.setEditable(true);
        ChoiceBox<String> textSize = new ChoiceBox<>();
        textSize.setId("export-text-size");
        textSize.getItems().addAll(TEXT_SIZES.keySet());
        String savedSize = prefs.get("textSize", "Normal");
        textSize.setValue(TEXT_SIZES.containsKey(savedSize) ? savedSize : "Normal");
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setSelected(prefs.getBoolean("transparent", false));
        CheckBox allSteps = new CheckBox("Every step of the step-through, as numbered files");
        allSteps.setDisable(!editor.player().active.get());
        CheckBox legend = new CheckBox("Legend: what the colours and marks mean");
        legend.setId("export-legend");
        legend.setSelected(prefs.getBoolean("legend", true));
        CheckBox title = new CheckBox("Title: " + editor.document().displayName());
        title.setId("export-title");
        title.setSelected(prefs.getBoolean("title", false));
        CheckBox caption = new CheckBox("Caption: the step explained, and a simulation's verdict");
        caption.setId("export-caption");
        caption.setSelected(prefs.getBoolean("caption", true));
        boolean captionToSay = editor.player().active.get() || editor.document().verdict() != null;
        caption.setDisable(!captionToSay);
        Margins margins = new Margins(legend, title, caption);
        ImageView preview = new ImageView();
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(520);
        preview.setFitHeight(360);
        Runnable refresh = () -> preview.setImage(PngExport.snapshot(drawing,
                margins.on(drawing, new ExportOptions(0, 1, transparent.isSelected(), TEXT_SIZES.get(textSize.getValue())))));
        transparent.selectedProperty().addListener(o -> refresh.run());
        legend.selectedProperty().addListener(o -> refresh.run());
        title.selectedProperty().addListener(o -> refresh.run());
        caption.selectedProperty().addListener(o -> refresh.run());
        textSize.valueProperty().addListener(o -> refresh.run());
        refresh.run();
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo("PNG"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("PNG scale (×)"), scale);
        grid.addRow(2, new Label("Width in pixels (0: natural)"), width);
        grid.addRow(3, new Label("Text size"), textSize);
        grid.add(transparent, 1, 4);
        grid.add(legend, 1, 5);
        grid.add(title, 1, 6);
        grid.add(caption, 1, 7);
        grid.add(allSteps, 1, 8);
        VBox box = new VBox(10, new Label("Exactly what the canvas shows: orientation, time, tick lines, labels, "
                + "selection and step."), preview, grid);
        box.setPadding(new Insets(10));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the diagram as a picture");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        prefs.put("format", format.getValue());
        prefs.putInt("scale", scale.getValue());
        prefs.putInt("width", width.getValue());
        prefs.putBoolean("transparent", transparent.isSelected());
        prefs.put("textSize", textSize.getValue());
        prefs.putBoolean("legend", legend.isSelected());
        prefs.putBoolean("title", title.isSelected());
        if (captionToSay) {
            prefs.putBoolean("caption", caption.isSelected());
        }
        ExportOptions options = new ExportOptions(width.getValue(), scale.getValue(), transparent.isSelected(),
                TEXT_SIZES.get(textSize.getValue()));
        String ext = extension(format.getValue());
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.getValue());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.getValue() + " (*." + ext + ")", "*." + ext));
        Document doc = editor.document();
        chooser.setInitialFileName(doc.displayName().replaceAll("[^\\w.-]+", "-") + "." + ext);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        // The picture's format follows the choice above, whatever name was typed.
        Path target = ext.equals(PictureFormat.extension(chosen.toPath())) ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + "." + ext);
        try {
            if (allSteps.isSelected()) {
                exportSteps(target, options, margins);
            } else {
                PictureFiles.write(drawing, margins.on(drawing, options), target);
            }
        } catch (IOException e) {
            files.error("The picture could not be written", e.getMessage());
        }
    }

    /** One file a step, NAME-00.ext to NAME-NN.ext, from the step-through as it is set up; the cursor comes back. */
    private void exportSteps(Path target, ExportOptions options, Margins margins) throws IOException {
        Player player = editor.player();
        int keep = player.cursor();
        int digits = Math.max(2, Integer.toString(player.length()).length());
        try {
            for (int k = 0; k <= player.length(); k++) {
                player.seek(k);
                Drawing drawing = editor.drawing();
                PictureFiles.write(drawing, margins.on(drawing, options), PictureFormat.numbered(target, k, digits));
            }
        } finally {
            player.seek(keep);
        }
    }

    /** The margin texts ticked in the dialog, for a drawing as the window has it now. */
    private final class Margins {
        private final CheckBox legend;
        private final CheckBox title;
        private final CheckBox caption;

        Margins(CheckBox legend, CheckBox title, CheckBox caption) {
            this.legend = legend;
            this.title = title;
            this.caption = caption;
        }

        ExportOptions on(Drawing drawing, ExportOptions options) {
            Document doc = editor.document();
            RunVerdict verdict = doc.verdict();
            List<String> lines = new ArrayList<>();
            if (caption.isSelected() && !caption.isDisabled()) {
                if (editor.player().active.get()) {
                    lines.add(editor.player().replay().explanation(
                            editor.view().clockLabels.get() == dev.spacetime.drawing.ClockLabels.VECTOR));
                }
                if (verdict != null) {
                    lines.add("Mutual exclusion: " + verdict.headline());
                    lines.addAll(verdict.conditions());
                }
            }
            return options.withText(PictureText.of(drawing, doc.analysis(), title.isSelected() ? doc.displayName() : null,
                    legend.isSelected(), verdict == null ? null : "Mutual exclusion: " + verdict.headline(), lines));
        }
    }

    private static String extension(String format) {
        return switch (format) {
            case "PNG" -> "png";
            case "SVG" -> "svg";
            default -> "tex";
        };
    }
}
