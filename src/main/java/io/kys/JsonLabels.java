package io.kys;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.util.function.Function;

/**
 * Enums written to JSON as the labels users see in files (e.g. {@code novel-class}, {@code nda++})
 * rather than as Gson's default constant names, and read back through their own parser, so an
 * unknown label is that parser's error.
 */
public final class JsonLabels {
    private JsonLabels() { }

    /**
     * Registers {@code type} on {@code builder}: written with {@code label}, read with {@code parse}.
     *
     * @return {@code builder}
     */
    public static <E extends Enum<E>> GsonBuilder register(GsonBuilder builder, Class<E> type,
                                                           Function<E, String> label, Function<String, E> parse) {
        return builder
                .registerTypeAdapter(type, (JsonSerializer<E>) (value, t, c) -> new JsonPrimitive(label.apply(value)))
                .registerTypeAdapter(type, (JsonDeserializer<E>) (json, t, c) -> parse.apply(json.getAsString()));
    }
}
