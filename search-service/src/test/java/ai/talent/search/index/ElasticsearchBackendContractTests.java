package ai.talent.search.index;

import ai.talent.localstack.es.ElasticsearchTestResource;
import ai.talent.search.index.es.ElasticsearchBackend;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

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
