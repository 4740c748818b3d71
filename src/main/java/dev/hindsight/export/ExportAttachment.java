package dev.hindsight.export;

/**
 * A file an export writes beside its document, such as a picture the document links to:
 * {@code fileName} is a plain name ({@code [A-Za-z0-9._-]}, never {@code .} or {@code ..}) inside
 * {@link ExportOptions#picturesFolder()}.
 */
public record ExportAttachment(String fileName, byte[] bytes) {
    public ExportAttachment {
        if (!fileName.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*") || fileName.length() > 120) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
    }

    @Override
    public String toString() {
        return fileName + " (" + bytes.length + " bytes)";
    }
}
