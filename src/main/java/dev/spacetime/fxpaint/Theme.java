package dev.spacetime.fxpaint;

import dev.spacetime.drawing.Role;
import dev.spacetime.drawing.Style;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The shared {@link Style} as JavaFX colours and fonts, made once. */
public final class Theme {
    static final Color BACKGROUND = rgb(Style.BACKGROUND);
    private static final Map<Role, Color> COLOURS = new EnumMap<>(Role.class);
    private static final Map<Role, Font> FONTS = new EnumMap<>(Role.class);
    private static final Map<Long, Font> SIZED = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (Role role : Role.values()) {
            COLOURS.put(role, rgb(Style.rgb(role)));
            FONTS.put(role, Font.font(Style.FONT_FAMILY, Style.bold(role) ? FontWeight.BOLD : FontWeight.NORMAL,
                    Style.fontSize(role)));
        }
    }

    private Theme() {
    }

    public static Color colour(Role role) {
        return COLOURS.get(role);
    }

    static Font font(Role role) {
        return FONTS.get(role);
    }

    /** The role's font at {@code size} pixels (texts grow with zoom and the chosen text size); sizes kept to a tenth of a pixel. */
    static Font font(Role role, double size) {
        long key = Math.round(size * 10) * 2 + (Style.bold(role) ? 1 : 0);
        return SIZED.computeIfAbsent(key, k -> Font.font(Style.FONT_FAMILY,
                Style.bold(role) ? FontWeight.BOLD : FontWeight.NORMAL, Math.round(size * 10) / 10.0));
    }

    /** The colour as a CSS value, for legend swatches. */
    static String css(Role role) {
        return Style.hex(role);
    }

    /** A colour given as 0xRRGGBB. */
    static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
