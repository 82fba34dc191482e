package ai.talent.nn.bilingual;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.PretrainedWeights;
import ai.talent.nn.transformer.TransformerConfig;
import java.util.Map;

/**
 * Builds the bilingual student from the English teacher: the same MiniLM geometry and every weight copied,
 * with a token table grown to the bilingual vocabulary. English rows keep their ids and values. A new unit's
 * row starts at the mean of the teacher's rows for its jamo (the pieces MiniLM itself turned Hangul into),
 * word-start or {@code ##} form as the teacher's tokenizer would have used them; a unit none of whose jamo the
 * teacher knows starts at the mean of the teacher's whole table.
 */
public final class BilingualStudent {

    private BilingualStudent() {
    }

    /** The student for {@code vocabulary} (token to id, the teacher's ids first), living in {@code manager}. */
    public static BertEncoder fromTeacher(BertEncoder teacher, Map<String, Integer> teacherVocabulary,
            Map<String, Integer> vocabulary, NDManager manager) {
        TransformerConfig t = teacher.config();
        if (teacherVocabulary.size() != t.vocabSize()) {
            throw new IllegalArgumentException("teacher vocabulary has " + teacherVocabulary.size()
                    + " units but the teacher's token table " + t.vocabSize() + " rows");
        }
        for (Map.Entry<String, Integer> e : teacherVocabulary.entrySet()) {
            Integer id = vocabulary.get(e.getKey());
            if (!e.getValue().equals(id)) {
                throw new IllegalArgumentException("unit '" + e.getKey() + "' has id " + id + " in the bilingual "
                        + "vocabulary but " + e.getValue() + " in the teacher's: English ids must not move");
            }
        }
        TransformerConfig config = new TransformerConfig(vocabulary.size(), t.hidden(), t.heads(), t.layers(),
                t.intermediate(), t.maxPositions(), t.typeVocabSize(), t.layerNormEps(), t.causal());
        BertEncoder student = PretrainedWeights.randomEncoder(config, manager);
        Map<String, Parameter> from = teacher.namedParameters();
        for (Map.Entry<String, Parameter> e : student.namedParameters().entrySet()) {
            if (!e.getKey().equals("embeddings.word_embeddings.weight")) {
                e.getValue().getArray().set(from.get(e.getKey()).getArray().toFloatArray());
            }
        }
        student.embeddings().words().getArray().set(
                tokenTable(teacher.embeddings().words().getArray().toFloatArray(), t.hidden(), teacherVocabulary,
                        vocabulary));
        return student;
    }

    /** The grown token table, row-major {@code [vocabulary, hidden]}. */
    static float[] tokenTable(float[] teacherRows, int hidden, Map<String, Integer> teacherVocabulary,
            Map<String, Integer> vocabulary) {
        int teacherSize = teacherRows.length / hidden;
        float[] mean = new float[hidden];
        for (int r = 0; r < teacherSize; r++) {
            for (int k = 0; k < hidden; k++) {
                mean[k] += teacherRows[r * hidden + k] / teacherSize;
            }
        }
        float[] table = new float[vocabulary.size() * hidden];
        System.arraycopy(teacherRows, 0, table, 0, teacherRows.length);
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            int id = e.getValue();
            if (id < teacherSize) {
                continue;
            }
            float[] row = decomposed(e.getKey(), teacherRows, hidden, teacherVocabulary);
            System.arraycopy(row == null ? mean : row, 0, table, id * hidden, hidden);
        }
        return table;
    }

    /** Mean of the teacher rows of the unit's jamo, or null when the teacher knows none of them. */
    private static float[] decomposed(String unit, float[] teacherRows, int hidden, Map<String, Integer> teacherVocab) {
        boolean continuation = unit.startsWith("##");
        String jamo = KoreanText.jamo(continuation ? unit.substring(2) : unit);
        float[] sum = new float[hidden];
        int found = 0;
        for (int i = 0; i < jamo.length(); i++) {
            String piece = (i == 0 && !continuation ? "" : "##") + jamo.charAt(i);
            Integer id = teacherVocab.get(piece);
            if (id == null) {
                continue;
            }
            found++;
            for (int k = 0; k < hidden; k++) {
                sum[k] += teacherRows[id * hidden + k];
            }
        }
        if (found == 0) {
            return null;
        }
        for (int k = 0; k < hidden; k++) {
            sum[k] /= found;
        }
        return sum;
    }
}
