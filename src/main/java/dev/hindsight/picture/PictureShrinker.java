package dev.hindsight.picture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Makes a smaller copy of a picture: fewer pixels, recompressed; see {@link Pictures#shrink}. */
final class PictureShrinker {
    private static final int START_SIDE = 4096;
    private static final int MIN_SIDE = 64;
    private static final float JPEG_QUALITY = 0.85f;

    private PictureShrinker() {
    }

    static byte[] shrink(byte[] bytes, long maxBytes) throws PictureRefusal {
        PictureInfo info = PictureHeader.read(bytes);
        BufferedImage image = PictureHeader.decode(bytes, info, START_SIDE * 2);
        boolean jpeg = PictureInfo.JPEG.equals(info.mediaType());
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage current = resize(image, fit(image, START_SIDE), alpha);
        while (true) {
            byte[] out = jpeg ? jpeg(current) : png(current);
            if (out.length <= maxBytes) {
                return out;
            }
            // Bytes go with the pixels, so the side goes with the square root of what is too much.
            double factor = Math.min(0.9, Math.sqrt(maxBytes / (double) out.length) * 0.95);
            int side = (int) (Math.max(current.getWidth(), current.getHeight()) * factor);
            if (side < MIN_SIDE) {
                throw new PictureRefusal(PictureRefusal.Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "this picture does not fit in %s even at %d pixels a side", Pictures.megabytes(maxBytes),
                        MIN_SIDE));
            }
            current = resize(current, side / (double) Math.max(current.getWidth(), current.getHeight()), alpha);
        }
    }

    private static double fit(BufferedImage image, int side) {
        return Math.min(1, side / (double) Math.max(image.getWidth(), image.getHeight()));
    }

    /** A copy scaled by {@code scale} in 8-bit ARGB (RGB without alpha), halving first so that thin lines survive. */
    private static BufferedImage resize(BufferedImage source, double scale, boolean alpha) {
        int targetW = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        do {
            int w = Math.max(targetW, current.getWidth() / 2);
            int h = Math.max(targetH, current.getHeight() / 2);
            if (current != source || w != current.getWidth() || h != current.getHeight()
                    || current.getType() != (alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)) {
                current = draw(current, w, h, alpha);
            }
        } while (current.getWidth() > targetW || current.getHeight() > targetH);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int w, int h, boolean alpha) {
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] png(BufferedImage image) throws PictureRefusal {
        return write(image, "png", null);
    }

    private static byte[] jpeg(BufferedImage image) throws PictureRefusal {
        return write(image, "jpeg", JPEG_QUALITY);
    }

    private static byte[] write(BufferedImage image, String format, Float quality) throws PictureRefusal {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new PictureRefusal(PictureRefusal.Reason.UNREADABLE, "this Java cannot write " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new PictureRefusal(PictureRefusal.Reason.UNREADABLE, "the smaller copy could not be made: "
                    + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
