package ai.talent.matching.scoring;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.matching.config.MatchingConfig;
import ai.talent.matching.explain.MatchExplainer;
import ai.talent.matching.exposure.ExposureLedger;
import ai.talent.matching.market.MarketCatalogs;
import ai.talent.matching.rank.Budgets;
import ai.talent.matching.rank.DefaultRanker;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchSignals;
import ai.talent.matching.rank.MatcherSettings;
import ai.talent.matching.rank.Ranker;
import ai.talent.matching.rank.RankerStore;
import ai.talent.matching.rank.RemotePredictions;
import ai.talent.matching.rank.TwoStageMatcher;
import ai.talent.matching.retrieval.CandidateRetriever;
import ai.talent.matching.retrieval.ElasticsearchVectorIndex;
import ai.talent.matching.retrieval.FreelancerKind;
import ai.talent.matching.retrieval.IndexSettings;
import ai.talent.matching.retrieval.IndexedKind;
import ai.talent.matching.retrieval.LuceneVectorIndex;
import ai.talent.matching.retrieval.ProjectKind;
import ai.talent.matching.retrieval.RetrievalSettings;
import ai.talent.matching.retrieval.VectorIndex;
import ai.talent.matching.success.SuccessPredictorClient;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.service.encoder.EncoderConfig;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.Catalogs;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Builds matching's two stages from {@code matching.*}: the towers' encoder (the promoted fine-tuned one, else the
 * suite's chosen encoder, {@code talent.encoder.choice}, as it is: MiniLM from its Maven artifact on a fresh clone), the vector indexes of freelancers and projects (Lucene HNSW on local
 * disk, or Elasticsearch kNN), the ranker (the promoted MLP ranker, else the documented default), the exposure cap
 * (its counts from the exposure window every replica folds from the recommendations topic), MMR and the success
 * predictor's client.
 */
@ApplicationScoped
public class MatchingSetup {

    private static final Logger LOG = Logger.getLogger(MatchingSetup.class);

    static final MatchTexts TEXTS = MatchTexts.standard();

    @Produces
    @Singleton
    ModelRegistry registry(MatchingConfig config) {
        return new ModelRegistry(config.registry());
    }

    @Produces
    @Singleton
    ChunkedEncoder encoder(MatchingConfig config, EncoderConfig encoders, ModelRegistry registry) {
        MatchingConfig.Encoder e = config.encoder();
        EncoderSettings settings = EncoderSettings.defaults().withChunkTokens(e.chunkTokens())
                .withCacheSize(e.cacheSize()).withEngine(engine(e.engine()));
        EncoderSelection chosen = EncoderSelection.resolve(EncoderChoice.parse(encoders.choice()), encoders.registry());
        LOG.infof("Encoder choice %s: %s (%s); the towers' base", encoders.choice(), chosen.description(),
                chosen.readsHangul() ? "reads Hangul" : "no Korean units");
        ChunkedEncoder towers = MatchEncoders.load(e.source(), new TowerBase(chosen), registry, settings);
        LOG.infof("The towers encode with %s", towers.fingerprint());
        return towers;
    }

    void closeEncoder(@Disposes ChunkedEncoder encoder) throws Exception {
        encoder.close();
    }

    static InferenceEngine engine(String name) {
        return switch (name) {
            case "pytorch" -> InferenceEngine.PYTORCH;
            case "onnx-runtime" -> InferenceEngine.ONNX_RUNTIME;
            default -> throw new IllegalArgumentException("matching.encoder.engine must be pytorch or onnx-runtime, was "
                    + name);
        };
    }

    /** The freelancers catalog, its store the freelancers' vector index (committed with its offsets). */
    @Produces
    @Singleton
    @Startup
    MarketCatalogs.Indexed<Freelancer> indexedFreelancers(Catalogs catalogs, MatchingConfig config,
                                                          ChunkedEncoder encoder) {
        FreelancerKind kind = new FreelancerKind(TEXTS);
        return MarketCatalogs.open(catalogs, MarketCatalogs.freelancers(), folder -> open(config, kind, encoder, folder));
    }

