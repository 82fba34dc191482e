package ai.talent.sim.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Varied profiles, briefs and intents for the text tests, from a small fixed skill list per category. */
final class TestProfiles {

    static final Map<String, List<SkillMention>> SKILLS = new LinkedHashMap<>();
    static final String[][] REGIONS = {
            {"Seoul", "서울"}, {"Gyeonggi", "경기"}, {"Incheon", "인천"}, {"Busan", "부산"}, {"Daegu", "대구"},
            {"Daejeon", "대전"}, {"Gwangju", "광주"}, {"Jeju", "제주"}, {"Remote", "원격"}, {"Abroad", "해외"}};
    static final List<String> SPOKEN = List.of("en", "ja", "zh", "vi");
    static final List<String> SENIORITIES = List.of("junior", "mid", "senior");
    static final List<String> COMPLEXITIES = List.of("simple", "standard", "complex");
    /** Texts that must state their facts exactly: every wording, skill names without slips. */
    static final TextOptions EXACT = new TextOptions(TextHalf.ALL, 0);

    static {
        SKILLS.put("SOFTWARE", List.of(
                skill("React", "리액트", "ReactJS", "React.js"),
                skill("TypeScript", "타입스크립트", "TS"),
                skill("Kotlin", "코틀린"),
                skill("Spring Boot", "스프링 부트", "스프링부트", "SpringBoot"),
                skill("Java", "자바"),
                skill("Python", "파이썬"),
                skill("Node.js", "노드", "NodeJS", "노드JS"),
                skill("AWS", "AWS", "아마존 웹 서비스"),
                skill("Kubernetes", "쿠버네티스", "k8s"),
                skill("Flutter", "플러터"),
                skill("Swift", "스위프트"),
                skill("PostgreSQL", "포스트그레스", "Postgres")));
        SKILLS.put("DATA_AI", List.of(
                skill("SQL", "SQL", "에스큐엘"),
                skill("Python", "파이썬"),
                skill("PyTorch", "파이토치"),
                skill("Machine Learning", "머신러닝", "ML", "기계학습"),
                skill("Tableau", "태블로"),
                skill("Apache Spark", "스파크", "Spark"),
                skill("Statistics", "통계", "통계 분석")));
        SKILLS.put("DESIGN", List.of(
                skill("Figma", "피그마"),
                skill("Photoshop", "포토샵", "PS"),
                skill("Illustrator", "일러스트레이터", "AI"),
                skill("UX Research", "UX 리서치", "사용자 조사"),
                skill("Blender", "블렌더"),
                skill("Branding", "브랜딩", "BI/CI")));
        SKILLS.put("MARKETING", List.of(
                skill("Google Ads", "구글 애즈", "구글 광고"),
                skill("Meta Ads", "메타 광고", "페이스북 광고"),
                skill("SEO", "검색엔진 최적화"),
                skill("Google Analytics", "구글 애널리틱스", "GA4"),
                skill("Content Marketing", "콘텐츠 마케팅")));
        SKILLS.put("WRITING_TRANSLATION", List.of(
                skill("Korean-English Translation", "한영 번역", "한영번역"),
                skill("English-Korean Translation", "영한 번역", "영한번역"),
                skill("Copywriting", "카피라이팅"),
                skill("Technical Writing", "기술 문서 작성", "테크니컬 라이팅"),
                skill("Proofreading", "교정 교열", "교정")));
        SKILLS.put("VIDEO", List.of(
                skill("Premiere Pro", "프리미어 프로", "프리미어"),
                skill("After Effects", "애프터 이펙트", "애펙", "AE"),
                skill("DaVinci Resolve", "다빈치 리졸브", "다빈치"),
                skill("Final Cut Pro", "파이널 컷", "FCP"),
                skill("Cinema 4D", "시네마 4D", "C4D")));
        SKILLS.put("BUSINESS", List.of(
                skill("Business Plan Writing", "사업계획서 작성", "사업계획서"),
                skill("Financial Modeling", "재무 모델링"),
                skill("Excel", "엑셀", "MS Excel"),
                skill("Market Research", "시장 조사", "시장조사"),
                skill("Project Management", "프로젝트 관리", "PM")));
    }

    private TestProfiles() {
    }

    static SkillMention skill(String en, String ko, String... aliases) {
        return SkillMention.of(en, ko, List.of(aliases));
    }

