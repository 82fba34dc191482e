package ai.talent.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.rank.FitFactors;
import ai.talent.search.rank.FusionWeights;
import ai.talent.search.rank.HybridSearcher;
import ai.talent.search.rank.SearchHit;
import ai.talent.search.rank.SearchRequest;
import ai.talent.search.rank.SearchResult;
import ai.talent.search.query.QueryParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every search back end must do, run against each (embedded Lucene, and a real Elasticsearch node): the
 * same documents in, the same answers out, through the back end alone and through the hybrid searcher.
 */
abstract class SearchBackendContract {

    protected static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

    protected SearchBackend backend;
    protected String name;
    private final List<SearchBackend> opened = new ArrayList<>();

    /** A new, empty back end under {@code name}. */
    protected abstract SearchBackend open(String name);

    /** The same storage opened again, as after a restart (the previous instance is closed first). */
    protected abstract SearchBackend reopen(SearchBackend previous, String name);

    @BeforeEach
    void indexProfiles() {
        name = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        backend = track(open(name));
        write(ContractProfiles.all(), 1);
    }

    @AfterEach
    void closeAll() {
        for (SearchBackend b : opened) {
            b.close();
        }
    }

    protected SearchBackend track(SearchBackend b) {
        opened.add(b);
        return b;
    }

    protected void write(List<Freelancer> freelancers, long version) {
        float[][] vectors = encoder().profiles(freelancers);
        List<IndexedFreelancer> docs = new ArrayList<>();
        for (int i = 0; i < freelancers.size(); i++) {
            docs.add(new IndexedFreelancer(freelancers.get(i), vectors[i], version));
        }
        backend.upsert(docs);
        backend.refresh();
    }

    protected static DenseEncoder encoder() {
        return TestEncoder.get();
    }

    private HybridSearcher searcher() {
        QueryParser parser = new QueryParser(TAXONOMY, 1400);
        return new HybridSearcher(() -> backend, encoder(), () -> parser, TAXONOMY, FusionWeights.equal(),
                FitFactors.defaults(), HybridSearcher.Settings.defaults());
    }

    private static List<String> ids(List<ScoredFreelancer> hits) {
        return hits.stream().map(ScoredFreelancer::id).toList();
    }

    @Test
    void countsAndReturnsWhatWasIndexed() {
        assertThat(backend.count()).isEqualTo(ContractProfiles.all().size());
        assertThat(backend.get(ContractProfiles.BUSAN_KOTLIN.id())).get()
                .extracting(IndexedFreelancer::freelancer).isEqualTo(ContractProfiles.BUSAN_KOTLIN);
        assertThat(backend.get("nobody")).isEmpty();
    }

    @Test
    void findsAKoreanCompoundWordPartThroughNori() {
        // "백엔드개발자" is one word in the profile; Nori splits it, so "개발자" and "백엔드" both find it
        assertThat(ids(backend.lexical(new LexicalQuery("백엔드", List.of()), Filters.none(), 10)))
                .contains(ContractProfiles.BACKEND_KO.id());
    }

    @Test
    void ranksAStrongerDeclaredSkillLevelFirst() {
        List<String> hits = ids(backend.lexical(new LexicalQuery("", List.of("react")), Filters.none(), 10));
        assertThat(hits).containsExactly(ContractProfiles.SEOUL_REACT.id(), ContractProfiles.JUNIOR_REACT.id());
    }

    @Test
    void filtersApplyInBothLegs() {
        Filters seoul = new Filters(Set.of(), Set.of(Region.SEOUL), Set.of(), null, null, null, null, null, false,
                Set.of());
        List<ScoredFreelancer> lexical = backend.lexical(new LexicalQuery("developer 개발자", List.of("react")), seoul, 10);
        List<ScoredFreelancer> knn = backend.knn(encoder().query("React developer"), seoul, 10);
        assertThat(lexical).isNotEmpty().allMatch(h -> h.freelancer().region() == Region.SEOUL);
        assertThat(knn).isNotEmpty().allMatch(h -> h.freelancer().region() == Region.SEOUL);

        Filters budget = new Filters(Set.of(), Set.of(), Set.of("en"), null, 70_000L, 5.0, 20, 4.5, true, Set.of());
        List<ScoredFreelancer> knnBudget = backend.knn(encoder().query("designer"), budget, 10);
        assertThat(knnBudget).extracting(ScoredFreelancer::id)
                .containsExactlyInAnyOrder(ContractProfiles.DESIGNER.id(), ContractProfiles.TRANSLATOR.id());
    }

