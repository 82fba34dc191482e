package ai.talent.search.index;

import java.util.List;

/**
 * What the BM25 leg searches for: free text (analysed per field, Korean by Nori, English by the standard
 * analyzer) and taxonomy skill ids, each skill scored by the freelancer's declared level.
 */
public record LexicalQuery(String text, List<String> skillIds) {

    public LexicalQuery {
        text = text == null ? "" : text;
        skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
    }

    public boolean isEmpty() {
        return text.isBlank() && skillIds.isEmpty();
    }
}
