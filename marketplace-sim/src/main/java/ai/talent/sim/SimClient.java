package ai.talent.sim;

import ai.talent.domain.model.Client;

/**
 * A simulated client with its hidden quality (0–1: clear briefs, fair reviews, pays on time), which
 * raises the chance that its contracts succeed.
 */
public record SimClient(long index, Client client, double quality) {
}
