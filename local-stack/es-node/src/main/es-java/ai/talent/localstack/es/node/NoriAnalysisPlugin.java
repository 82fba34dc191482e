package ai.talent.localstack.es.node;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

/**
 * Registers the analyzer {@code nori} and the tokenizer {@code nori_tokenizer} under the names the official
 * {@code analysis-nori} plugin uses (which is not published to Maven Central), so that one index mapping
 * serves this test node and a production cluster alike.
 */
public class NoriAnalysisPlugin extends Plugin implements AnalysisPlugin {

    static final String NAME = "nori";

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("nori_tokenizer", (indexSettings, environment, name, settings) ->
                TokenizerFactory.newFactory(name, KoreanTokenizer::new));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(NAME, (indexSettings, environment, name, settings) -> new KoreanAnalyzerProvider(name));
    }

    /** Lucene's KoreanAnalyzer is what {@code nori} is: the tokenizer, part-of-speech stop tags, reading form, lower case. */
    private static final class KoreanAnalyzerProvider extends AbstractIndexAnalyzerProvider<KoreanAnalyzer> {

        private final KoreanAnalyzer analyzer = new KoreanAnalyzer();

        KoreanAnalyzerProvider(String name) {
            super(name);
        }

        @Override
        public KoreanAnalyzer get() {
            return analyzer;
        }
    }
}
