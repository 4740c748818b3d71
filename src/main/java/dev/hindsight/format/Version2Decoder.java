package dev.hindsight.format;

import dev.hindsight.model.Classification;
import dev.hindsight.model.Comment;
import dev.hindsight.model.CommentReply;
import dev.hindsight.model.ContributingFactor;
import dev.hindsight.model.Dismissal;
import dev.hindsight.model.MergeConflict;
import dev.hindsight.model.Picture;
import dev.hindsight.model.ReportBuilder;
import dev.hindsight.model.Review;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the version-2 keys of the top-level object into a report being built; see {@link Version2Keys}. */
final class Version2Decoder {
    private static final Pattern PICTURE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_PIXELS_SIDE = 1_000_000;

    private final Decoding decoding;

    Version2Decoder(Decoding decoding) {
        this.decoding = decoding;
    }

    void decode(Members m, ReportBuilder into) throws ReportFormatException {
        into.language(m.string(Version2Keys.LANGUAGE));
        into.classification(new Classification(m.strings(Version2Keys.TAGS), m.strings(Version2Keys.AFFECTED_SERVICES),
                factors(m.objects(Version2Keys.CONTRIBUTING_FACTORS)), m.strings(Version2Keys.RELATED_INCIDENTS),
                m.bool(Version2Keys.NEAR_MISS)));
        into.review(new Review(m.strings(Version2Keys.REVIEW_CHECKLIST), dismissed(m.objects(Version2Keys.DISMISSED_FINDINGS))));
        into.comments(comments(m.objects(Version2Keys.COMMENTS)));
        into.mergeConflicts(conflicts(m.objects(Version2Keys.MERGE_CONFLICTS)));
        into.pictures(pictures(m.objects(Version2Keys.PICTURES)));
    }

    private static List<ContributingFactor> factors(List<Members> list) throws ReportFormatException {
        List<ContributingFactor> out = new ArrayList<>(list.size());
        for (Members f : list) {
            out.add(new ContributingFactor(f.string("category"), f.string("description"), f.extras()));
        }
        return out;
    }

    private static List<Dismissal> dismissed(List<Members> list) throws ReportFormatException {
        List<Dismissal> out = new ArrayList<>(list.size());
        for (Members d : list) {
            out.add(new Dismissal(d.string("rule"), d.string("path"), d.string("text"), d.extras()));
        }
        return out;
    }

    private List<Comment> comments(List<Members> list) throws ReportFormatException {
        List<Comment> out = new ArrayList<>(list.size());
        Set<String> ids = new HashSet<>();
        for (Members c : list) {
            String id = c.string("id");
            if (!id.isEmpty() && !ids.add(id)) {
                decoding.warn(c.path("id"), "another comment has the id \"" + Describe.clip(id)
                        + "\"; both are kept");
            }
            Comment comment = new Comment(id, c.string("author"), c.instant("createdAt"), c.string("text"),
                    c.string("path"), c.string("quote"), c.bool("resolved"), replies(c.objects("replies")),
                    c.extras());
            out.add(comment);
        }
        return out;
    }

    private static List<CommentReply> replies(List<Members> list) throws ReportFormatException {
        List<CommentReply> out = new ArrayList<>(list.size());
        for (Members r : list) {
            out.add(new CommentReply(r.string("author"), r.instant("createdAt"), r.string("text"), r.extras()));
        }
        return out;
    }

    private static List<MergeConflict> conflicts(List<Members> list) throws ReportFormatException {
        List<MergeConflict> out = new ArrayList<>(list.size());
        for (Members c : list) {
            out.add(new MergeConflict(c.string("path"), c.raw("base"), c.raw("ours"), c.raw("theirs"), c.extras()));
        }
        return out;
    }

    private List<Picture> pictures(List<Members> list) throws ReportFormatException {
        List<Picture> out = new ArrayList<>(list.size());
        Set<String> names = new HashSet<>();
        for (Members p : list) {
            String name = p.string("name");
            if (!PICTURE_NAME.matcher(name).matches()) {
                throw decoding.refusal(p.path("name"), "expected a picture name of 1 to 100 letters, digits, "
                        + "'.', '_' or '-', found \"" + Describe.clip(name) + "\"");
            }
            if (!names.add(name)) {
                throw decoding.refusal(p.path("name"), "another picture is named \"" + name
                        + "\": a name refers to one picture");
            }
            String mediaType = p.string("mediaType");
            if (!Picture.MEDIA_TYPES.contains(mediaType)) {
                decoding.warn(p.path("mediaType"), "\"" + Describe.clip(mediaType)
                        + "\" is not a picture type this version shows; the picture is kept as written");
            }
            String sha256 = p.string("sha256");
            if (!SHA256.matcher(sha256).matches()) {
                throw decoding.refusal(p.path("sha256"), "expected the SHA-256 of the picture as 64 lowercase "
                        + "hexadecimal digits, found \"" + Describe.clip(sha256) + "\"");
            }
            int width = p.count("width", MAX_PIXELS_SIDE);
            int height = p.count("height", MAX_PIXELS_SIDE);
            out.add(new Picture(name, mediaType, sha256, width, height, data(p), p.extras()));
        }
        return out;
    }

    /** The picture's Base64 pieces joined: together one Base64 text, padded only at its end. */
    private String data(Members p) throws ReportFormatException {
        List<String> pieces = p.strings("data");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece.length() > Version2Keys.PICTURE_CHUNK) {
                throw decoding.refusal(p.path("data") + "[" + i + "]", String.format(Locale.ROOT,
                        "a piece of a picture holds at most %,d characters, this one %,d",
                        Version2Keys.PICTURE_CHUNK, piece.length()));
            }
            all.append(piece);
        }
        int bad = firstNonBase64(all);
        if (bad >= 0) {
            throw decoding.refusal(p.path("data"), String.format(Locale.ROOT, "expected the picture as Base64 "
                    + "text (A-Z, a-z, 0-9, + and /, padded with = to a multiple of 4 characters), but character "
                    + "%,d of its data is not", bad + 1));
        }
        return all.toString();
    }

    /** The index of the first character that breaks standard padded Base64, or -1. */
    static int firstNonBase64(CharSequence s) {
        int n = s.length();
        int padding = n > 0 && s.charAt(n - 1) == '=' ? (n > 1 && s.charAt(n - 2) == '=' ? 2 : 1) : 0;
        for (int i = 0; i < n - padding; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
            if (!ok) {
                return i;
            }
        }
        return n % 4 == 0 ? -1 : n;
    }
}
