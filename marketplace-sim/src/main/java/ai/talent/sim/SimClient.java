package ai.talent.sim;

import ai.talent.domain.model.Client;
import java.util.List;

/**
 * A simulated client with its hidden truth and the freelancers it already knows (indices; it invites them to
 * its projects, which is where repeat hires come from).
 */
public record SimClient(long index, Client client, ClientTruth truth, List<Long> network) {

    public SimClient {
        network = List.copyOf(network);
    }

    public double quality() {
        return truth.quality();
    }
}
