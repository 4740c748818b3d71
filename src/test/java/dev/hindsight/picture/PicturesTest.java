package dev.hindsight.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hindsight.model.Extras;
import dev.hindsight.model.Picture;
import dev.hindsight.model.Report;
import dev.hindsight.testing.TestPictures;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PicturesTest {
    private static final Map<String, byte[]> KINDS = Map.of(
            "8-bit RGB PNG", TestPictures.png(64, 40),
            "8-bit PNG with alpha", TestPictures.pngWithAlpha(64, 40),
            "palette PNG", TestPictures.pngPalette(64, 40),
            "16-bit grey PNG", TestPictures.png16(64, 40, false),
            "16-bit RGBA PNG", TestPictures.png16(64, 40, true),
            "JPEG", TestPictures.jpeg(64, 40),
            "GIF", TestPictures.gif(64, 40));

    @Test
    void everyKindIsTakenWithItsTypeSizeHashAndExactBytes() throws Exception {
        for (Map.Entry<String, byte[]> kind : KINDS.entrySet()) {
            byte[] bytes = kind.getValue();
            Picture p = Pictures.fromBytes(bytes, "Error rate (prod).png");
            String expectedType = kind.getKey().contains("JPEG") ? "image/jpeg"
                    : kind.getKey().contains("GIF") ? "image/gif" : "image/png";
            assertThat(p.mediaType()).as(kind.getKey()).isEqualTo(expectedType);
            assertThat(p.width()).as(kind.getKey()).isEqualTo(64);
            assertThat(p.height()).as(kind.getKey()).isEqualTo(40);
            assertThat(p.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(Base64.getDecoder().decode(p.base64())).isEqualTo(bytes);
            assertThat(p.name()).matches("Error-rate-prod-\\.(png|jpg|gif)|Error-rate-prod\\.(png|jpg|gif)")
                    .endsWith("." + PictureInfo.extension(expectedType));
            assertThat(PictureNames.isValid(p.name())).isTrue();
        }
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws Exception {
        assertThat(Pictures.fromBytes(TestPictures.jpeg(10, 10), "graph.png").name()).isEqualTo("graph.jpg");
        PictureRefusal refusal = catchThrowableOfType(PictureRefusal.class,
                () -> Pictures.fromBytes("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(), "graph.png"));
        assertThat(refusal.reason()).isEqualTo(PictureRefusal.Reason.NOT_A_PICTURE);
        assertThat(refusal.getMessage()).contains("not a PNG, JPEG or GIF");
    }

    @Test
    void aPictureOfTooManyPixelsIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = TestPictures.pngBomb(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        PictureRefusal refusal = catchThrowableOfType(PictureRefusal.class, () -> Pictures.fromBytes(bomb, "x.png"));
        assertThat(refusal.reason()).isEqualTo(PictureRefusal.Reason.TOO_MANY_PIXELS);
        assertThat(refusal.getMessage()).contains("50,000 \u00D7 50,000 pixels").doesNotContain("shrink");
        // Within each side's limit, but too many in all.
        assertThat(catchThrowableOfType(PictureRefusal.class, () -> Pictures.fromBytes(
                TestPictures.pngBomb(19_000, 19_000), "x.png")).reason()).isEqualTo(PictureRefusal.Reason.TOO_MANY_PIXELS);
        assertThat(catchThrowableOfType(PictureRefusal.class, () -> Pictures.fromBytes(
                TestPictures.pngBomb(0, 10), "x.png")).reason()).isEqualTo(PictureRefusal.Reason.UNREADABLE);
    }

    @Test
    void aPictureWhosePixelsDoNotDecodeIsRefusedAtInsertion() {
        byte[] small = TestPictures.pngBomb(100, 100); // the header is fine, the data holds far too few pixels
        PictureRefusal refusal = catchThrowableOfType(PictureRefusal.class, () -> Pictures.fromBytes(small, "x.png"));
        assertThat(refusal.reason()).isEqualTo(PictureRefusal.Reason.UNREADABLE);
        assertThat(refusal.getMessage()).startsWith("this PNG picture cannot be read");
    }

    /** Seeded: every cut and every flipped byte of real pictures is taken or refused in words, never a crash. */
    @Test
    void damagedPicturesAreTakenOrRefusedNeverACrash() {
        Random random = new Random(14);
        int refused = 0;
        for (int round = 0; round < 300; round++) {
            byte[] original = KINDS.values().toArray(new byte[0][])[random.nextInt(KINDS.size())];
            byte[] damaged = random.nextBoolean()
                    ? Arrays.copyOf(original, 8 + random.nextInt(original.length - 8))
                    : flip(original, random);
            try {
                Picture p = Pictures.fromBytes(damaged, "damaged");
                assertThat(p.width()).isPositive();
            } catch (PictureRefusal r) {
                refused++;
                assertThat(r.getMessage()).isNotBlank();
                assertThat(r.reason()).isIn(PictureRefusal.Reason.UNREADABLE, PictureRefusal.Reason.NOT_A_PICTURE,
                        PictureRefusal.Reason.TOO_MANY_PIXELS);
            }
        }
        assertThat(refused).as("most damage is noticed").isGreaterThan(100);
    }

    private static byte[] flip(byte[] original, Random random) {
        byte[] copy = original.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    @Test
    void aPictureOverTenMegabytesIsRefusedAndCanBeShrunkToFit() throws Exception {
        byte[] big = TestPictures.noisyPng(2000, 1800, 1);
        assertThat((long) big.length).isGreaterThan(PictureLimits.MAX_BYTES);
        PictureRefusal refusal = catchThrowableOfType(PictureRefusal.class, () -> Pictures.fromBytes(big, "noise.png"));
        assertThat(refusal.reason()).isEqualTo(PictureRefusal.Reason.TOO_LARGE);
        assertThat(refusal.reason().shrinkable()).isTrue();
        assertThat(refusal.getMessage()).contains("10.0 MB");

        byte[] shrunk = Pictures.shrink(big, PictureLimits.MAX_BYTES);
        assertThat((long) shrunk.length).isLessThanOrEqualTo(PictureLimits.MAX_BYTES);
        Picture p = Pictures.fromBytes(shrunk, "noise.png");
        assertThat(p.mediaType()).isEqualTo("image/png");
        assertThat(p.width()).isLessThan(2000);
        assertThat(p.width() / (double) p.height()).isCloseTo(2000 / 1800.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aJpegShrinksToAJpegAnd16BitPicturesShrinkToo() throws Exception {
        byte[] jpeg = TestPictures.jpeg(1200, 800);
        byte[] smaller = Pictures.shrink(jpeg, jpeg.length / 3);
        assertThat(smaller.length).isLessThanOrEqualTo(jpeg.length / 3);
        assertThat(Pictures.fromBytes(smaller, "p").mediaType()).isEqualTo("image/jpeg");
        byte[] deep = TestPictures.png16(300, 200, true);
        assertThat(Pictures.fromBytes(Pictures.shrink(deep, deep.length / 4), "p").mediaType()).isEqualTo("image/png");
    }

    @Test
    void theSamePictureIsStoredOnceAndAnotherWithTheSameNameIsRenamed() throws Exception {
        Picture a = Pictures.fromBytes(TestPictures.png(20, 10), "graph.png");
        Picture b = Pictures.fromBytes(TestPictures.png(30, 10), "graph.png");
        Pictures.Stored first = Pictures.store(Report.blank(), a);
        Pictures.Stored again = Pictures.store(first.report(), a);
        assertThat(again.report()).isSameAs(first.report());
        assertThat(again.name()).isEqualTo("graph.png");
        Pictures.Stored other = Pictures.store(again.report(), b);
        assertThat(other.name()).isEqualTo("graph-2.png");
        assertThat(other.report().pictures()).extracting(Picture::name).containsExactly("graph.png", "graph-2.png");
        assertThat(Pictures.store(other.report(), b).name()).isEqualTo("graph-2.png");
    }

    @Test
    void theReportsPicturesStayWithinTheBudget() throws Exception {
        String nineMegabytes = "A".repeat(12_000_000);
        Report report = Report.blank();
        for (int i = 0; i < 4; i++) {
            report = Pictures.store(report, new Picture("p" + i + ".png", "image/png", "%064d".formatted(i), 1, 1,
                    nineMegabytes, Extras.NONE)).report();
        }
        assertThat(Pictures.totalBytes(report)).isEqualTo(36_000_000);
        Report full = report;
        Picture five = Pictures.fromBytes(TestPictures.noisyPng(1000, 1500, 2), "five.png");
        PictureRefusal refusal = catchThrowableOfType(PictureRefusal.class, () -> Pictures.store(full, five));
        assertThat(refusal.reason()).isEqualTo(PictureRefusal.Reason.OVER_BUDGET);
        assertThat(refusal.getMessage()).contains("40.0 MB").contains("64 MiB");
    }

    @Test
    void findGivesTheBytesAndTheSizeReadFromThemOrSaysWhatIsWrong() throws Exception {
        byte[] bytes = TestPictures.pngWithAlpha(33, 12);
        Report report = Pictures.store(Report.blank(), Pictures.fromBytes(bytes, "a.png")).report();
        PictureLookup found = Pictures.find(report, "picture:a.png");
        assertThat(found.found()).isTrue();
        assertThat(found.data().bytes()).isEqualTo(bytes);
        assertThat(found.data().mediaType()).isEqualTo("image/png");
        assertThat(found.data().width()).isEqualTo(33);
        assertThat(Pictures.find(report, " PICTURE:a.png ").found()).isTrue();

        assertThat(Pictures.find(report, "picture:b.png").problem()).isEqualTo("the picture \"b.png\" is not in this report");

        // What a hostile file may hold: it claims 1 x 1 and holds a bomb; an unknown type; not Base64.
        List<Picture> hostile = List.of(
                new Picture("bomb.png", "image/png", "0".repeat(64), 1, 1,
                        Base64.getEncoder().encodeToString(TestPictures.pngBomb(60_000, 60_000)), Extras.NONE),
                new Picture("x.webp", "image/webp", "0".repeat(64), 1, 1, "AAAA", Extras.NONE),
                new Picture("text.png", "image/png", "0".repeat(64), 1, 1,
                        Base64.getEncoder().encodeToString("hello".getBytes()), Extras.NONE));
        Report bad = report.withPictures(hostile);
        assertThat(Pictures.find(bad, "picture:bomb.png").problem()).contains("60,000 \u00D7 60,000 pixels");
        assertThat(Pictures.find(bad, "picture:x.webp").problem()).contains("\"image/webp\"");
        assertThat(Pictures.find(bad, "picture:text.png").problem()).contains("not a PNG, JPEG or GIF");
    }

    @Test
    void namesAreAlwaysValidWhateverIsSuggested() {
        Random random = new Random(7);
        String alphabet = "aZ09._-/\\: \u00E9\u4E2D\u0000\n..";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(140); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = PictureNames.fromSuggestion(s.toString(), "image/gif");
            assertThat(PictureNames.isValid(name)).as("from %s", s).isTrue();
            assertThat(name).endsWith(".gif").doesNotStartWith(".").doesNotStartWith("-");
        }
        assertThat(PictureNames.fromSuggestion("../../etc/passwd", "image/png")).isEqualTo("passwd.png");
        assertThat(PictureNames.fromSuggestion("...", "image/png")).isEqualTo("picture.png");
        assertThat(PictureNames.fromSuggestion("Screenshot 2024-06-10 at 11.05.32.png", "image/png"))
                .isEqualTo("Screenshot-2024-06-10-at-11.05.32.png");
    }

    @Test
    void uniqueNamesStayWithinTheLongestName() {
        String longName = "x".repeat(96) + ".png";
        assertThat(PictureNames.unique(longName, List.of(longName))).hasSize(100).endsWith("-2.png");
        assertThatThrownBy(() -> new PictureLookup("x", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
