package ai.talent.nn.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Span-level precision/recall/F1 for BIO tag sequences, CoNLL style: a predicted span counts only
 * if its type and both boundaries match a gold span exactly. Reported per type and micro-averaged.
 */
public record SpanF1(Map<String, PrecisionRecallF1> perType, PrecisionRecallF1 overall) {

    public static SpanF1 of(List<List<String>> predicted, List<List<String>> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold hold different numbers of sequences: "
                    + predicted.size() + " vs " + gold.size());
        }
        Set<Span> predictedSpans = new HashSet<>();
        Set<Span> goldSpans = new HashSet<>();
        for (int s = 0; s < gold.size(); s++) {
            if (predicted.get(s).size() != gold.get(s).size()) {
                throw new IllegalArgumentException("sequence " + s + " has " + predicted.get(s).size()
                        + " predicted tags but " + gold.get(s).size() + " gold tags");
            }
            predictedSpans.addAll(spans(s, predicted.get(s)));
            goldSpans.addAll(spans(s, gold.get(s)));
        }
        Set<String> types = new TreeSet<>();
        predictedSpans.forEach(sp -> types.add(sp.type()));
        goldSpans.forEach(sp -> types.add(sp.type()));
        Map<String, PrecisionRecallF1> perType = new LinkedHashMap<>();
        long tpAll = 0;
        for (String type : types) {
            long tp = predictedSpans.stream().filter(sp -> sp.type().equals(type) && goldSpans.contains(sp)).count();
            long p = predictedSpans.stream().filter(sp -> sp.type().equals(type)).count();
            long g = goldSpans.stream().filter(sp -> sp.type().equals(type)).count();
            perType.put(type, PrecisionRecallF1.fromCounts(tp, p - tp, g - tp));
            tpAll += tp;
        }
        return new SpanF1(perType, PrecisionRecallF1.fromCounts(tpAll, predictedSpans.size() - tpAll,
                goldSpans.size() - tpAll));
    }

    /**
     * Spans of one BIO sequence. An I- tag that does not continue a span of its type starts a new
     * span, as conlleval does, so a tagger is not rewarded for broken sequences it happens to emit.
     */
    public static List<Span> spans(int sentence, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() >= 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : tag;
            String tagType = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = "I".equals(prefix) && type != null && type.equals(tagType);
            if (!continues && type != null) {
                spans.add(new Span(sentence, start, i, type));
                type = null;
            }
            if (("B".equals(prefix) || "I".equals(prefix)) && !continues) {
                if (tagType == null) {
                    throw new IllegalArgumentException("tag '" + tag + "' at " + i + " of sequence " + sentence
                            + " has no type; expected B-TYPE, I-TYPE or O");
                }
                type = tagType;
                start = i;
            } else if (!"O".equals(prefix) && !continues) {
                throw new IllegalArgumentException("tag '" + tag + "' at " + i + " of sequence " + sentence
                        + " is not BIO; expected B-TYPE, I-TYPE or O");
            }
        }
        return spans;
    }
}
