package ai.talent.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.localstack.es.ElasticsearchTestResource;
import ai.talent.search.index.es.ElasticsearchBackend;
import ai.talent.service.state.StateUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The back-end contract on a real Elasticsearch 9 node (local-stack's, with the nori analyzer). */
class ElasticsearchBackendContractTests extends SearchBackendContract {

    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        String url = ElasticsearchTestResource.url();
        client = ElasticsearchClient.of(b -> b.host(url));
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @AfterEach
    void dropIndices() {
        new ElasticsearchBackend(client, name, encoder().dimension(), TAXONOMY).dropAll();
    }

    @Test
    void aWriteRefusedWithTooManyRequestsIsTheStoreBeingUnavailableAndPassesOnceTheBlockIsLifted() throws Exception {
        // What Elasticsearch does at the flood-stage disk watermark: a read-only-allow-delete block, writes 429.
        client.indices().putSettings(p -> p.index(name).settings(st -> st.blocks(b -> b.readOnlyAllowDelete(true))));
        try {
            assertThatThrownBy(() -> write(List.of(ContractProfiles.BUSAN_KOTLIN), 2))
                    .isInstanceOf(StateUnavailableException.class).hasMessageContaining("429");
        } finally {
            client.indices().putSettings(p -> p.index(name)
                    .settings(st -> st.blocks(b -> b.readOnlyAllowDelete(false))));
        }
        write(List.of(ContractProfiles.BUSAN_KOTLIN), 2);
        assertThat(backend.get(ContractProfiles.BUSAN_KOTLIN.id())).get()
                .extracting(IndexedFreelancer::version).isEqualTo(2L);
    }

    @Override
    protected SearchBackend open(String name) {
        return new ElasticsearchBackend(client, name, encoder().dimension(), TAXONOMY);
    }

    @Override
    protected SearchBackend reopen(SearchBackend previous, String name) {
        previous.close();
        return open(name);
    }
}