    /** The projects catalog, its store the projects' vector index (a freelancer's direction). */
    @Produces
    @Singleton
    @Startup
    MarketCatalogs.Indexed<Project> indexedProjects(Catalogs catalogs, MatchingConfig config, ChunkedEncoder encoder) {
        ProjectKind kind = new ProjectKind(TEXTS, budgets(config));
        return MarketCatalogs.open(catalogs, MarketCatalogs.projects(), folder -> open(config, kind, encoder, folder));
    }

    @Produces
    @Singleton
    Catalog<Freelancer> freelancers(MarketCatalogs.Indexed<Freelancer> indexed) {
        return indexed.catalog();
    }

    @Produces
    @Singleton
    Catalog<Project> projects(MarketCatalogs.Indexed<Project> indexed) {
        return indexed.catalog();
    }

    @Produces
    @Singleton
    VectorIndex<Freelancer> freelancerIndex(MarketCatalogs.Indexed<Freelancer> indexed) {
        return indexed.index();
    }

    @Produces
    @Singleton
    VectorIndex<Project> projectIndex(MarketCatalogs.Indexed<Project> indexed) {
        return indexed.index();
    }

    /**
     * The index of one kind in {@code folder} (its catalog's folder): Lucene HNSW there, or an Elasticsearch index
     * named {@code <prefix>-<kind>} (one per replica: give each replica its own prefix).
     */
    static <T extends Record> VectorIndex<T> open(MatchingConfig config, IndexedKind<T> kind, ChunkedEncoder encoder,
                                                  Path folder) {
        MatchingConfig.Index c = config.index();
        IndexSettings settings = IndexSettings.defaults().withEfSearch(c.efSearch());
        return switch (c.backend()) {
            case "lucene" -> LuceneVectorIndex.open(folder, kind, encoder, settings);
            case "elasticsearch" -> new ElasticsearchVectorIndex<>(ElasticsearchClient.of(b -> b.host(c.url()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "matching.index.backend=elasticsearch needs matching.index.url")))),
                    c.prefix() + "-" + kind.name(), kind, encoder, settings);
            default -> throw new IllegalArgumentException("matching.index.backend must be lucene or elasticsearch, was "
                    + c.backend());
        };
    }

    static Budgets budgets(MatchingConfig config) {
        return new Budgets(config.fixedBudgetHoursPerWeek());
    }

    /** Built at start-up, so that loading the encoder and opening the indexes never delays the first event. */
    @Produces
    @Singleton
    @Startup
    MatchingService matching(MatchingConfig config, ChunkedEncoder encoder, VectorIndex<Freelancer> freelancers,
                             VectorIndex<Project> projects, ModelRegistry registry, MatchSignals signals,
                             ExposureLedger exposure) {
        Ranker ranker = ranker(registry);
        MatchFeatures features = new MatchFeatures(budgets(config));
        RetrievalSettings retrieval = RetrievalSettings.defaults().withLegs(config.retrieval().dense(),
                config.retrieval().skill());
        RemotePredictions remote = config.success().url().map(url -> (RemotePredictions) new SuccessPredictorClient(
                url, config.success().timeout(), id -> freelancers.entity(id)
                .map(f -> f.hourlyRate().amount()).orElse(0L))).orElse(null);
        MatcherSettings settings = new MatcherSettings(config.exposure().share(), config.exposure().window(),
                config.mmr().lambda(), config.mmr().depth(), remote == null ? 0 : config.success().top());
        TwoStageMatcher matcher = new TwoStageMatcher(encoder, TEXTS, new CandidateRetriever<>(freelancers, retrieval),
                new CandidateRetriever<>(projects, retrieval), features, () -> ranker, signals, remote, settings,
                config.exposure().share() > 0 ? exposure : null);
        return new MatchingService(matcher, new MatchExplainer(TEXTS, features), signals, config.topK());
    }

    /** The promoted ranker, else the default one (a fresh clone, an empty registry). */
    static Ranker ranker(ModelRegistry registry) {
        try {
            return new RankerStore(registry).loadCurrent().map(r -> (Ranker) r).orElseGet(() -> {
                LOG.infof("No promoted %s in %s: ranking with %s", RankerStore.MODEL, registry.root(),
                        DefaultRanker.VERSION);
                return new DefaultRanker();
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "The promoted %s could not be loaded: ranking with %s", RankerStore.MODEL,
                    DefaultRanker.VERSION);
            return new DefaultRanker();
        }
    }
}
