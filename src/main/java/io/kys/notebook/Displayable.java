package io.kys.notebook;

/**
 * A value that knows how to show itself: left as a cell's last expression or passed to
 * {@link Display#show(Object)}, it appears as {@link #toDisplay()} says (rich in a notebook, its
 * text form elsewhere). The facade's views implement it, so {@code Kys.dataset("bloodmnist")}
 * alone in a cell already shows something useful.
 */
public interface Displayable {
    /** The content to show for this value; it should have a {@code text/plain} form for consoles. */
    DisplayContent toDisplay();
}
