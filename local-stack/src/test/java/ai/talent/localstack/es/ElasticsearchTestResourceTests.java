package ai.talent.localstack.es;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchTestResourceTests {

    @Test
    void sharesOneNodeBetweenTestClassesAndKeepsItAcrossStop() throws Exception {
        ElasticsearchTestResource first = new ElasticsearchTestResource();
        Map<String, String> firstConfig = first.start();
        first.stop();
        Map<String, String> secondConfig = new ElasticsearchTestResource().start();

        assertThat(firstConfig).containsOnlyKeys(ElasticsearchTestResource.URL_PROPERTY);
        assertThat(secondConfig).isEqualTo(firstConfig);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(firstConfig.get(ElasticsearchTestResource.URL_PROPERTY) + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"number_of_nodes\":1");
    }
}
