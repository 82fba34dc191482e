package ai.talent.search.rest;

import ai.talent.domain.model.Nullable;

/** Where an index rebuild stands: running or not, and how the last one ended. */
public record RebuildStatus(boolean running, @Nullable String lastFinishedAt, @Nullable Long lastCount,
                            @Nullable String lastError, String backend, long freelancers) {
}
