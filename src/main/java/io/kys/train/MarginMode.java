package io.kys.train;

import io.kys.KysException;
import java.util.Locale;

/**
 * Where the energy margins of the loss come from.
 *
 * <ul>
 *   <li>{@link #FIXED}: the given {@code m_in} and {@code m_out} throughout, exactly the paper's loss.</li>
 *   <li>{@link #ADAPTIVE}: margins that follow the network's current ID energies, so that both
 *       hinges act at any budget, and that become the fixed margins once the ID energies have
 *       passed them ({@link AdaptiveMargins}).</li>
 * </ul>
 */
public enum MarginMode {
    /** The paper's fixed margins. */
    FIXED,
    /** Margins from running quantiles of the ID batch energies, never below the fixed ones. */
    ADAPTIVE;

    /** The command-line name: {@code fixed} or {@code adaptive}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code fixed} or {@code adaptive}, case-insensitively. */
    public static MarginMode parse(String text) {
        for (MarginMode m : values()) {
            if (m.cliName().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new KysException("unknown margin mode '" + text + "'; choose fixed or adaptive");
    }

    @Override
    public String toString() {
        return cliName();
    }
}
