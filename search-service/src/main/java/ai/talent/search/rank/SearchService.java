package ai.talent.search.rank;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.config.SearchConfig;
import ai.talent.search.index.CatalogIndex;
import ai.talent.search.query.QueryParser;
import ai.talent.search.query.QueryShape;
import ai.talent.search.query.tagger.TaggerLoader;
import ai.talent.service.metrics.ModelMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The service's searcher, built from configuration: the catalogue index, the query parser (rules, plus the
 * query tagger when one has been trained into the model registry), and the fusion weights per query shape.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    private final HybridSearcher searcher;
    private final QueryParser parser;
    private final LegExecutor legs;

    public SearchService(SearchConfig config, CatalogIndex index, ModelMetrics models) {
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        QueryParser rules = new QueryParser(taxonomy, config.usdKrw());
        this.parser = TaggerLoader.load(config.tagger().registry(), config.tagger().model())
                .map(rules::withTagger).orElse(rules);
        LOG.infof("Query understanding: rules%s", parser.hasTagger() ? " + query tagger" : " only (no query tagger trained)");
        this.searcher = new HybridSearcher(index::backend, index.encoder(), index::vectorsCurrent, () -> parser,
                taxonomy, weights(config.fusion()), FitFactors.defaults(),
                new HybridSearcher.Settings(config.candidates(), 20, config.fusion().koreanDenseAsEnglish()))
                .observedBy(models);
        this.legs = config.legThreads() > 0 ? new LegExecutor(config.legThreads()) : null;
        searcher.legsOn(legs);
    }

    @PreDestroy
    void stop() {
        if (legs != null) {
            legs.close();
        }
    }

    /** The fusion weights a configuration names (shape keys checked); the evaluation scores the shipped ones. */
    public static FusionWeights weights(SearchConfig.Fusion fusion) {
        Map<String, double[]> byShape = new HashMap<>();
        fusion.shapes().forEach((shape, triple) -> byShape.put(shape.replace('-', '.'), FusionWeights.parse(triple)));
        for (String key : byShape.keySet()) {
            boolean known = false;
            for (QueryShape.Script s : QueryShape.Script.values()) {
                String script = s.name().toLowerCase(java.util.Locale.ROOT);
                known |= key.equals(script + ".short") || key.equals(script + ".long");
            }
            if (!known) {
                throw new IllegalArgumentException("talent.search.fusion.shapes: unknown query shape '" + key
                        + "'; use ko-short, ko-long, en-short, en-long, mixed-short or mixed-long");
            }
        }
        return new FusionWeights(fusion.k(), byShape, FusionWeights.parse(fusion.fallback()));
    }

    public HybridSearcher searcher() {
        return searcher;
    }

    public QueryParser parser() {
        return parser;
    }
}
