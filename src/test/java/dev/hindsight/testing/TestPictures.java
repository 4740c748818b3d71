package dev.hindsight.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real picture files made in memory for tests: PNG (8 and 16 bits, with and without alpha, palette), JPEG, GIF. */
public final class TestPictures {
    private TestPictures() {
    }

    /** An 8-bit picture with a gradient and a diagonal, in the given ImageIO format. */
    public static byte[] picture(String format, int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x++) {
            g.setColor(new Color(255 * x / Math.max(1, width - 1), 80, 160, type == BufferedImage.TYPE_INT_ARGB ? 128 : 255));
            g.drawLine(x, 0, x, height);
        }
        g.setColor(Color.BLACK);
        g.drawLine(0, 0, width, height);
        g.dispose();
        return write(image, format);
    }

    public static byte[] png(int width, int height) {
        return picture("png", width, height, BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] pngWithAlpha(int width, int height) {
        return picture("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    public static byte[] pngPalette(int width, int height) {
        return picture("png", width, height, BufferedImage.TYPE_BYTE_INDEXED);
    }

    public static byte[] jpeg(int width, int height) {
        return picture("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] gif(int width, int height) {
        return picture("gif", width, height, BufferedImage.TYPE_BYTE_INDEXED);
    }

    /** A 16-bit PNG, RGBA when {@code alpha} (half transparent on the left), else grey. */
    public static byte[] png16(int width, int height, boolean alpha) {
        ColorSpace space = ColorSpace.getInstance(alpha ? ColorSpace.CS_sRGB : ColorSpace.CS_GRAY);
        ComponentColorModel model = new ComponentColorModel(space, alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        int bands = raster.getNumBands();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int b = 0; b < bands; b++) {
                    int value = b == 3 ? (x < width / 2 ? 0x8000 : 0xFFFF) : (65535 * ((x + y * b) % width)) / width;
                    raster.setSample(x, y, b, value);
                }
            }
        }
        return write(new BufferedImage(model, raster, false, null), "png");
    }

    /** Noise that does not compress: about {@code 3 * width * height} bytes as PNG. */
    public static byte[] noisyPng(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return write(image, "png");
    }

    /**
     * A tiny PNG whose header says {@code width} x {@code height} pixels, with a few bytes of
     * compressed data: decoding it would take width * height * 3 bytes of memory.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer out = ByteBuffer.allocate(200);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        byte[] bytes = new byte[out.position()];
        out.flip();
        out.get(bytes);
        return bytes;
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        out.putInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.put(name).put(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format + " of " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
