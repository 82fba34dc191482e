package ai.talent.nn.kt;

/**
 * AKT's state: for the most recent rows (at most the span), the projections every later row attends to,
 * each flattened {@code [cached, model]}: the question encoder's keys and values of the question embeddings,
 * the knowledge encoder's keys and values of the interaction embeddings, and the knowledge retriever's keys
 * (from encoded questions) and values (from encoded interactions). These never change once a row is seen, so
 * a new attempt costs one pass over the cached rows.
 *
 * @param rows rows seen in all (the next row's position)
 * @param cached how many of the latest rows the arrays hold
 * @param questions the cached rows' question ids (0: unknown)
 * @param responses the cached rows' responses (1 right, 0 wrong)
 */
public record AktState(int rows, int cached, int[] questions, int[] responses, float[] questionKeys, float[] questionValues, float[] knowledgeKeys,
                       float[] knowledgeValues, float[] retrieverKeys, float[] retrieverValues) implements KtState {
}
