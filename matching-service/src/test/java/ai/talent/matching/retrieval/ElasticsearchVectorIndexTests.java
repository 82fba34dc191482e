package ai.talent.matching.retrieval;

import ai.talent.domain.model.Freelancer;
import ai.talent.localstack.es.ElasticsearchTestResource;
import ai.talent.matching.text.TextVectors;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The index contract on a real Elasticsearch 9 node (local-stack's), never a mock. */
class ElasticsearchVectorIndexTests extends VectorIndexContract {

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
    void drop() {
        new ElasticsearchVectorIndex<>(client, name, kind(), ai.talent.matching.train.TestMarkets.pretrained(),
                IndexSettings.defaults()).drop();
    }

    @Override
    protected VectorIndex<Freelancer> open(String name, TextVectors encoder) {
        return new ElasticsearchVectorIndex<>(client, name, kind(), encoder, IndexSettings.defaults());
    }

    @Override
    protected Optional<String> committedEncoder(VectorIndex<Freelancer> index) {
        return ((ElasticsearchVectorIndex<Freelancer>) index).committedEncoder();
    }
}
