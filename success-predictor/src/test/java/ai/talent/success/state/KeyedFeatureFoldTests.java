package ai.talent.success.state;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.model.Project;
import ai.talent.service.state.StateJson;
import ai.talent.success.feature.ClientHistory;
import ai.talent.success.feature.InMemoryFeatureState;
import ai.talent.success.feature.StateUpdates;
import ai.talent.success.feature.SyntheticMarket;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keyed stores' folds (one freelancer or one client per key, routed as the topology re-keys events, values
 * through the stores' JSON) hold exactly the records the offline replay's state holds, at every award.
 */
class KeyedFeatureFoldTests {

    @Test
    void perKeyFoldsAgreeWithTheOfflineReplayAtEveryAward() {
        List<DomainEvent> events = SyntheticMarket.generate(30, 80, 11).events().stream()
                .sorted(Comparator.comparing(DomainEvent::occurredAt)).toList();
        InMemoryFeatureState offline = new InMemoryFeatureState();
        Map<String, String> freelancers = new HashMap<>();
        Map<String, String> clients = new HashMap<>();
        Map<String, Project> catalog = new HashMap<>();
        int awards = 0;
        int finishedSeen = 0;
        for (DomainEvent event : events) {
            if (event instanceof ContractAwarded a) {
                String f = a.contract().freelancerId();
                String c = a.contract().clientId();
                FreelancerFeatures online = read(freelancers, f, FreelancerFeatures.class, FreelancerFeatures.empty(f));
                assertThat(online.track()).isEqualTo(offline.trackRecord(f));
                assertThat(online.workload()).isEqualTo(offline.workload(f));
                assertThat(read(clients, c, ClientHistory.class, ClientHistory.empty(c)))
                        .isEqualTo(offline.clientHistory(c));
                finishedSeen += online.track().finished();
                awards++;
            }
            switch (event) {
                case ProjectPosted e -> catalog.put(e.project().id(), e.project());
                case ProjectUpdated e -> catalog.put(e.project().id(), e.project());
                default -> { }
            }
            StateUpdates.apply(offline, event);
            String f = SuccessTopology.freelancerKey(event);
            if (f != null) {
                FreelancerFeatures current = read(freelancers, f, FreelancerFeatures.class, FreelancerFeatures.empty(f));
                freelancers.put(f, StateJson.write(OneKeyFeatureState.apply(current, event,
                        id -> Optional.ofNullable(catalog.get(id)))));
            }
            String c = SuccessTopology.clientKey(event);
            if (c != null) {
                ClientHistory current = read(clients, c, ClientHistory.class, ClientHistory.empty(c));
                clients.put(c, StateJson.write(OneKeyFeatureState.apply(current, event,
                        id -> Optional.ofNullable(catalog.get(id)))));
            }
        }
        assertThat(awards).isGreaterThan(20);
        // the comparison is not vacuous: freelancers had finished contracts by the time of later awards
        assertThat(finishedSeen).isPositive();
    }

    private static <T> T read(Map<String, String> store, String key, Class<T> type, T empty) {
        String json = store.get(key);
        return json == null ? empty : StateJson.read(json, type);
    }
}
