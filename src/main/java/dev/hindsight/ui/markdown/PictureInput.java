package dev.hindsight.ui.markdown;

import dev.hindsight.edit.PictureEdits;
import dev.hindsight.format.IoMessages;
import dev.hindsight.model.Picture;
import dev.hindsight.picture.PictureLimits;
import dev.hindsight.picture.PictureReferences;
import dev.hindsight.picture.PictureRefusal;
import dev.hindsight.picture.Pictures;
import dev.hindsight.ui.window.TextFieldViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Pictures into a Markdown field: pasted from the clipboard (a screenshot), dropped as files,
 * or chosen with Insert Picture. Each is read and checked off the UI thread
 * ({@link Pictures#fromBytes}); one over 10 MB is offered to be shrunk; the others are stored in
 * the report once each and referred to at the caret as {@code ![alt](picture:NAME)}, all in one
 * undo step. What is refused is said in words. Talks to the editor only through
 * {@link PictureTarget}.
 */
public final class PictureInput {
    private static final Logger LOG = Logger.getLogger(PictureInput.class.getName());
    private static final String KEY = "hindsight.pictureInput";
    private static final String LAST_KEY = "hindsight.lastPictureInput";

    private final PictureTarget target;
    private final TextFieldViewModel field;
    private final PictureServices services;
    private final CopiedPictures copied;

    private record Checked(PictureSource source, Picture picture, byte[] bytes, PictureRefusal refusal) {
    }

    private PictureInput(PictureTarget target, TextFieldViewModel field, PictureServices services) {
        this.target = target;
        this.field = field;
        this.services = services;
        this.copied = new CopiedPictures(target, field, services);
    }

    /** Takes drops on {@code target}'s node and makes it the field Insert Picture goes to while focused. */
    public static PictureInput install(PictureTarget target, TextFieldViewModel field, PictureServices services) {
        PictureInput input = new PictureInput(target, field, services);
        Node node = target.node();
        node.getProperties().put(KEY, input);
        node.focusedProperty().addListener((o, was, focused) -> {
            if (focused && node.getScene() != null) {
                node.getScene().getProperties().put(LAST_KEY, input);
            }
        });
        node.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (PictureSource.accepts(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (PictureSource.accepts(e.getDragboard())) {
                input.take(PictureSource.of(e.getDragboard()));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return input;
    }

    /**
     * Makes {@code node} take pictures into {@code field}: drops and keys on it, a picture inserted
     * through {@code insert} (typing at the caret), {@code pasteHook} given the picture paste to
     * try before a text paste, and {@code copyHook} what a copy puts beside the text (the pictures
     * it refers to, {@link CopiedPictures}). Without {@code services} (null) nothing is installed
     * and null returned.
     */
    public static PictureInput takeInto(javafx.scene.Node node, java.util.function.Consumer<String> insert,
            java.util.function.Consumer<java.util.function.BooleanSupplier> pasteHook,
            java.util.function.Consumer<java.util.function.Function<String, java.util.Map<javafx.scene.input.DataFormat,
                    Object>>> copyHook, TextFieldViewModel field, PictureServices services) {
        if (services == null) {
            return null;
        }
        PictureInput input = install(new PictureTarget() {
            @Override
            public javafx.scene.Node node() {
                return node;
            }

            @Override
            public void insertAtCaret(String text) {
                insert.accept(text);
            }
        }, field, services);
        pasteHook.accept(input::paste);
        copyHook.accept(input.copied::copied);
        return input;
    }

    /**
     * The picture input Insert Picture goes to in {@code scene}: the focused field's, else the
     * field focused last if it is still shown.
     */
    public static Optional<PictureInput> of(Scene scene) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof PictureInput input) {
                return Optional.of(input);
            }
        }
        if (scene.getProperties().get(LAST_KEY) instanceof PictureInput input && shown(input.target.node(), scene)) {
            return Optional.of(input);
        }
        return Optional.empty();
    }

    private static boolean shown(Node node, Scene scene) {
        if (node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paste: true when the clipboard held pictures, or text copied with pictures, and they are
     * being inserted; false when it holds text (which the editor pastes as text: a spreadsheet
     * copies its cells as both).
     */
    public boolean paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (copied.paste(clipboard)) {
            return true;
        }
        List<Path> files = clipboard.hasFiles() ? PictureSource.pictureFiles(clipboard.getFiles()) : List.of();
        if (!files.isEmpty()) {
            take(PictureSource.files(files));
            return true;
        }
        if (clipboard.hasString() || !clipboard.hasImage() || clipboard.getImage() == null) {
            return false;
        }
        take(List.of(PictureSource.image(clipboard.getImage())));
        return true;
    }

    /** Insert Picture: chooses files and inserts them at the caret. */
    public void chooseAndInsert() {
        services.dialogs().choosePictures(services.folder()).ifPresent(files -> take(PictureSource.files(files)));
    }

    private void take(List<PictureSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        String activity = sources.size() == 1 ? "Reading the picture" : "Reading " + sources.size() + " pictures";
        services.background().submit(activity, () -> sources.stream().map(PictureInput::check).toList())
                .whenComplete((checked, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "pictures not read", failure);
                        services.dialogs().showError("The picture was not inserted", String.valueOf(failure));
                    } else {
                        afterCheck(checked);
                    }
                });
    }

    private static Checked check(PictureSource source) {
        byte[] bytes;
        try {
            bytes = source.bytes().call();
        } catch (Exception e) {
            String why = e instanceof IOException io ? IoMessages.describe(io) : String.valueOf(e.getMessage());
            return new Checked(source, null, null, new PictureRefusal(PictureRefusal.Reason.UNREADABLE,
                    "it could not be read: " + why, e));
        }
        try {
            return new Checked(source, Pictures.fromBytes(bytes, source.suggestedName()), bytes, null);
        } catch (PictureRefusal refusal) {
            return new Checked(source, null, bytes, refusal);
        }
    }

    private void afterCheck(List<Checked> checked) {
        List<Checked> accepted = new ArrayList<>();
        List<Checked> toShrink = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Checked c : checked) {
            if (c.picture() != null) {
                accepted.add(c);
            } else if (c.refusal().reason().shrinkable() && services.dialogs().confirmShrink(
                    c.source().label() + " is too large to insert",
                    capitalized(c.refusal().getMessage()) + ".\n\nHindsight can insert a smaller copy instead "
                            + "(fewer pixels, at most " + Pictures.megabytes(PictureLimits.MAX_BYTES)
                            + "). The file itself is not changed.")) {
                toShrink.add(c);
            } else {
                refused.add(c.source().label() + ": " + c.refusal().getMessage() + ".");
            }
        }
        if (toShrink.isEmpty()) {
            finish(accepted, refused);
            return;
        }
        services.background().submit("Shrinking the picture", () -> toShrink.stream().map(PictureInput::shrunk).toList())
                .whenComplete((shrunk, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "pictures not shrunk", failure);
                        refused.add("The picture could not be shrunk: " + failure);
                    } else {
                        for (Checked c : shrunk) {
                            if (c.picture() != null) {
                                accepted.add(c);
                            } else {
                                refused.add(c.source().label() + ": " + c.refusal().getMessage() + ".");
                            }
                        }
                    }
                    finish(accepted, refused);
                });
    }

    private static Checked shrunk(Checked c) {
        try {
            byte[] smaller = Pictures.shrink(c.bytes(), PictureLimits.MAX_BYTES);
            return new Checked(c.source(), Pictures.fromBytes(smaller, c.source().suggestedName()), smaller, null);
        } catch (PictureRefusal refusal) {
            return new Checked(c.source(), null, c.bytes(), refusal);
        }
    }

    private void finish(List<Checked> accepted, List<String> refused) {
        List<String> problems = new ArrayList<>(refused);
        if (!accepted.isEmpty()) {
            List<Picture> pictures = accepted.stream().map(Checked::picture).toList();
            try {
                PictureEdits.Added added = PictureEdits.store(field.report(), pictures);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < pictures.size(); i++) {
                    text.append(i == 0 ? "" : "\n\n")
                            .append(PictureReferences.markdown(accepted.get(i).source().alt(), added.names().get(i)));
                }
                field.changeWithTyping(PictureEdits.add(pictures), () -> target.insertAtCaret(text.toString()));
                target.node().requestFocus();
                LOG.info(() -> "inserted " + pictures.size() + " picture(s): " + added.names());
            } catch (PictureRefusal refusal) {
                problems.add(capitalized(refusal.getMessage()) + ".");
            }
        }
        if (!problems.isEmpty()) {
            LOG.info(() -> "pictures refused: " + problems);
            services.dialogs().showError(problems.size() == 1 ? "The picture was not inserted"
                    : problems.size() + " pictures were not inserted", String.join("\n\n", problems));
        }
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
