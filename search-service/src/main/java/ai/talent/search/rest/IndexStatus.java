package ai.talent.search.rest;

import ai.talent.domain.model.Nullable;

/**
 * The search index at a glance: its back end and size; the dense encoder the service loaded ({@code encoder}: what
 * {@code talent.encoder.choice} resolved to, e.g. {@code encoder-bilingual v3 (auto)} or
 * {@code all-MiniLM-L6-v2 (fallback: ... not in ...)}; {@code model}: its model and version); whether it reads
 * Hangul (then Korean queries get the English dense weight); the encoder the index's vectors were made with, and
 * whether they are the loaded encoder's (false: the dense leg is off until the rebuild ends).
 */
public record IndexStatus(String backend, long freelancers, String encoder, @Nullable String model,
                          boolean readsHangul, @Nullable String vectors, boolean vectorsCurrent, boolean rebuilding) {
}