    @Test
    void returnsTheNearestProfileFirst() {
        float[] kotlin = encoder().profile(ContractProfiles.BUSAN_KOTLIN);
        List<ScoredFreelancer> hits = backend.knn(kotlin, Filters.none(), 3);
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).id()).isEqualTo(ContractProfiles.BUSAN_KOTLIN.id());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void upsertingTheSameProfileAgainChangesNothingAndANewerOneReplacesIt() {
        write(List.of(ContractProfiles.VIDEO), 1);
        assertThat(backend.count()).isEqualTo(ContractProfiles.all().size());

        Freelancer moved = new Freelancer(ContractProfiles.VIDEO.id(), "최유나", "부산 영상 편집자", "이제 부산에서 일합니다.",
                ContractProfiles.VIDEO.textLanguage(), ContractProfiles.VIDEO.skills(), Money.krw(33_000), Region.BUSAN,
                true, List.of("ko"), 20, 4.5, 9, 11);
        write(List.of(moved), 2);
        assertThat(backend.count()).isEqualTo(ContractProfiles.all().size());
        assertThat(backend.get(moved.id())).get().extracting(d -> d.freelancer().region()).isEqualTo(Region.BUSAN);
        assertThat(ids(backend.lexical(new LexicalQuery("부산", List.of()), Filters.none(), 10))).contains(moved.id());
    }

    @Test
    void deleteRemovesAndDeletingAnUnknownIdDoesNothing() {
        backend.delete(ContractProfiles.TRANSLATOR.id(), 5);
        backend.delete("never-indexed", 5);
        backend.refresh();
        assertThat(backend.count()).isEqualTo(ContractProfiles.all().size() - 1);
        assertThat(backend.get(ContractProfiles.TRANSLATOR.id())).isEmpty();
        assertThat(ids(backend.lexical(new LexicalQuery("번역", List.of()), Filters.none(), 10)))
                .doesNotContain(ContractProfiles.TRANSLATOR.id());
    }

    @Test
    void aCommitKeepsTheOffsetsItReflectsAcrossARestart() {
        assertThat(backend.checkpoint().isEmpty()).isTrue();
        Checkpoint checkpoint = Checkpoint.empty().after("freelancers", 0, 41).after("freelancers", 2, 7);
        backend.commit(checkpoint);

        SearchBackend restarted = track(reopen(backend, name));
        opened.remove(backend);
        backend = restarted;
        assertThat(backend.checkpoint()).isEqualTo(checkpoint);
        assertThat(backend.checkpoint().next("freelancers", 0)).isEqualTo(42);
        assertThat(backend.checkpoint().next("freelancers", 1)).isEqualTo(-1);
        assertThat(backend.count()).isEqualTo(ContractProfiles.all().size());
        assertThat(ids(backend.lexical(new LexicalQuery("Kotlin", List.of()), Filters.none(), 10)))
                .contains(ContractProfiles.BUSAN_KOTLIN.id());
    }

    @Test
    void browsesInAStableOrderPageByPage() {
        BrowsePage first = backend.browse(Filters.none(), SortOrder.RATE_ASC, 0, 3);
        BrowsePage second = backend.browse(Filters.none(), SortOrder.RATE_ASC, 3, 3);
        BrowsePage rest = backend.browse(Filters.none(), SortOrder.RATE_ASC, 6, 10);
        assertThat(first.total()).isEqualTo(ContractProfiles.all().size());
        List<ScoredFreelancer> all = new ArrayList<>(first.hits());
        all.addAll(second.hits());
        all.addAll(rest.hits());
        assertThat(all).extracting(ScoredFreelancer::id).doesNotHaveDuplicates()
                .hasSize(ContractProfiles.all().size());
        assertThat(all).extracting(h -> h.freelancer().hourlyRate().amount()).isSorted();
        assertThat(backend.browse(Filters.none(), SortOrder.RATING, 0, 1).hits().get(0).id())
                .as("the best rating resting on the most ratings first").isEqualTo(ContractProfiles.TRANSLATOR.id());
    }

    @Test
    void countsFacetsOverTheFilteredProfiles() {
        FacetCounts all = backend.facets(Filters.none(), 20);
        assertThat(all.skills()).containsEntry("react", 2L).containsEntry("spring-boot", 2L);
        assertThat(all.regions()).containsEntry("SEOUL", 3L).containsEntry("GYEONGGI", 2L);
        assertThat(all.rates()).containsEntry("0-30000", 1L).containsEntry("30000-50000", 2L)
                .containsEntry("50000-80000", 3L).containsEntry("80000-120000", 2L);
        assertThat(all.years()).containsEntry("1-3", 1L).containsEntry("10-", 2L);
        assertThat(all.skills().keySet()).first().isIn("react", "spring-boot");

        Filters remote = new Filters(Set.of(), Set.of(), Set.of(), null, null, null, null, null, true, Set.of());
        assertThat(backend.facets(remote, 20).regions()).doesNotContainKey("BUSAN");
    }

    @Test
    void suggestsNamesByAnyWordPrefix() {
        assertThat(backend.namesStartingWith("dan", 5)).extracting(Freelancer::id)
                .containsExactly(ContractProfiles.BUSAN_KOTLIN.id());
        assertThat(backend.namesStartingWith("PARK", 5)).extracting(Freelancer::id)
                .containsExactly(ContractProfiles.BUSAN_KOTLIN.id());
        assertThat(backend.namesStartingWith("김", 5)).extracting(Freelancer::id)
                .containsExactly(ContractProfiles.SEOUL_REACT.id());
    }

    @Test
    void streamsEveryStoredProfile() {
        Set<String> seen = new HashSet<>();
        backend.forEach(d -> seen.add(d.id()));
        assertThat(seen).hasSize(ContractProfiles.all().size());
    }

    @Test
    void answersAKoreanQueryWithTheMatchingKoreanProfileAndSaysWhy() {
        SearchResult result = searcher().search(SearchRequest.of("서울 리액트 개발자 시급 6만원 이하", 5));
        SearchHit top = result.hits().get(0);
        assertThat(top.freelancerId()).isEqualTo(ContractProfiles.SEOUL_REACT.id());
        assertThat(top.skills()).filteredOn(SearchHit.HitSkill::matched).extracting(SearchHit.HitSkill::id)
                .containsExactly("react");
        assertThat(top.constraints()).extracting(c -> c.constraint() + ":" + c.met())
                .contains("region:true", "max_rate:true");
        assertThat(top.headlineHighlight()).contains("<mark>리액트</mark>");
        assertThat(result.backend()).isEqualTo(backend.name());
    }

    @Test
    void answersAnEnglishQueryWithTheMatchingProfileFirst() {
        SearchResult result = searcher().search(SearchRequest.of("senior kotlin developer with fintech experience", 5));
        assertThat(result.hits().get(0).freelancerId()).isEqualTo(ContractProfiles.BUSAN_KOTLIN.id());
        assertThat(result.hits().get(0).legs().bm25Rank()).isEqualTo(1);
        assertThat(result.hits().get(0).legs().denseRank()).isEqualTo(1);
        Map<String, Long> skills = result.facets().skills();
        assertThat(skills).containsKey("kotlin");
    }

    @Test
    void legHitsWithoutTheirTextsAreTheStoredProfilesAndTheShownHitsHaveTheirTexts() {
        Map<String, Freelancer> stored = new java.util.HashMap<>();
        ContractProfiles.all().forEach(f -> stored.put(f.id(), f));
        List<ScoredFreelancer> legs = new ArrayList<>(backend.lexical(
                new LexicalQuery("developer 개발자 디자이너", List.of("react")), Filters.none(), 20));
        legs.addAll(backend.knn(encoder().query("developer"), Filters.none(), 20));
        assertThat(legs).hasSizeGreaterThan(10);
        for (ScoredFreelancer h : legs) {
            Freelancer whole = stored.get(h.id());
            Freelancer read = h.texts() ? h.freelancer() : backend.withTexts(List.of(h.id())).get(h.id());
            assertThat(read).as(h.id()).isEqualTo(whole);
            assertThat(h.freelancer()).as(h.id()).isEqualTo(h.texts() ? whole : new Freelancer(whole.id(),
                    whole.displayName(), "", "", whole.textLanguage(), whole.skills(), whole.hourlyRate(),
                    whole.region(), whole.remoteOk(), whole.spokenLanguages(), whole.availabilityHoursPerWeek(),
                    whole.ratingAverage(), whole.ratingCount(), whole.completedProjects()));
        }
        assertThat(backend.withTexts(List.of("nobody"))).isEmpty();
        SearchResult result = searcher().search(SearchRequest.of("developer 개발자", 10));
        assertThat(result.hits()).hasSizeGreaterThan(3)
                .allMatch(hit -> hit.headline().equals(stored.get(hit.freelancerId()).headline()));
    }

    @Test
    void findsSimilarFreelancersWithoutTheOneAskedAbout() {
        SearchResult similar = searcher().similar(ContractProfiles.SEOUL_REACT, Filters.none(), 3);
        assertThat(similar.hits()).extracting(SearchHit::freelancerId)
                .doesNotContain(ContractProfiles.SEOUL_REACT.id())
                .first().isEqualTo(ContractProfiles.JUNIOR_REACT.id());
    }
}
