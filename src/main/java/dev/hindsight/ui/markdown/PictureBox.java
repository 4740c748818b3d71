package dev.hindsight.ui.markdown;

import javafx.geometry.Orientation;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A picture that takes the width it is given up to its own, never more (no picture is shown
 * larger than it is), keeping its proportions; a narrow pane shrinks it rather than cutting it.
 */
final class PictureBox extends Region {
    private final ImageView view;
    private final double naturalWidth;
    private final double naturalHeight;

    PictureBox(Image image, int width, int height) {
        this.view = new ImageView(image);
        this.naturalWidth = Math.max(1, width);
        this.naturalHeight = Math.max(1, height);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        setMaxWidth(naturalWidth);
    }

    ImageView view() {
        return view;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return naturalWidth;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? naturalWidth : Math.min(width, naturalWidth);
        return naturalHeight * w / naturalWidth;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.min(getWidth(), naturalWidth);
        view.setFitWidth(w);
        view.setFitHeight(naturalHeight * w / naturalWidth);
        view.relocate(0, 0);
    }
}
