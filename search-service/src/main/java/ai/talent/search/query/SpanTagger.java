package ai.talent.search.query;

import java.util.List;

/** A model that marks spans of a query (skills, roles, places...); the query tagger implements it. */
public interface SpanTagger {

    /** A tagged span: characters {@code [start, end)} of the text and its type (SKILL, ROLE, ...). */
    record TaggedSpan(int start, int end, String type) {
    }

    List<TaggedSpan> tag(String text);
}