    static String category(RandomGenerator rng) {
        List<String> categories = new ArrayList<>(SKILLS.keySet());
        return categories.get(rng.nextInt(categories.size()));
    }

    static List<SkillMention> skills(String category, int count, boolean withYears, RandomGenerator rng) {
        List<SkillMention> pool = new ArrayList<>(SKILLS.get(category));
        List<SkillMention> chosen = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            SkillMention s = pool.remove(rng.nextInt(pool.size()));
            chosen.add(new SkillMention(s.nameEn(), s.nameKo(), s.aliases(), 1 + rng.nextInt(5),
                    withYears ? rng.nextInt(9) : 0));
        }
        return chosen;
    }

    static FreelancerProfile profile(RandomGenerator rng) {
        String category = category(rng);
        List<Role> roles = Roles.forCategory(category);
        String[] region = REGIONS[rng.nextInt(REGIONS.length)];
        List<String> languages = new ArrayList<>(List.of("ko"));
        if (rng.nextDouble() < 0.5) {
            languages.add(SPOKEN.get(rng.nextInt(SPOKEN.size())));
        }
        List<String> domains = new ArrayList<>(MarketplaceTexts.domains());
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 1 + rng.nextInt(2); i++) {
            known.add(domains.remove(rng.nextInt(domains.size())));
        }
        return new FreelancerProfile(category, roles.get(rng.nextInt(roles.size())), SENIORITIES.get(rng.nextInt(3)),
                skills(category, 1 + rng.nextInt(4), true, rng), rng.nextInt(16), known, rng.nextInt(3) - 1,
                region[0], region[1], rng.nextBoolean(), 15_000 + 1_000L * rng.nextInt(120), languages);
    }

    static ProjectBrief brief(RandomGenerator rng) {
        String category = category(rng);
        List<String> domains = MarketplaceTexts.domains();
        boolean hourly = rng.nextDouble() < 0.35;
        long budget = hourly ? 20_000 + 1_000L * rng.nextInt(80) : 500_000 + 100_000L * rng.nextInt(300);
        String[] region = REGIONS[rng.nextInt(REGIONS.length)];
        List<SkillMention> all = skills(category, 1 + rng.nextInt(4), true, rng);
        int required = 1 + rng.nextInt(all.size());
        List<Role> roles = Roles.forCategory(category);
        return new ProjectBrief(category, roles.get(rng.nextInt(roles.size())), domains.get(rng.nextInt(domains.size())),
                rng.nextDouble() < 0.6, all.subList(0, required), all.subList(required, all.size()), budget, hourly,
                1 + rng.nextInt(26), region[0], region[1], rng.nextBoolean(), SENIORITIES.get(rng.nextInt(3)),
                rng.nextBoolean(), COMPLEXITIES.get(rng.nextInt(3)), rng.nextDouble() < 0.8 ? 10 * (1 + rng.nextInt(4)) : 0);
    }

    static QueryIntent intent(RandomGenerator rng) {
        String category = category(rng);
        List<Role> roles = Roles.forCategory(category);
        String[] region = rng.nextDouble() < 0.5 ? REGIONS[rng.nextInt(8)] : null;
        Long min = rng.nextDouble() < 0.3 ? 20_000 + 5_000L * rng.nextInt(6) : null;
        Long max = rng.nextDouble() < 0.5 ? 50_000 + 5_000L * rng.nextInt(10) : null;
        List<String> seniorities = List.of("junior", "mid", "senior");
        List<String> domains = MarketplaceTexts.domains();
        return new QueryIntent(skills(category, 1 + rng.nextInt(2), false, rng),
                rng.nextDouble() < 0.7 ? roles.get(rng.nextInt(roles.size())) : null,
                region == null ? null : region[0], region == null ? null : region[1], min, max,
                rng.nextDouble() < 0.5 ? 1 + rng.nextInt(10) : null,
                rng.nextDouble() < 0.4 ? seniorities.get(rng.nextInt(3)) : null, rng.nextDouble() < 0.4,
                rng.nextDouble() < 0.3 ? domains.get(rng.nextInt(domains.size())) : null,
                rng.nextDouble() < 0.2 ? (rng.nextBoolean() ? "en" : "ko") : null);
    }
}
