package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.kys.train.Protocol;
import org.junit.jupiter.api.Test;

class RunNamesTest {
    @Test
    void namesArePrefixProtocolAndSeed() {
        assertEquals("quickstart-ours-s0", RunNames.of("quickstart", Protocol.OURS, 0));
        assertEquals("cpu-small-nda++-s2", RunNames.of("cpu-small", Protocol.NDA_PLUS, 2));
    }

    @Test
    void theFingerprintIsTheStartOfTheSha256OfTheSettings() {
        // SHA-256("abc") = ba7816bf 8f01cfea ...: the folder names of earlier runs stay valid.
        assertEquals("ba7816bf", RunNames.fingerprint("abc"));
        assertEquals("nb-ours-s3-ba7816bf", RunNames.of("nb", Protocol.OURS, 3, "abc"));
        assertNotEquals(RunNames.of("nb", Protocol.OURS, 3, "abc"), RunNames.of("nb", Protocol.OURS, 3, "abd"));
    }
}
