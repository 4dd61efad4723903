package io.kys.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The twelve MedMNIST 2D datasets at 28 px: names, download addresses, MD5s, label names, split
 * sizes and licenses, read from the bundled {@code medmnist-catalog.json} (a copy of MedMNIST's
 * own catalog facts).
 */
public final class MedMnistCatalog {
    private static final String RESOURCE = "medmnist-catalog.json";
    private static volatile MedMnistCatalog standard;

    private final Map<String, DatasetInfo> byName;

    private MedMnistCatalog(Map<String, DatasetInfo> byName) {
        this.byName = byName;
    }

    /** The bundled catalog, parsed once per process. */
    public static MedMnistCatalog standard() {
        MedMnistCatalog c = standard;
        if (c == null) {
            synchronized (MedMnistCatalog.class) {
                c = standard;
                if (c == null) {
                    c = loadResource();
                    standard = c;
                }
            }
        }
        return c;
    }

    private static MedMnistCatalog loadResource() {
        try (InputStream in = MedMnistCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a catalog in the layout of the bundled resource: {@code {"datasets": {name: {url, MD5,
     * n_channels, task, label, n_samples, license, v2_url, v2_MD5, v2_n_samples, size_bytes}}}}.
     */
    public static MedMnistCatalog parse(Reader json) {
        JsonObject datasets = JsonParser.parseReader(json).getAsJsonObject().getAsJsonObject("datasets");
        Map<String, DatasetInfo> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : datasets.entrySet()) {
            byName.put(e.getKey(), toInfo(e.getKey(), e.getValue().getAsJsonObject()));
        }
        return new MedMnistCatalog(byName);
    }

    private static DatasetInfo toInfo(String name, JsonObject o) {
        return new DatasetInfo(name,
                o.get("url").getAsString(),
                o.get("MD5").getAsString(),
                o.get("n_channels").getAsInt(),
                o.get("task").getAsString(),
                labelNames(o.getAsJsonObject("label")),
                splitSizes(o.getAsJsonObject("n_samples")),
                o.get("license").getAsString(),
                o.has("v2_url") ? o.get("v2_url").getAsString() : null,
                o.has("v2_MD5") ? o.get("v2_MD5").getAsString() : null,
                o.has("v2_n_samples") ? splitSizes(o.getAsJsonObject("v2_n_samples")) : null,
                o.has("size_bytes") ? o.get("size_bytes").getAsLong() : -1);
    }

    private static List<String> labelNames(JsonObject labels) {
        // Keys are label values as strings; order them numerically so index == label.
        TreeMap<Integer, String> sorted = new TreeMap<>();
        labels.entrySet().forEach(e -> sorted.put(Integer.parseInt(e.getKey()), e.getValue().getAsString()));
        List<String> names = new ArrayList<>();
        for (Map.Entry<Integer, String> e : sorted.entrySet()) {
            if (e.getKey() != names.size()) {
                throw new IllegalStateException("label values must be 0..k-1, found gap at " + names.size());
            }
            names.add(e.getValue());
        }
        return names;
    }

    private static SplitSizes splitSizes(JsonObject o) {
        return new SplitSizes(o.get("train").getAsInt(), o.get("val").getAsInt(), o.get("test").getAsInt());
    }

    /** All datasets in catalog order. */
    public List<DatasetInfo> all() {
        return List.copyOf(byName.values());
    }

    /** All dataset names in catalog order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The dataset called {@code name} (case-insensitive), if there is one. */
    public Optional<DatasetInfo> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The dataset called {@code name}.
     *
     * @throws KysException for an unknown name, suggesting the closest catalog name
     */
    public DatasetInfo require(String name) {
        return find(name).orElseThrow(() -> new KysException(unknownNameMessage(name)));
    }

    private String unknownNameMessage(String name) {
        String typed = String.valueOf(name).toLowerCase(Locale.ROOT);
        return EditDistance.closest(typed, byName.keySet())
                .map(s -> "unknown dataset '" + name + "'; did you mean '" + s + "'?")
                .orElse("unknown dataset '" + name + "'; known datasets: " + String.join(", ", byName.keySet()));
    }

    /** The catalog dataset and release whose file has this MD5, if any. */
    public Optional<CatalogMatch> findByMd5(String md5) {
        for (DatasetInfo info : byName.values()) {
            Optional<Release> r = info.matchMd5(md5);
            if (r.isPresent()) {
                return Optional.of(new CatalogMatch(info, r.get()));
            }
        }
        return Optional.empty();
    }
}
