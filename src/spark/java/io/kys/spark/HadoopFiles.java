package io.kys.spark;

import io.kys.KysException;
import io.kys.deploy.DecodeResult;
import io.kys.deploy.ImageDecoder;
import io.kys.deploy.ScoreInput;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Files on any Hadoop file system as score inputs. The driver lists them ({@link #list}); the
 * executors read each one when its batch is scored ({@link #input}). Spark's own file sources
 * are not used because they silently drop empty files, and an empty file must come out as a row
 * with its reason, as on one machine. Local files ({@code file:}) are read by the very code of
 * the single-machine path; others are read into memory up to {@link #MAX_FILE_BYTES}, then decoded
 * with the same checks.
 */
final class HadoopFiles {
    /** Non-local files larger than this are refused unread (no image a 28 px model needs comes close). */
    static final long MAX_FILE_BYTES = 256L << 20;

    private HadoopFiles() { }

    /**
     * Every file under {@code input} (a file or a folder, recursively), sorted, as URIs.
     *
     * @throws KysException when {@code input} does not exist or cannot be listed
     */
    static List<String> list(String input, Configuration conf) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        List<String> files = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(root);
            if (status.isFile()) {
                files.add(status.getPath().toString());
            } else {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile()) {
                        files.add(f.getPath().toString());
                    }
                }
            }
        } catch (FileNotFoundException e) {
            throw new KysException("no such file or folder: " + input);
        } catch (IOException e) {
            throw new KysException("cannot list " + input + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    /** The input of the file at {@code uri}, read only when its batch is decoded. */
    static ScoreInput input(String uri, ImageDecoder decoder) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        URI u = path.toUri();
        if (u.getScheme() == null || u.getScheme().equals("file")) {
            return ScoreInput.file(Path.of(u.getPath()), decoder);
        }
        return new ScoreInput() {
            @Override
            public String path() {
                return uri;
            }

            @Override
            public DecodeResult read() {
                try {
                    FileSystem fs = path.getFileSystem(new Configuration());
                    long length = fs.getFileStatus(path).getLen();
                    if (length > MAX_FILE_BYTES) {
                        return DecodeResult.failed("file too large: " + length + " bytes, over " + MAX_FILE_BYTES);
                    }
                    try (InputStream in = fs.open(path)) {
                        return decoder.decode(in.readNBytes((int) length));
                    }
                } catch (IOException e) {
                    return DecodeResult.failed("cannot read: " + e.getMessage());
                }
            }
        };
    }
}
