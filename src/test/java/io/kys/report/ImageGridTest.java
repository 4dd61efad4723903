package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.UInt8Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageGridTest {
    @Test
    void grayPngIsEnlargedByPixelRepetition() throws IOException {
        byte[] data = {0, (byte) 100, (byte) 200, (byte) 255};
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ImagePng.encode(new UInt8Image(2, 2, 1, data), 3)));
        assertEquals(6, png.getWidth());
        assertEquals(6, png.getHeight());
        assertEquals(0, png.getRaster().getSample(2, 2, 0));
        assertEquals(100, png.getRaster().getSample(3, 0, 0));
        assertEquals(200, png.getRaster().getSample(0, 5, 0));
        assertEquals(255, png.getRaster().getSample(5, 3, 0));
    }

    @Test
    void rgbPngKeepsChannels() throws IOException {
        byte[] data = {(byte) 255, 0, 0, 0, (byte) 128, (byte) 255};
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ImagePng.encode(new UInt8Image(1, 2, 3, data), 2)));
        assertEquals(0xFF0000, png.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0x0080FF, png.getRGB(2, 0) & 0xFFFFFF);
    }

    @Test
    void gridHasOneInlineImagePerImageWithEscapedCaptions() throws IOException {
        List<UInt8Image> images = SampleReports.images(3);
        String html = ImageGrid.html(images, List.of("a", "b <c>", "d"));
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\"").matcher(html);
        int n = 0;
        while (m.find()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            // 28 px images are enlarged 3x to reach at least 84 px.
            assertEquals(84, png.getWidth());
            assertEquals("84", m.group(2));
            n++;
        }
        assertEquals(3, n);
        assertTrue(html.contains("b &lt;c&gt;</figcaption>"));
        assertTrue(html.contains("repeat(8,max-content)"));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.html(images, List.of("only one")));
    }
}
