package dev.hindsight.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the line and column of a value given its path ({@code timeline[3].at}) by scanning
 * the text again. Used only when a refusal is made, so reading a good file pays nothing.
 */
final class LocationFinder {
    private LocationFinder() {
    }

    /** The location of the value at {@code path}, or null when it cannot be found. */
    static JsonLocation find(String text, String path) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .build();
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String here = stack.isEmpty() ? "" : stack.peek().child(parser.currentName());
                if (here.equals(path)) {
                    return parser.currentTokenLocation();
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (!path.startsWith(here)) {
                        parser.skipChildren();
                    } else {
                        stack.push(new Frame(here, token == JsonToken.START_ARRAY));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static final class Frame {
        private final String path;
        private final boolean array;
        private int index = -1;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String child(String name) {
            if (array) {
                index++;
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
