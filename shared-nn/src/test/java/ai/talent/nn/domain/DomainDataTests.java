package ai.talent.nn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.nn.text.ContrastiveFineTuner.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainDataTests {

    @Test
    void occupationSplitIsDeterministicWhateverTheOrderAndStratifiedByMajorGroup() {
        List<Occupation> occupations = TalentFixture.occupations();
        List<Occupation> shuffled = new ArrayList<>(occupations);
        Collections.shuffle(shuffled, new Random(3));

        Set<String> a = HeldOutSplit.of(occupations, Occupation::id, Occupation::majorGroup, 0.2, 11);
        Set<String> b = HeldOutSplit.of(shuffled, Occupation::id, Occupation::majorGroup, 0.2, 11);
        Set<String> other = HeldOutSplit.of(occupations, Occupation::id, Occupation::majorGroup, 0.2, 12);

        assertThat(a).isEqualTo(b).hasSize(10).isNotEqualTo(other);
        Map<String, Long> perMajor = occupations.stream().filter(o -> a.contains(o.id()))
                .collect(Collectors.groupingBy(Occupation::majorGroup, Collectors.counting()));
        assertThat(perMajor).hasSize(5).allSatisfy((major, n) -> assertThat(n).isEqualTo(2L));
    }

    @Test
    void heldOutDevAndTrainingOccupationsAreDisjointAndCoverEverything() {
        Taxonomy taxonomy = TalentFixture.taxonomy();
        DomainSplit split = DomainSplit.of(taxonomy, 0.2, 0.1, 5);

        assertThat(split).isEqualTo(DomainSplit.of(taxonomy, 0.2, 0.1, 5));
        assertThat(split.heldOutOccupations()).doesNotContainAnyElementsOf(split.devOccupations());
        assertThat(split.heldOutSkills()).doesNotContainAnyElementsOf(split.devSkills());
        long training = taxonomy.occupations().stream().filter(split.trainsOn()).count();
        assertThat(training + split.heldOutOccupations().size() + split.devOccupations().size())
                .isEqualTo(taxonomy.occupations().size());
        assertThat(split.devOccupations()).isNotEmpty();
        assertThat(split.heldOutSkills()).hasSize(2);
    }

    @Test
    void trainingPairsAndMinedNegativesUseOnlyTrainingOccupationsFromTheSameNeighbourhood() {
        Taxonomy taxonomy = TalentFixture.taxonomy();
        DomainSplit split = DomainSplit.of(taxonomy, 0.2, 0.1, 5);
        DomainPairs pairs = DomainPairs.build(taxonomy, split.trainsOn(), split.trainsOnSkill(),
                new DomainPairs.Settings(0.5, true, 10), 1);
        Set<String> allowed = new HashSet<>();
        Map<String, Occupation> byText = new java.util.HashMap<>();
        taxonomy.occupations().stream().filter(split.trainsOn()).forEach(o -> {
            allowed.add(o.preferred());
            allowed.addAll(o.alternatives());
            byText.put(o.preferred(), o);
            o.alternatives().forEach(t -> byText.put(t, o));
        });
        taxonomy.skills().stream().filter(split.trainsOnSkill()).forEach(s -> {
            allowed.add(s.preferred());
            allowed.addAll(s.aliases());
        });
        taxonomy.techExamples().forEach(t -> {
            allowed.add(t.example());
            allowed.add(t.commodity());
        });

        List<Pair> mined = pairs.mine(TextHash::embed, 2);

        assertThat(pairs.counts().get(DomainPairs.Kind.TECH)).isEqualTo(2);
        assertThat(mined).hasSize(pairs.size());
        int titlesWithNegatives = 0;
        for (Pair p : mined) {
            assertThat(allowed).contains(p.anchor(), p.positive());
            assertThat(allowed).containsAll(p.hardNegatives());
            Occupation own = byText.get(p.anchor());
            if (own != null && p.group().equals(own.id())) {
                for (String negative : p.hardNegatives()) {
                    Occupation other = byText.get(negative);
                    assertThat(other.id()).isNotEqualTo(own.id());
                    assertThat(other.minorGroup()).isEqualTo(own.minorGroup());
                }
                titlesWithNegatives += p.hardNegatives().isEmpty() ? 0 : 1;
            }
        }
        assertThat(titlesWithNegatives).isGreaterThan(50);
    }

    @Test
    void aSampleOfPairsIsTheSeededOrdersHeadAndMinesOnlyItsOwnAnchors() {
        Taxonomy taxonomy = TalentFixture.taxonomy();
        DomainSplit split = DomainSplit.of(taxonomy, 0.2, 0.1, 5);
        DomainPairs all = DomainPairs.build(taxonomy, split.trainsOn(), split.trainsOnSkill(),
                new DomainPairs.Settings(0.5, true, 10), 1);

        DomainPairs sample = all.sample(40);

        assertThat(sample.size()).isEqualTo(40);
        assertThat(all.sample(0)).isSameAs(all);
        assertThat(all.sample(all.size() + 1).size()).isEqualTo(all.size());
        assertThat(sample.withoutNegatives()).isEqualTo(all.withoutNegatives().subList(0, 40));
        assertThat(sample.mine(TextHash::embed, 2)).isEqualTo(all.mine(TextHash::embed, 2).subList(0, 40));
        assertThatThrownBy(() -> all.sample(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void taxonomyFilesLoadWithQuotedFieldsAndSkillsMergedByLabel(@TempDir Path dir) throws IOException {
        Taxonomy loaded = Taxonomy.load(TalentFixture.write(dir));

        assertThat(loaded.occupations()).isEqualTo(TalentFixture.occupations());
        assertThat(loaded.skills()).hasSize(TalentFixture.skills().size());
        Skill teams = loaded.skills().stream().filter(s -> s.preferred().equals("work in teams")).findFirst()
                .orElseThrow();
        assertThat(teams.aliases()).containsExactly("collaborate with colleagues", "teamwork", "team working");
        assertThat(loaded.skillCandidates()).contains("operate a forklift", "understand written Korean")
                .doesNotHaveDuplicates();
        assertThat(loaded.techExamples()).hasSize(2);
    }

    @Test
    void aMissingTaxonomyFileIsNamed(@TempDir Path dir) throws IOException {
        TalentFixture.write(dir);
        Files.delete(dir.resolve(Taxonomy.SKILL_LABELS));

        assertThatThrownBy(() -> Taxonomy.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("skills_en_label_v1.1.0.txt").hasMessageContaining("--data");
    }

    /** A model-free embedding for data tests: hashed character trigrams, unit length. */
    static final class TextHash {
        static float[][] embed(List<String> texts) {
            float[][] out = new float[texts.size()][64];
            for (int i = 0; i < texts.size(); i++) {
                String t = "  " + texts.get(i) + " ";
                double norm = 0;
                for (int k = 0; k + 3 <= t.length(); k++) {
                    out[i][Math.floorMod(t.substring(k, k + 3).hashCode(), 64)] += 1;
                }
                for (float v : out[i]) {
                    norm += v * v;
                }
                for (int k = 0; k < 64; k++) {
                    out[i][k] /= (float) Math.sqrt(norm);
                }
            }
            return out;
        }
    }
}
