package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed notebooks are clean: no outputs, the kys kernel, prose and code in turn. */
class NotebookFilesTest {
    @Test
    void theSevenTutorialsAreThere() throws Exception {
        List<String> names = NotebookFiles.list().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("01-medmnist-data.ipynb", "02-pixel-space-outliers.ipynb", "03-latent-space-inliers.ipynb",
                "04-train-energy-head.ipynb", "05-evaluate-ood.ipynb", "06-protocol-comparison.ipynb",
                "07-post-hoc-detectors.ipynb"), names);
    }

    @Test
    void committedWithoutOutputsForTheKysKernel() throws Exception {
        for (Path file : NotebookFiles.list()) {
            JsonObject notebook = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            assertEquals(4, notebook.get("nbformat").getAsInt(), file.toString());
            JsonObject spec = notebook.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
            assertEquals("kys", spec.get("name").getAsString(), file.toString());
            assertEquals("Java (kys)", spec.get("display_name").getAsString(), file.toString());
            assertEquals("java", spec.get("language").getAsString(), file.toString());
            int code = 0;
            int prose = 0;
            for (JsonElement element : notebook.getAsJsonArray("cells")) {
                JsonObject cell = element.getAsJsonObject();
                assertTrue(!NotebookFiles.text(cell.get("source")).isBlank(), file + ": empty cell");
                if ("code".equals(cell.get("cell_type").getAsString())) {
                    code++;
                    assertEquals(0, cell.getAsJsonArray("outputs").size(), file + ": a code cell has outputs");
                    assertTrue(cell.get("execution_count").isJsonNull(), file + ": a code cell has an execution count");
                } else {
                    prose++;
                }
            }
            assertTrue(code >= 3 && prose >= code / 2, file + ": " + code + " code cells, " + prose + " prose cells");
        }
    }

    @Test
    void notebooksThatShowImagesCreditMedMnist() throws Exception {
        for (Path file : NotebookFiles.list()) {
            String text = Files.readString(file);
            if (java.util.regex.Pattern.compile("\\.samples\\(\\d|gallery\\.").matcher(text).find()) {
                assertTrue(text.contains("MedMNIST v2") && text.contains("CC BY 4.0"), file + " shows images without the credit");
            }
        }
    }
}
