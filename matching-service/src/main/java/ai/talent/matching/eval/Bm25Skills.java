package ai.talent.matching.eval;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.text.MatchTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Baseline (a): BM25 (Lucene, standard analyzer) over the profiles' text, queried with the project's skills by
 * their English and Korean names and aliases. What a keyword search over profiles does with a project's skill list.
 */
final class Bm25Skills implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final SkillTaxonomy taxonomy;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Bm25Skills(List<Freelancer> pool, MatchTexts texts) {
        this.taxonomy = texts.taxonomy();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Freelancer f : pool) {
                Document d = new Document();
                d.add(new StringField("id", f.id(), Field.Store.YES));
                d.add(new TextField("text", texts.profile(f), Field.Store.NO));
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    /** BM25 scores of every profile matching any term, by freelancer id. */
    Map<String, Double> scores(MatchQuery q) {
        Query query = query(q);
        Map<String, Double> scores = new HashMap<>();
        try {
            TopDocs top = searcher.search(query, Math.max(1, reader.numDocs()));
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                scores.put(stored.document(sd.doc).get("id"), (double) sd.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    /** Freelancer ids by BM25 score, best first, at most {@code k}. */
    List<String> top(MatchQuery q, int k) {
        try {
            TopDocs top = searcher.search(query(q), k);
            List<String> ids = new java.util.ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(MatchQuery q) {
        Set<String> words = new LinkedHashSet<>();
        for (SkillRequirement r : q.required()) {
            names(r.skillId(), words);
        }
        for (SkillRequirement r : q.niceToHave()) {
            names(r.skillId(), words);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private void names(String skillId, Set<String> words) {
        Skill s = taxonomy.byId(skillId).orElse(null);
        if (s == null) {
            return;
        }
        analyze(s.nameEn(), words);
        analyze(s.nameKo(), words);
        s.aliases().forEach(a -> analyze(a, words));
    }

    private void analyze(String text, Set<String> words) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
