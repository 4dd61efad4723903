package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.kys.data.UInt8Image;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Decoded pixels to 8-bit gray or RGB, then to the training geometry. */
class ImageConversionTest {
    @Test
    void sixteenBitSamplesScaleLinearlyToEightBits() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        img.getRaster().setSample(0, 0, 0, 65535);
        img.getRaster().setSample(1, 0, 0, 257 * 100);
        img.getRaster().setSample(2, 0, 0, 128);
        UInt8Image p = Pixels.of(img);
        assertEquals(1, p.channels());
        assertEquals(255, p.get(0, 0, 0));
        assertEquals(100, p.get(0, 1, 0));
        assertEquals(0, p.get(0, 2, 0), "128 / 257 rounds to 0");
    }

    @Test
    void palettesExpandToGrayOrRgb() {
        byte[] gray = {0, 80, (byte) 200, (byte) 255};
        BufferedImage g = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 4, gray, gray, gray));
        g.getRaster().setSample(1, 1, 0, 2);
        UInt8Image pg = Pixels.of(g);
        assertEquals(1, pg.channels());
        assertEquals(200, pg.get(1, 1, 0));
        byte[] r = {10, 20, 30, 40};
        byte[] gg = {50, 60, 70, 80};
        byte[] b = {90, 100, 110, 120};
        BufferedImage c = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 4, r, gg, b));
        c.getRaster().setSample(0, 1, 0, 3);
        UInt8Image pc = Pixels.of(c);
        assertEquals(3, pc.channels());
        assertEquals(40, pc.get(1, 0, 0));
        assertEquals(80, pc.get(1, 0, 1));
        assertEquals(120, pc.get(1, 0, 2));
    }

    @Test
    void rgbImagesKeepTheirChannelOrder() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR);
        img.setRGB(0, 0, 0x102030);
        UInt8Image p = Pixels.of(img);
        assertEquals(0x10, p.get(0, 0, 0));
        assertEquals(0x20, p.get(0, 0, 1));
        assertEquals(0x30, p.get(0, 0, 2));
    }

    @Test
    void theTrainingGeometryIsReachedAsMedMnistMadeIt() {
        SourceGeometry gray28 = new SourceGeometry(28, 1);
        UInt8Image already = new UInt8Image(28, 28, 1, new byte[784]);
        assertSame(already, gray28.apply(already), "MedMNIST images go through untouched");
        byte[] red = new byte[4 * 4 * 3];
        for (int i = 0; i < 16; i++) {
            red[3 * i] = (byte) 255;
        }
        UInt8Image g = gray28.apply(new UInt8Image(4, 4, 3, red));
        assertEquals(28, g.height());
        assertEquals(1, g.channels());
        assertEquals(76, g.get(5, 5, 0), "PIL's convert('L') of pure red");
        byte[] flat = new byte[56 * 112];
        Arrays.fill(flat, (byte) 99);
        UInt8Image area = gray28.apply(new UInt8Image(56, 112, 1, flat));
        assertEquals(28, area.width());
        assertEquals(99, area.get(13, 20, 0), "area averaging of a constant image");
        UInt8Image rgb = new SourceGeometry(28, 3).apply(new UInt8Image(1, 1, 1, new byte[] {42}));
        assertEquals(3, rgb.channels());
        assertEquals(42, rgb.get(27, 27, 2), "a 1 x 1 gray image repeated and enlarged");
    }
}
