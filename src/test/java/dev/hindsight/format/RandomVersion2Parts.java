package dev.hindsight.format;

import dev.hindsight.model.Classification;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.Extras;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.RawJson;
import dev.hindsight.model.Report;
import dev.hindsight.model.Review;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Random but valid version-2 parts for a report, each left at its default now and then. */
final class RandomVersion2Parts {
    private static final String ALPHABET = "aZ 09\t\n\"\\/{}é日本語עבריתالعربية😀\u0000\u2028";
    private static final List<String> RAW = List.of("null", "\"SEV2\"", "1.10", "true", "[]", "{}",
            "{\"at\":\"2024-06-10T11:00:00Z\",\"kind\":\"note\",\"text\":\"a \\\"row\\\"\",\"x\":[1,2.50E-3]}");

    private final Random random;

    RandomVersion2Parts(long seed) {
        this.random = new Random(seed);
    }

    Report decorate(Report r) {
        return r.builder()
                .language(maybe(() -> List.of("en-US", "en-GB", "de", "fr-CA", text()).get(random.nextInt(5)), ""))
                .classification(maybe(() -> new Classification(strings(), strings(), list(() ->
                        new ContributingFactor(text(), text(), extras())), strings(), random.nextBoolean()),
                        Classification.EMPTY))
                .review(maybe(() -> new Review(strings(), list(() -> new Dismissal(text(), text(), text(), extras()))),
                        Review.EMPTY))
                .comments(maybe(() -> list(this::comment), List.of()))
                .mergeConflicts(maybe(() -> list(() -> new MergeConflict(text(), raw(), raw(), raw(), extras())),
                        List.of()))
                .pictures(maybe(this::pictures, List.of()))
                .build();
    }

    private Comment comment() {
        return new Comment("c" + random.nextInt(1000), text(), instant(), text(), text(), text(), random.nextBoolean(),
                list(() -> new CommentReply(text(), instant(), text(), extras())), extras());
    }

    private List<Picture> pictures() {
        List<Picture> out = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 800_000 + random.nextInt(2_000) : random.nextInt(300)];
            random.nextBytes(bytes);
            out.add(new Picture("p" + i + ".png", List.of("image/png", "image/jpeg", "image/gif", "image/webp")
                    .get(random.nextInt(4)), sha256(bytes), random.nextInt(5000), random.nextInt(5000),
                    Base64.getEncoder().encodeToString(bytes), extras()));
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawJson raw() {
        return new RawJson(RAW.get(random.nextInt(RAW.size())));
    }

    private Instant instant() {
        return random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(946_684_800L + random.nextInt(1_000_000_000));
    }

    private Extras extras() {
        return random.nextInt(3) > 0 ? Extras.NONE
                : Extras.of(Map.of("future" + random.nextInt(9), JsonNumbers.node("1.10")));
    }

    private <T> T maybe(Supplier<T> value, T fallback) {
        return random.nextBoolean() ? value.get() : fallback;
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.add(element.get());
        }
        return out;
    }

    private List<String> strings() {
        return list(this::text);
    }

    private String text() {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int index = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(index);
            if (Character.isHighSurrogate(c)) {
                out.append(c).append(ALPHABET.charAt(index + 1));
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
