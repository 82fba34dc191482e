package ai.talent.search.index;

import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The back-end contract on the embedded Lucene index. */
class LuceneBackendContractTests extends SearchBackendContract {

    @TempDir
    Path dir;

    @Override
    protected SearchBackend open(String name) {
        return new LuceneBackend(dir.resolve(name), encoder().dimension(), TAXONOMY, LuceneSettings.defaults());
    }

    @Override
    protected SearchBackend reopen(SearchBackend previous, String name) {
        previous.close();
        return open(name);
    }
}
