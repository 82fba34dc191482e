package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexical leg's top k lets the query skip documents, and still returns what sorting by (score, id) returns. */
class TopByScoreThenIdTests {

    @Test
    void sameDocumentsScoresAndOrderAsSortingByScoreThenIdWithManyTiesOverSeveralSegments(@TempDir Path dir)
            throws IOException {
        String[] words = {"react", "kotlin", "senior", "backend", "fintech", "seoul", "data", "design"};
        Random random = new Random(5);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 4000; i++) {
                ids.add(i);
            }
            java.util.Collections.shuffle(ids, random);
            for (int i = 0; i < ids.size(); i++) {
                Document doc = new Document();
                String id = "f-" + ids.get(i);
                doc.add(new StringField(LuceneFields.ID, id, Field.Store.NO));
                doc.add(new SortedDocValuesField(LuceneFields.ID, new BytesRef(id)));
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(3); w++) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                doc.add(new TextField("headline", text.toString(), Field.Store.NO));
                doc.add(new TextField("bio", words[random.nextInt(words.length)], Field.Store.NO));
                writer.addDocument(doc);
                if (i % 900 == 899) {
                    writer.commit();
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves().size()).as("segments").isGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortField(LuceneFields.ID,
                        SortField.Type.STRING));
                for (int q = 0; q < 12; q++) {
                    BooleanQuery.Builder should = new BooleanQuery.Builder();
                    for (int w = 0; w < 1 + q % 4; w++) {
                        String word = words[random.nextInt(words.length)];
                        should.add(new BoostQuery(new TermQuery(new Term("headline", word)), 3), Occur.SHOULD);
                        should.add(new TermQuery(new Term("bio", word)), Occur.SHOULD);
                    }
                    Query query = should.setMinimumNumberShouldMatch(1).build();
                    for (int k : new int[] {1, 7, 150}) {
                        TopDocs expected = searcher.search(query, k, byScoreThenId, true);
                        TopDocs actual = searcher.search(query, new TopByScoreThenId(k));
                        assertThat(render(actual)).as("query %s, k %d", query, k).isEqualTo(render(expected));
                    }
                }
            }
        }
    }

    private static List<String> render(TopDocs top) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }
}
