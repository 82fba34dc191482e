package ai.talent.search.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BM25 field boosts, the same in both back ends: a word in the headline says more than one in the bio, a skill
 * named by the taxonomy more than either. Every text field is searched twice, Nori-analysed and standard-analysed
 * ({@code .std}), so Korean inflections and English tokens both match.
 */
public final class FieldBoosts {

    /** Boost of a taxonomy skill the query names, per occurrence of its token (the declared level). */
    public static final float SKILL = 2.0f;

    /** Text fields and their boosts (the {@code .std} twin gets the same boost). */
    public static final Map<String, Float> TEXT;

    static {
        Map<String, Float> text = new LinkedHashMap<>();
        text.put("headline", 3.0f);
        text.put("skill_names", 2.0f);
        text.put("bio", 1.0f);
        text.put("name", 0.5f);
        TEXT = java.util.Collections.unmodifiableMap(text);
    }

    private FieldBoosts() {
    }
}
