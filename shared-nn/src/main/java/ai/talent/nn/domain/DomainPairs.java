package ai.talent.nn.domain;

import ai.talent.nn.text.ContrastiveFineTuner.Pair;
import ai.talent.nn.text.HardNegatives;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The domain encoder's training pairs, built from the occupations and skills a split lets it learn from: alternative
 * title → preferred title, alternative title → another title of the same occupation, skill alias → skill, and
 * O*NET technology example → its commodity class. Hard negatives are mined with the encoder being trained: for a
 * title, the closest preferred titles of other occupations in the same ISCO minor group; for a skill alias, the
 * closest other skills of the same collection; for a technology example, the closest other commodity classes.
 * Only texts of the training occupations and skills are ever used, as anchors, positives or negatives.
 */
public final class DomainPairs {

    /** What a pair teaches. */
    public enum Kind { TITLE, SKILL, TECH }

    /**
     * How many pairs of each kind: {@code altToAltShare} of the alternative titles also pair with another title of
     * their occupation; skills on or off; up to {@code techExamples} O*NET examples (seeded sample, 0 = none).
     */
    public record Settings(double altToAltShare, boolean skills, int techExamples) {

        public Settings {
            if (altToAltShare < 0 || altToAltShare > 1 || techExamples < 0) {
                throw new IllegalArgumentException("invalid pair settings: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(0.3, true, 1000);
        }
    }

    /** One positive pair and where it comes from: its owner (occupation, skill, commodity) and neighbourhood. */
    record Example(String anchor, String positive, String owner, String neighbourhood, Kind kind) {
    }

    /** A text that may be a hard negative, with its owner and neighbourhood. */
    record Candidate(String text, String owner, String neighbourhood) {
    }

    private final List<Example> examples;
    private final Map<Kind, List<Candidate>> pools;
    private final Map<String, Set<String>> textsOfOwner;

    private DomainPairs(List<Example> examples, Map<Kind, List<Candidate>> pools, Map<String, Set<String>> textsOfOwner) {
        this.examples = examples;
        this.pools = pools;
        this.textsOfOwner = textsOfOwner;
    }

    /** Pairs from the occupations and skills the predicates accept, in a seeded order. */
    public static DomainPairs build(Taxonomy taxonomy, Predicate<Occupation> occupations, Predicate<Skill> skills,
            Settings settings, long seed) {
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>();
        Map<Kind, List<Candidate>> pools = new LinkedHashMap<>();
        Map<String, Set<String>> texts = new HashMap<>();
        List<Candidate> titles = new ArrayList<>();
        for (Occupation o : taxonomy.occupations()) {
            if (!occupations.test(o)) {
                continue;
            }
            titles.add(new Candidate(o.preferred(), o.id(), o.minorGroup()));
            Set<String> own = texts.computeIfAbsent(o.id(), k -> new HashSet<>());
            own.add(o.preferred());
            own.addAll(o.alternatives());
            List<String> alternatives = o.alternatives();
            for (String alt : alternatives) {
                if (alt.equals(o.preferred())) {
                    continue;
                }
                examples.add(new Example(alt, o.preferred(), o.id(), o.minorGroup(), Kind.TITLE));
                if (alternatives.size() > 1 && random.nextDouble() < settings.altToAltShare()) {
                    String other = alt;
                    while (other.equals(alt)) {
                        other = alternatives.get(random.nextInt(alternatives.size()));
                    }
                    examples.add(new Example(alt, other, o.id(), o.minorGroup(), Kind.TITLE));
                }
            }
        }
        pools.put(Kind.TITLE, titles);
        if (settings.skills()) {
            List<Candidate> skillPool = new ArrayList<>();
            for (Skill s : taxonomy.skills()) {
                if (!skills.test(s)) {
                    continue;
                }
                skillPool.add(new Candidate(s.preferred(), s.id(), s.collection()));
                Set<String> own = texts.computeIfAbsent(s.id(), k -> new HashSet<>());
                own.add(s.preferred());
                own.addAll(s.aliases());
                for (String alias : s.aliases()) {
                    examples.add(new Example(alias, s.preferred(), s.id(), s.collection(), Kind.SKILL));
                }
            }
            pools.put(Kind.SKILL, skillPool);
        }
        if (settings.techExamples() > 0) {
            List<TechExample> tech = new ArrayList<>(taxonomy.techExamples());
            Collections.shuffle(tech, random);
            Map<String, Candidate> commodities = new LinkedHashMap<>();
            for (TechExample t : tech.subList(0, Math.min(settings.techExamples(), tech.size()))) {
                String owner = "onet:" + t.commodityCode();
                commodities.putIfAbsent(owner, new Candidate(t.commodity(), owner, "onet"));
                texts.computeIfAbsent(owner, k -> new HashSet<>()).add(t.commodity());
                examples.add(new Example(t.example(), t.commodity(), owner, "onet", Kind.TECH));
            }
            pools.put(Kind.TECH, new ArrayList<>(commodities.values()));
        }
        Collections.shuffle(examples, random);
        return new DomainPairs(examples, pools, texts);
    }

    /**
     * The first {@code n} pairs of the seeded order (all when {@code n} is 0 or at least the size): a run with a small
     * time budget mines and trains on a share it can afford, since mining embeds every anchor.
     */
    public DomainPairs sample(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a sample of " + n + " pairs");
        }
        return n == 0 || n >= examples.size() ? this
                : new DomainPairs(List.copyOf(examples.subList(0, n)), pools, textsOfOwner);
    }

