package dev.spacetime.app.panels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text in a panel that uses the paper's notation: "C_P" (process P's clock register, the paper's C_i)
 * is typeset as a C followed by a smaller, lowered P, as the paper prints it. No font a class machine
 * is sure to have holds subscript capitals, so the subscript is a smaller text moved down rather than a
 * Unicode character. Wraps to its width; anything past its height is cut off, so a fixed height stays fixed.
 */
public final class PaperText extends TextFlow {
    /** A clock register in the words the step explanations and registers use: C_ and a process name. */
    private static final Pattern REGISTER = Pattern.compile("C_([\\p{L}\\p{N}_]+)");
    /** How large a subscript is, and how far it is lowered, as fractions of the text's size. */
    static final double SUBSCRIPT_SIZE = 0.72;
    static final double SUBSCRIPT_DROP = 0.28;
    private String text = "";
    private Font font = Font.getDefault();

    PaperText() {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        // Its width is the panel's, whatever the text: a long one wraps rather than widening the window.
        setMinWidth(0);
        setPrefWidth(0);
    }

    /** The text as written, with "C_P" for a subscript. */
    public String getText() {
        return text;
    }

    /** The font of its text (a subscript is smaller). */
    public Font getFont() {
        return font;
    }

    void setText(String text) {
        this.text = text == null ? "" : text;
        typeset();
    }

    void setFont(Font font) {
        this.font = font;
        typeset();
    }

    private void typeset() {
        getChildren().clear();
        Matcher m = REGISTER.matcher(text);
        int from = 0;
        while (m.find()) {
            plain(text.substring(from, m.start()) + "C");
            Text sub = new Text(m.group(1));
            sub.setFont(Font.font(font.getFamily(), font.getSize() * SUBSCRIPT_SIZE));
            sub.setTranslateY(font.getSize() * SUBSCRIPT_DROP);
            getChildren().add(sub);
            from = m.end();
        }
        plain(text.substring(from));
    }

    private void plain(String s) {
        if (!s.isEmpty()) {
            Text t = new Text(s);
            t.setFont(font);
            getChildren().add(t);
        }
    }
}
