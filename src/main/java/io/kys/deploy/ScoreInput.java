package io.kys.deploy;

/** One thing to score: a name for the output row and a way to read its pixels, called once, on any thread. */
public interface ScoreInput {
    /** How the output row names it: a file path, or {@code archive.npz#test_images[17]}. */
    String path();

    /** Its pixels, or why there are none; never throws for bad content. */
    DecodeResult read();

    /** An image file read by {@code decoder}. */
    static ScoreInput file(java.nio.file.Path file, ImageDecoder decoder) {
        String name = file.toString();
        return new ScoreInput() {
            @Override
            public String path() {
                return name;
            }

            @Override
            public DecodeResult read() {
                return decoder.decode(file);
            }
        };
    }

    /** Encoded image bytes (a table's content column) read by {@code decoder}. */
    static ScoreInput bytes(String path, byte[] content, ImageDecoder decoder) {
        return new ScoreInput() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public DecodeResult read() {
                return decoder.decode(content);
            }
        };
    }

    /** An input known already: decoded pixels, or a failure found while listing inputs. */
    static ScoreInput of(String path, DecodeResult result) {
        return new ScoreInput() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public DecodeResult read() {
                return result;
            }
        };
    }
}
