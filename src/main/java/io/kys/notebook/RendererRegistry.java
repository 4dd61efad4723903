package io.kys.notebook;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Turns values into {@link DisplayContent} by their type. The newest registration whose type
 * matches wins, so a later package (or a notebook cell) can override a built-in rendering.
 */
final class RendererRegistry {
    private final List<Registration<?>> registrations = new CopyOnWriteArrayList<>();

    /**
     * A registry that knows the built-in types: content itself, {@link Displayable} values, images,
     * Tablesaw tables and Tablesaw (Plotly) figures.
     */
    static RendererRegistry withDefaults() {
        RendererRegistry registry = new RendererRegistry();
        registry.register(DisplayContent.class, Function.identity());
        registry.register(Displayable.class, Displayable::toDisplay);
        registry.register(BufferedImage.class, DisplayContent::image);
        registry.register(Table.class, TableDisplay::content);
        registry.register(Figure.class, FigureDisplay::content);
        return registry;
    }

    /** Renders instances of {@code type} (and its subtypes) with {@code renderer} from now on. */
    <T> void register(Class<T> type, Function<? super T, DisplayContent> renderer) {
        registrations.add(0, new Registration<>(Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(renderer, "renderer")));
    }

    /** The rich rendering of {@code value}, or empty when no registration matches it. */
    Optional<DisplayContent> render(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Registration<?> registration : registrations) {
            if (registration.type().isInstance(value)) {
                return Optional.ofNullable(registration.apply(value));
            }
        }
        return Optional.empty();
    }

    private record Registration<T>(Class<T> type, Function<? super T, DisplayContent> renderer) {
        DisplayContent apply(Object value) {
            return renderer.apply(type.cast(value));
        }
    }
}
