package io.kys.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.kys.AtomicFiles;
import io.kys.KysException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Saves and restores WideResNet weights as a named checkpoint in a folder: {@code NAME.params}
 * (every parameter, BatchNorm running statistics included) and {@code NAME.json} (the network
 * layout, the SHA-256 of the weights file and the caller's metadata). An optional
 * {@code NAME.state} holds whatever else a trainer needs to resume (epoch, random state, queues).
 *
 * <p>Each file is written atomically. The weights go first and the JSON, which names their
 * digest, last, so a crash between the two is caught on load instead of pairing new weights with
 * old metadata.
 *
 * <p>Loading copies the stored values into the model's existing parameter arrays, so anything
 * that holds those arrays (a trainer's parameter store, an optimizer) sees the restored weights.
 */
public final class Checkpoints {
    /** Name of the checkpoint kept for the best validation score. */
    public static final String BEST = "best";
    /** Name of the checkpoint written at the end of every epoch. */
    public static final String LAST = "last";

    private static final String FORMAT = "kys-checkpoint/1";
    private static final byte[] MAGIC = "KYSPARAM".getBytes(StandardCharsets.US_ASCII);
    private static final int PARAMS_VERSION = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private Checkpoints() { }

    /** The JSON beside the weights. */
    private record Header(String format, NetworkSpec network, String paramsSha256, Map<String, String> metadata) {
        CheckpointInfo toInfo(String name) {
            return new CheckpointInfo(name, network, metadata == null ? Map.of() : metadata);
        }
    }

    /**
     * Writes {@code dir/NAME.params} and {@code dir/NAME.json}, creating {@code dir} if needed.
     *
     * @param model a model made by {@link Models}
     * @param metadata key-value pairs to keep with the weights
     * @throws KysException when the files cannot be written
     */
    public static void save(Model model, Path dir, String name, Map<String, String> metadata) {
        checkName(name);
        WideResNet network = Models.network(model);
        Path params = paramsFile(dir, name);
        MessageDigest digest = sha256();
        AtomicFiles.write(params, out -> writeParameters(network, new DigestOutputStream(out, digest)));
        Header header = new Header(FORMAT, network.spec(),
                HexFormat.of().formatHex(digest.digest()), new LinkedHashMap<>(metadata));
        AtomicFiles.writeString(jsonFile(dir, name), GSON.toJson(header));
    }

    /**
     * The SHA-256 of {@code model}'s weights as {@link #save} would write them (every parameter,
     * BatchNorm running statistics included): the {@code paramsSha256} its checkpoint JSON would
     * record. It identifies the weights in memory, however they were obtained.
     */
    public static String weightsSha256(Model model) {
        MessageDigest digest = sha256();
        try {
            writeParameters(Models.network(model), new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        } catch (IOException e) {
            throw new UncheckedIOException("a null stream failed: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads the JSON of checkpoint {@code NAME} in {@code dir} without touching the weights.
     *
     * @throws KysException when it is missing or unreadable
     */
    public static CheckpointInfo readInfo(Path dir, String name) {
        return readHeader(dir, name).toInfo(name);
    }

    /**
     * The SHA-256 of the weights that checkpoint {@code NAME} in {@code dir} records in its JSON
     * (what {@link #weightsSha256} gives once it is loaded), read without touching the weights.
     *
     * @throws KysException when the JSON is missing or unreadable
     */
    public static String recordedWeightsSha256(Path dir, String name) {
        return readHeader(dir, name).paramsSha256();
    }

    /**
     * Copies the weights of checkpoint {@code NAME} into {@code model}.
     *
     * @return the checkpoint's layout and metadata
     * @throws KysException when the files are missing, do not match each other, or were saved
     *     from a network of another layout
     */
    public static CheckpointInfo load(Model model, Path dir, String name) {
        Header header = readHeader(dir, name);
        WideResNet network = Models.network(model);
        if (!network.spec().equals(header.network())) {
            throw new KysException("checkpoint " + jsonFile(dir, name) + " holds a " + header.network().describe()
                    + " but the model is a " + network.spec().describe());
        }
        Path params = paramsFile(dir, name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(params);
        } catch (NoSuchFileException e) {
            throw new KysException("checkpoint weights " + params + " are missing");
        } catch (IOException e) {
            throw new KysException("could not read " + params + ": " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!actual.equals(header.paramsSha256())) {
            throw new KysException(params + " does not match " + jsonFile(dir, name)
                    + " (SHA-256 differs; was a save interrupted?); use another checkpoint or retrain");
        }
        try {
            readParameters(network, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new KysException(params + " is not a readable checkpoint: " + e.getMessage(), e);
        }
        return header.toInfo(name);
    }

    /**
     * Builds the network that checkpoint {@code NAME} describes on {@code device} and loads its
     * weights. The caller closes the model.
     */
    public static Model open(Path dir, String name, Device device) {
        CheckpointInfo info = readInfo(dir, name);
        Model model = Models.create(info.network().newBlock(), device, 0L);
        try {
            load(model, dir, name);
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** Whether {@code dir} holds the JSON and the weights of checkpoint {@code NAME}. */
    public static boolean exists(Path dir, String name) {
        checkName(name);
        return Files.isRegularFile(jsonFile(dir, name)) && Files.isRegularFile(paramsFile(dir, name));
    }

    /**
     * Writes {@code dir/NAME.state}: opaque bytes a trainer needs to resume exactly (epoch, random
     * state, feature queues, optimizer moments). Save it after the weights of the same step.
     */
    public static void saveState(Path dir, String name, byte[] state) {
        checkName(name);
        Path file = dir.resolve(name + ".state");
        AtomicFiles.write(file, state);
    }

    /** Reads {@code dir/NAME.state}, or nothing when no state was saved. */
    public static Optional<byte[]> loadState(Path dir, String name) {
        checkName(name);
        Path file = dir.resolve(name + ".state");
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new KysException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The weights file of checkpoint {@code NAME}. */
    public static Path paramsFile(Path dir, String name) {
        return dir.resolve(name + ".params");
    }

    /** The JSON file of checkpoint {@code NAME}. */
    public static Path jsonFile(Path dir, String name) {
        return dir.resolve(name + ".json");
    }

    private static Header readHeader(Path dir, String name) {
        checkName(name);
        Path json = jsonFile(dir, name);
        Header header;
        try {
            header = GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), Header.class);
        } catch (NoSuchFileException e) {
            throw new KysException("no checkpoint '" + name + "' in " + dir + " (" + json.getFileName() + " is missing)");
        } catch (IOException e) {
            throw new KysException("could not read " + json + ": " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new KysException(json + " is not valid checkpoint JSON: " + e.getMessage(), e);
        }
        if (header == null || !FORMAT.equals(header.format()) || header.network() == null) {
            throw new KysException(json + " is not a " + FORMAT + " file");
        }
        return header;
    }

    /** Layout: magic, version, count, then per parameter its name, shape and float32 values. */
    private static void writeParameters(WideResNet network, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        List<Pair<String, Parameter>> params = network.getParameters().stream().toList();
        out.write(MAGIC);
        out.writeInt(PARAMS_VERSION);
        out.writeInt(params.size());
        for (Pair<String, Parameter> entry : params) {
            NDArray array = entry.getValue().getArray();
            out.writeUTF(entry.getKey());
            long[] dims = array.getShape().getShape();
            out.writeInt(dims.length);
            for (long d : dims) {
                out.writeLong(d);
            }
            float[] values = array.toFloatArray();
            ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(values);
            out.write(buffer.array());
        }
        out.flush();
    }

    private static void readParameters(WideResNet network, InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC) || in.readInt() != PARAMS_VERSION) {
            throw new IOException("unknown weights format");
        }
        List<Pair<String, Parameter>> params = network.getParameters().stream().toList();
        int count = in.readInt();
        if (count != params.size()) {
            throw new IOException("it holds " + count + " parameters, the network has " + params.size());
        }
        for (Pair<String, Parameter> entry : params) {
            String stored = in.readUTF();
            if (!stored.equals(entry.getKey())) {
                throw new IOException("parameter " + stored + " found where " + entry.getKey() + " was expected");
            }
            long[] dims = new long[in.readInt()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = in.readLong();
            }
            NDArray target = entry.getValue().getArray();
            if (!new Shape(dims).equals(target.getShape())) {
                throw new IOException("parameter " + stored + " has shape " + new Shape(dims)
                        + ", the network expects " + target.getShape());
            }
            int n = Math.toIntExact(target.size());
            ByteBuffer buffer = ByteBuffer.wrap(in.readNBytes(n * Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
            if (buffer.remaining() != n * Float.BYTES) {
                throw new IOException("file ends inside parameter " + stored);
            }
            float[] values = new float[n];
            buffer.asFloatBuffer().get(values);
            target.set(values);
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new KysException("checkpoint name '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
