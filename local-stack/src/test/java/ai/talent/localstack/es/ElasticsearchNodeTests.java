package ai.talent.localstack.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves that the official Java client works against the test node: Korean analysis, vectors, node info. */
class ElasticsearchNodeTests {

    private static final String INDEX = "talent-proof";

    private static ElasticsearchNode node;
    private static ElasticsearchClient client;

    record Doc(String title, float[] embedding) {
    }

    @BeforeAll
    static void startNodeAndIndexDocuments() throws IOException {
        long started = System.nanoTime();
        node = ElasticsearchNode.start();
        System.out.printf("Elasticsearch node ready in %.1f s at %s, RSS %d MB%n", (System.nanoTime() - started) / 1e9,
                node.url(), rssMegabytes(node.pid()));
        client = ElasticsearchClient.of(b -> b.host(node.url()));

        client.indices().create(c -> c.index(INDEX)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m
                        .properties("title", p -> p.text(t -> t.analyzer("nori")))
                        .properties("title_plain", p -> p.text(t -> t.analyzer("standard")))
                        .properties("embedding", p -> p.denseVector(v -> v.dims(3).similarity(DenseVectorSimilarity.Cosine).index(true)))));
        Map<String, Doc> docs = Map.of(
                "ko-backend", new Doc("서울에서 백엔드개발자를 구합니다", new float[] {1f, 0f, 0f}),
                "ko-design", new Doc("모바일 앱 디자이너 포트폴리오 검토", new float[] {0f, 1f, 0f}),
                "en-kotlin", new Doc("Senior Kotlin developer with fintech experience", new float[] {0f, 0f, 1f}),
                "en-design", new Doc("Graphic designer for mobile apps", new float[] {0.6f, 0.8f, 0f}));
        client.bulk(b -> {
            docs.forEach((id, doc) -> b.operations(op -> op.index(i -> i.index(INDEX).id(id).document(Map.of(
                    "title", doc.title(), "title_plain", doc.title(), "embedding", doc.embedding())))));
            return b.refresh(Refresh.True);
        });
    }

    @AfterAll
    static void stopNode() throws IOException {
        client.close();
        Path home = node.homeDir();
        long pid = node.pid();
        node.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("node process ended").isEmpty();
        assertThat(home).as("temporary home deleted").doesNotExist();
    }

    @Test
    void answersInfoLikeARealNode() throws IOException {
        InfoResponse info = client.info();

        assertThat(info.version().number()).isEqualTo("9.5.3");
        assertThat(info.tagline()).isEqualTo("You Know, for Search");
        assertThat(info.clusterUuid()).isNotBlank();
    }

    @Test
    void findsAKoreanCompoundWordPartThroughNori() throws IOException {
        assertThat(matchIds("title", "개발자")).containsExactly("ko-backend");
        // the standard analyzer keeps "백엔드개발자를" whole, so only morphological analysis finds it
        assertThat(matchIds("title_plain", "개발자")).isEmpty();
    }

    @Test
    void matchesEnglishCaseInsensitively() throws IOException {
        assertThat(matchIds("title", "KOTLIN")).containsExactly("en-kotlin");
    }

    @Test
    void returnsTheNearestVectorFirst() throws IOException {
        SearchResponse<JsonData> response = client.search(s -> s.index(INDEX)
                .knn(k -> k.field("embedding").queryVector(List.of(0.9f, 0.3f, 0f)).k(2).numCandidates(10)), JsonData.class);

        assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("ko-backend", "en-design");
    }

    private static List<String> matchIds(String field, String query) throws IOException {
        SearchResponse<JsonData> response = client.search(s -> s.index(INDEX)
                .query(q -> q.match(m -> m.field(field).query(query))), JsonData.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    private static long rssMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
