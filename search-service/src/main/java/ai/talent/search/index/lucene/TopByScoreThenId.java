package ai.talent.search.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best {@code k} documents by score, equal scores in id order: the same documents in the same order as sorting
 * by {@code (score, id)}, but the query may skip what cannot enter. Sorting on a field list makes Lucene score every
 * match of the BM25 leg's disjunction (eight text fields and the skill tokens: a query of common words matches most
 * of the index); here, once {@code k} documents are held, the query is told the lowest score that can still enter
 * ({@link Scorable#setMinCompetitiveScore}), so its block-max scorer skips blocks of documents that cannot reach it.
 * A document scoring exactly the lowest held score can still enter (by a smaller id), so ties at the cut are decided
 * as before.
 */
final class TopByScoreThenId implements CollectorManager<TopByScoreThenId.Top, TopDocs> {

    private final int k;

    TopByScoreThenId(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        this.k = k;
    }

    /** One held document: its score, index-wide doc number and id. */
    private record Entry(float score, int doc, BytesRef id) {
    }

    /** Better first: higher score, then smaller id (the ids' bytes, as a string sort orders them). */
    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble((Entry e) -> -e.score())
            .thenComparing(Entry::id);

    @Override
    public Top newCollector() {
        return new Top(k);
    }

    @Override
    public TopDocs reduce(Collection<Top> collectors) {
        List<Entry> all = new ArrayList<>();
        for (Top top : collectors) {
            for (Entry e : top.queue) {
                all.add(e);
            }
        }
        all.sort(BEST_FIRST);
        int n = Math.min(k, all.size());
        ScoreDoc[] docs = new ScoreDoc[n];
        for (int i = 0; i < n; i++) {
            docs[i] = new ScoreDoc(all.get(i).doc(), all.get(i).score());
        }
        return new TopDocs(new TotalHits(n, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), docs);
    }

    /** The worst held document on top. */
    private static final class Held extends PriorityQueue<Entry> {
        Held(int k) {
            super(k);
        }

        @Override
        protected boolean lessThan(Entry a, Entry b) {
            return BEST_FIRST.compare(a, b) > 0;
        }
    }

    static final class Top implements Collector {
        private final int k;
        private final Held queue;

        Top(int k) {
            this.k = k;
            this.queue = new Held(k);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues ids = DocValues.getSorted(context.reader(), LuceneFields.ID);
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (queue.size() == k) {
                        scorer.setMinCompetitiveScore(queue.top().score());
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    if (queue.size() == k) {
                        Entry worst = queue.top();
                        if (score < worst.score()) {
                            return;
                        }
                        BytesRef id = id(doc);
                        if (score == worst.score() && id.compareTo(worst.id()) >= 0) {
                            return;
                        }
                        queue.updateTop(new Entry(score, base + doc, id));
                    } else {
                        queue.add(new Entry(score, base + doc, id(doc)));
                    }
                    if (queue.size() == k) {
                        scorer.setMinCompetitiveScore(queue.top().score());
                    }
                }

                private BytesRef id(int doc) throws IOException {
                    if (!ids.advanceExact(doc)) {
                        return new BytesRef();
                    }
                    return BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue()));
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
