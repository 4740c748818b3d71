package dev.hindsight.ui.markdown;

import dev.hindsight.picture.PictureLimits;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Dragboard;

/**
 * Where a picture being inserted comes from (a file, a dropped or pasted image): how it is named
 * to the user, the name and alt text it is inserted with, and how its bytes are read, later and
 * off the JavaFX thread.
 */
record PictureSource(String label, String suggestedName, String alt, Callable<byte[]> bytes) {
    /** A file larger than this is refused without being read: no shrinking makes sense of it. */
    private static final long MAX_READ = 200_000_000;

    /** Whether a drag holds pictures: picture files, or an image. */
    static boolean accepts(Dragboard board) {
        return board.hasFiles() ? !pictureFiles(board.getFiles()).isEmpty() : board.hasImage();
    }

    static List<PictureSource> of(Dragboard board) {
        return board.hasFiles() ? files(pictureFiles(board.getFiles())) : List.of(image(board.getImage()));
    }

    /** The files among {@code files} named as pictures (.png, .jpg, .jpeg, .gif). */
    static List<Path> pictureFiles(List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).filter(PictureSource::looksLikePicture).toList();
    }

    private static boolean looksLikePicture(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif");
    }

    /** Picture files, each with its file name (without extension, dashes and underscores as spaces) as alt text. */
    static List<PictureSource> files(List<Path> files) {
        List<PictureSource> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String alt = (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
            out.add(new PictureSource("\u201c" + name + "\u201d", name, alt, () -> read(file)));
        }
        return out;
    }

    private static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_READ) {
            throw new IOException(String.format(Locale.ROOT, "it is %s; a picture may hold at most %s",
                    Pictures.megabytes(size), Pictures.megabytes(PictureLimits.MAX_BYTES)));
        }
        return Files.readAllBytes(file);
    }

    /** A picture from the clipboard: its pixels are taken now, made a PNG in the background. */
    static PictureSource image(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[Math.max(0, w * h)];
        if (w > 0 && h > 0 && image.getPixelReader() != null) {
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        }
        return new PictureSource("The pasted picture", "pasted-picture.png", "Pasted picture", () -> {
            boolean opaque = true;
            for (int p : argb) {
                opaque &= (p >>> 24) == 0xFF;
            }
            BufferedImage pixels = new BufferedImage(Math.max(1, w), Math.max(1, h),
                    opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            pixels.setRGB(0, 0, w, h, argb, 0, w);
            try {
                return Pictures.png(pixels);
            } catch (PictureRefusal refusal) {
                throw new IOException(refusal.getMessage(), refusal);
            }
        });
    }
}
