package ai.talent.success.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.success.feature.TextEmbedder;
import ai.talent.success.model.EnsembleStore;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.MlpHyperparameters;
import ai.talent.success.model.SuccessEnsemble;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Online learning through the real broker: labelled contracts flow in as events, the background trainer trains
 * a first model once {@code success.learning.retrain-after} (60 in tests) labels have arrived, a candidate that is
 * worse on the recent window is refused and kept with its metrics while the current model keeps answering, and
 * promote / rollback switch the served model.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class ModelLifecycleFlowTests extends KafkaFlowTest {

    private static final Duration TRAINING = Duration.ofSeconds(150);

    @Inject
    Retrainer retrainer;

    @Inject
    SuccessModels models;

    @Test
    void worseCandidateIsRefusedAndTheCurrentModelKeepsServing() {
        LabelledMarket market = LabelledMarket.of(6, 12, 72);
        kafka.sendAll(market.catalog());
        String last = market.strong().get(0);
        String lastProject = market.projects().get(0);
        await().atMost(TIMEOUT).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body("{\"projectId\":\"" + lastProject + "\",\"freelancerId\":\"" + last + "\"}")
                .post("/v1/predictions").then().statusCode(200));
        await().atMost(TIMEOUT).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body("{\"projectId\":\"" + market.projects().get(11) + "\",\"freelancerId\":\""
                        + market.weak().get(5) + "\"}")
                .post("/v1/predictions").then().statusCode(200));

        // 72 contracts: the Java developers succeed, the photographers do not
        kafka.sendAll(market.contracts());

        // the background trainer trains a first model from the labels and publishes it with its metrics
        await().atMost(TRAINING).pollInterval(Duration.ofSeconds(1)).until(() -> !models.versions().isEmpty());
        String first = models.versions().get(0).version();
        given().get("/v1/models").then().statusCode(200)
                .body("versions.version", hasItem(first))
                .body("baseline", equalTo("baseline-logistic-1"));
        assertThat(models.versions().get(0).metrics()).containsKeys("window.logloss", "current.window.logloss",
                "validation.auc", "temperature", "labels", "promoted");
        // whether or not it beat the baseline, an operator may promote it
        given().post("/v1/models/{version}/promote", first).then().statusCode(200)
                .body("serving", equalTo(first));

        // a candidate that learned the opposite of the truth (labels flipped before the window) is worse there
        List<Example> examples = retrainer.labelledExamples();
        assertThat(examples.size()).isGreaterThanOrEqualTo(60);
        CandidateTraining.Split split = CandidateTraining.split(examples, 0.2);
        List<Example> misleading = new ArrayList<>();
        split.train().forEach(e -> misleading.add(new Example(e.contractId(), e.input(), !e.succeeded())));
        split.validation().forEach(e -> misleading.add(new Example(e.contractId(), e.input(), !e.succeeded())));
        misleading.addAll(split.window());
        SuccessModels.TrainingReport report = models.retrain(misleading, message -> { });

        assertThat(report.promoted()).as(report.reason()).isFalse();
        assertThat(report.metrics().get("window.logloss")).isGreaterThan(report.metrics().get("current.window.logloss"));
        assertThat(models.servingVersion()).isEqualTo(first);
        given().get("/v1/models").then().statusCode(200)
                .body("serving", equalTo(first))
                .body("versions.find { it.version == '" + report.version() + "' }.status", equalTo("candidate"))
                .body("versions.find { it.version == '" + report.version() + "' }.metrics.promoted", equalTo(0.0f));
        String body = "{\"projectId\":\"" + lastProject + "\",\"freelancerId\":\"" + last + "\",\"language\":\"ko\"}";
        given().contentType(ContentType.JSON).body(body).post("/v1/predictions").then().statusCode(200)
                .body("modelVersion", equalTo(first))
                .body("interval.level", equalTo(0.9f))
                .body("reasons.size()", org.hamcrest.Matchers.greaterThan(0));

        // an operator can still promote it, and roll back atomically to the one before
        given().post("/v1/models/{version}/promote", report.version()).then().statusCode(200)
                .body("serving", equalTo(report.version()));
        given().contentType(ContentType.JSON).body(body).post("/v1/predictions").then().statusCode(200)
                .body("modelVersion", equalTo(report.version()));
        given().post("/v1/models/rollback").then().statusCode(200).body("serving", equalTo(first));
        assertThat(models.servingVersion()).isEqualTo(first);

        // the models name the encoder that embedded their texts (no registry here: auto resolved to MiniLM) ...
        EnsembleStore store = new EnsembleStore(models.registry());
        try (SuccessEnsemble served = store.load(SuccessModels.MODEL, first)) {
            assertThat(served.spec().encoder()).isEqualTo(models.trainingEncoder()).isEqualTo("all-MiniLM-L6-v2");
            // ... and a version whose texts were embedded by an encoder this service lacks is refused before any
            // decision is recorded: its texts would land in another vector space
            TextEmbedder miniLm = models.embedder(served);
            TextEmbedder elsewhere = new TextEmbedder() {
                @Override
                public int dimension() {
                    return miniLm.dimension();
                }

                @Override
                public String encoderId() {
                    return "encoder-bilingual v9";
                }

                @Override
                public float[] embed(String text) {
                    return miniLm.embed(text);
                }

                @Override
                public float[][] embed(List<String> texts) {
                    return miniLm.embed(texts);
                }
            };
            CandidateTraining.Candidate foreign = CandidateTraining.train(SuccessModels.MODEL, split,
                    models.features(), elsewhere, EnsembleTrainer.Settings.defaults().withTrials(0).withMembers(2)
                            .withBase(MlpHyperparameters.defaults().withMaxEpochs(3)), message -> { });
            String other;
            try (SuccessEnsemble ensemble = foreign.ensemble()) {
                assertThat(ensemble.spec().encoder()).isEqualTo("encoder-bilingual v9");
                other = store.publish(SuccessModels.MODEL, ensemble, foreign.metrics(), "test:foreign-encoder");
            }
            given().post("/v1/models/{version}/promote", other).then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.containsString("cannot be served here"))
                    .body("detail", org.hamcrest.Matchers.containsString("encoder-bilingual v9 is not in the model "
                            + "registry"));
            assertThat(models.servingVersion()).isEqualTo(first);
            assertThat(models.registry().currentVersion(SuccessModels.MODEL)).isEqualTo(first);
        }

        // a batch answers each item with the served model
        String item = "{\"projectId\":\"" + lastProject + "\",\"freelancerId\":\"" + last + "\"}";
        given().contentType(ContentType.JSON).body("{\"requests\":[" + item + "," + item + "],\"reasons\":false}")
                .post("/v1/predictions/batch").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].modelVersion", equalTo(first));
    }
}
