package ai.talent.matching.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.text.TextSignals;
import ai.talent.localstack.es.ElasticsearchTestResource;
import ai.talent.matching.text.TextVectors;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void anIndexCreatedBeforeTextSignalsGainsTheFieldWhenOpened() throws Exception {
        TextVectors encoder = ai.talent.matching.train.TestMarkets.pretrained();
        String before = ElasticsearchVectorIndex.mapping(encoder.dimension(), IndexSettings.defaults())
                .replaceAll("\\s*\"signals\": \\{[^}]*},", "");
        assertThat(before).doesNotContain("signals").contains("\"json\"");
        client.indices().create(c -> c.index(name).withJson(new StringReader(before)));
        Freelancer f = ai.talent.matching.train.TestMarkets.shared().freelancers().get(0);
        try (VectorIndex<Freelancer> index = open(name, encoder)) {
            index.upsertEmbedded(List.of(f), encoder.embed(List.of(kind().text(f))));
            index.publish();
            assertThat(index.knn(encoder.embed(List.of(kind().text(f)))[0], IndexFilter.NONE, 1).get(0).signals())
                    .isEqualTo(TextSignals.standard().encode(TextSignals.standard().readProfile(f)));
        }
    }

    @Override
    protected Optional<String> committedEncoder(VectorIndex<Freelancer> index) {
        return ((ElasticsearchVectorIndex<Freelancer>) index).committedEncoder();
    }
}