    /** How many pairs of each kind. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, 0);
        }
        examples.forEach(e -> out.merge(e.kind(), 1, Integer::sum));
        return out;
    }

    public int size() {
        return examples.size();
    }

    /** The pairs with no hard negatives (in-batch negatives only). */
    public List<Pair> withoutNegatives() {
        return examples.stream().map(e -> new Pair(e.anchor(), e.positive(), List.of(), e.owner())).toList();
    }

    /**
     * The pairs with up to {@code k} hard negatives each, mined with {@code embed} (unit vectors): the candidates of
     * the pair's kind closest to its anchor that belong to another owner of the same neighbourhood and are none of
     * its owner's own texts.
     */
    public List<Pair> mine(Function<List<String>, float[][]> embed, int k) {
        Map<String, Integer> anchorIndex = new LinkedHashMap<>();
        examples.forEach(e -> anchorIndex.putIfAbsent(e.anchor(), anchorIndex.size()));
        float[][] anchorVectors = embed.apply(new ArrayList<>(anchorIndex.keySet()));
        Map<Kind, int[][]> minedByKind = new HashMap<>();
        Map<Kind, List<Example>> byKind = new HashMap<>();
        examples.forEach(e -> byKind.computeIfAbsent(e.kind(), x -> new ArrayList<>()).add(e));
        for (Map.Entry<Kind, List<Example>> entry : byKind.entrySet()) {
            List<Candidate> pool = pools.get(entry.getKey());
            List<Example> kindExamples = entry.getValue();
            float[][] poolVectors = embed.apply(pool.stream().map(Candidate::text).toList());
            float[][] anchors = new float[kindExamples.size()][];
            for (int i = 0; i < anchors.length; i++) {
                anchors[i] = anchorVectors[anchorIndex.get(kindExamples.get(i).anchor())];
            }
            minedByKind.put(entry.getKey(), HardNegatives.mine(anchors, poolVectors, k, (a, c) -> {
                Example e = kindExamples.get(a);
                Candidate candidate = pool.get(c);
                return !candidate.owner().equals(e.owner()) && candidate.neighbourhood().equals(e.neighbourhood())
                        && !textsOfOwner.get(e.owner()).contains(candidate.text());
            }));
        }
        Map<Kind, Integer> cursor = new HashMap<>();
        List<Pair> out = new ArrayList<>(examples.size());
        for (Example e : examples) {
            int i = cursor.merge(e.kind(), 1, Integer::sum) - 1;
            List<String> negatives = new ArrayList<>();
            for (int c : minedByKind.get(e.kind())[i]) {
                negatives.add(pools.get(e.kind()).get(c).text());
            }
            out.add(new Pair(e.anchor(), e.positive(), negatives, e.owner()));
        }
        return out;
    }
}
