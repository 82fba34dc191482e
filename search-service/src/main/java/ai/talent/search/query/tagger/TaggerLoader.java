package ai.talent.search.query.tagger;

import ai.talent.search.query.SpanTagger;
import java.util.Optional;

/** Loads the promoted query tagger from the model registry, if one has been trained. */
public final class TaggerLoader {

    private TaggerLoader() {
    }

    public static Optional<SpanTagger> load(String registry, String model) {
        return Optional.empty();
    }
}
