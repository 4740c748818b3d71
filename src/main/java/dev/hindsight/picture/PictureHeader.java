package dev.hindsight.picture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads what a picture is from its bytes alone: the media type from the first bytes (never the
 * file name), the pixel size from the header through ImageIO's reader without reading pixels,
 * and, only once the size is within {@link PictureLimits}, the pixels. Streams are cached in
 * memory, never in a temporary file.
 */
final class PictureHeader {
    private PictureHeader() {
    }

    /** {@code image/png}, {@code image/jpeg} or {@code image/gif} by the first bytes, or null for anything else. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PictureInfo.PNG;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return PictureInfo.JPEG;
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 'G', 'I', 'F', '8', '9', 'a')) {
            return PictureInfo.GIF;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The type and pixel size, checked against the limits; no pixel is decoded. */
    static PictureInfo read(byte[] bytes) throws PictureRefusal {
        String type = sniff(bytes);
        if (type == null) {
            throw new PictureRefusal(PictureRefusal.Reason.NOT_A_PICTURE,
                    "this is not a PNG, JPEG or GIF picture (its first bytes say so, whatever its name)");
        }
        ImageReader reader = reader(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            PictureInfo info = new PictureInfo(type, reader.getWidth(0), reader.getHeight(0));
            checkSize(info);
            return info;
        } catch (IOException | RuntimeException e) {
            throw unreadable(type, e);
        } finally {
            reader.dispose();
        }
    }

    static void checkSize(PictureInfo info) throws PictureRefusal {
        long pixels = (long) info.width() * info.height();
        if (info.width() <= 0 || info.height() <= 0) {
            throw new PictureRefusal(PictureRefusal.Reason.UNREADABLE, String.format(Locale.ROOT,
                    "this %s picture says it is %,d \u00D7 %,d pixels, which no picture is", info.kind(), info.width(),
                    info.height()));
        }
        if (info.width() > PictureLimits.MAX_SIDE || info.height() > PictureLimits.MAX_SIDE
                || pixels > PictureLimits.MAX_PIXELS) {
            throw new PictureRefusal(PictureRefusal.Reason.TOO_MANY_PIXELS, String.format(Locale.ROOT,
                    "this picture is %,d \u00D7 %,d pixels; a picture may have at most %,d pixels a side and %,d "
                            + "million in all, so it was not opened", info.width(), info.height(),
                    PictureLimits.MAX_SIDE, PictureLimits.MAX_PIXELS / 1_000_000));
        }
    }

    /**
     * The pixels, with every row of the file read (so that damage anywhere is found), kept at
     * most {@code maxSide} pixels a side by skipping rows and columns while reading.
     */
    static BufferedImage decode(byte[] bytes, PictureInfo info, int maxSide) throws PictureRefusal {
        ImageReader reader = reader(info.mediaType());
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int period = Math.max(1, (int) Math.ceil(Math.max(info.width(), info.height()) / (double) maxSide));
            param.setSourceSubsampling(period, period, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new IOException("no picture in the file");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw unreadable(info.mediaType(), e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(String mediaType) throws PictureRefusal {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new PictureRefusal(PictureRefusal.Reason.UNREADABLE, "this Java has no reader for " + mediaType);
        }
        return readers.next();
    }

    private static PictureRefusal unreadable(String mediaType, Exception e) {
        String kind = new PictureInfo(mediaType, 0, 0).kind();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new PictureRefusal(PictureRefusal.Reason.UNREADABLE, "this " + kind + " picture cannot be read: "
                + detail + " (a damaged file, or a kind of " + kind + " this version cannot show, such as a CMYK JPEG)", e);
    }
}
