package ai.talent.sim.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Job titles per skill category, and the other ways people write each title ("server developer",
 * "서버 개발자", "BE 개발자"), so that texts name a role in varied words.
 */
public final class Roles {

    /** A role with its alternative names in English and Korean; the first of each is the role itself. */
    private record Entry(Role role, List<String> en, List<String> ko) {
    }

    private static final Map<String, List<Entry>> BY_CATEGORY = new LinkedHashMap<>();
    private static final Map<String, Entry> BY_EN = new LinkedHashMap<>();

    static {
        category("SOFTWARE",
                entry("Backend developer|backend engineer|server developer|backend dev|server-side engineer",
                        "백엔드 개발자|서버 개발자|백엔드 엔지니어|BE 개발자"),
                entry("Frontend developer|frontend engineer|front-end dev|web frontend developer|FE engineer",
                        "프론트엔드 개발자|프론트 개발자|웹 프론트엔드 개발자|FE 개발자|프론트엔드 엔지니어"),
                entry("Full-stack developer|fullstack engineer|full stack dev|full-stack web developer",
                        "풀스택 개발자|풀스택 엔지니어|웹 풀스택 개발자"),
                entry("Mobile app developer|mobile developer|app developer|mobile engineer",
                        "모바일 앱 개발자|앱 개발자|모바일 개발자|모바일 엔지니어"),
                entry("iOS developer|iOS engineer|iPhone app developer", "iOS 개발자|iOS 앱 개발자|아이폰 앱 개발자"),
                entry("Android developer|Android engineer|Android app developer",
                        "안드로이드 개발자|안드로이드 앱 개발자|Android 개발자"),
                entry("DevOps engineer|SRE|infrastructure engineer|cloud engineer|platform engineer",
                        "데브옵스 엔지니어|DevOps 엔지니어|인프라 엔지니어|클라우드 엔지니어|SRE 엔지니어"),
                entry("Game developer|game programmer|game client developer", "게임 개발자|게임 프로그래머|게임 클라이언트 개발자"),
                entry("QA engineer|test engineer|QA tester|software tester", "QA 엔지니어|테스트 엔지니어|QA 테스터|품질 보증 엔지니어"),
                entry("Embedded software engineer|embedded developer|firmware engineer",
                        "임베디드 개발자|임베디드 소프트웨어 엔지니어|펌웨어 개발자"),
                entry("Blockchain developer|smart contract developer|Web3 developer",
                        "블록체인 개발자|스마트 컨트랙트 개발자|Web3 개발자"));
        category("DATA_AI",
                entry("Data analyst|analytics specialist|BI analyst|business data analyst",
                        "데이터 분석가|데이터 애널리스트|BI 분석가|비즈니스 데이터 분석가"),
                entry("Data engineer|data platform engineer|ETL developer|big data engineer",
                        "데이터 엔지니어|빅데이터 엔지니어|데이터 플랫폼 엔지니어|ETL 개발자"),
                entry("Data scientist|applied scientist|statistical modeler",
                        "데이터 사이언티스트|데이터 과학자|응용 데이터 과학자"),
                entry("Machine learning engineer|ML engineer|AI engineer|deep learning engineer",
                        "머신러닝 엔지니어|ML 엔지니어|AI 엔지니어|딥러닝 엔지니어|AI 개발자"),
                entry("AI researcher|research scientist|ML researcher", "AI 연구원|인공지능 연구원|머신러닝 연구원|AI 리서처"),
                entry("MLOps engineer|ML platform engineer|ML infrastructure engineer",
                        "MLOps 엔지니어|ML 플랫폼 엔지니어|머신러닝 인프라 엔지니어"),
                entry("NLP engineer|natural language processing engineer|LLM engineer",
                        "NLP 엔지니어|자연어처리 엔지니어|LLM 엔지니어|자연어 처리 개발자"),
                entry("Computer vision engineer|vision engineer|CV engineer",
                        "컴퓨터 비전 엔지니어|비전 AI 엔지니어|영상인식 개발자"));
        category("DESIGN",
                entry("UI/UX designer|UX/UI designer|UX designer|UI designer|app designer",
                        "UI/UX 디자이너|UX/UI 디자이너|UX 디자이너|UI 디자이너|앱 디자이너"),
                entry("Product designer|digital product designer|product UX designer",
                        "프로덕트 디자이너|제품 디자이너|서비스 디자이너"),
                entry("Graphic designer|visual designer|editorial designer",
                        "그래픽 디자이너|비주얼 디자이너|편집 디자이너|시각 디자이너"),
                entry("Brand designer|branding designer|brand identity designer|BI/CI designer",
                        "브랜드 디자이너|브랜딩 디자이너|BI/CI 디자이너|브랜드 아이덴티티 디자이너"),
                entry("Illustrator|digital illustrator|character illustrator",
                        "일러스트레이터|디지털 일러스트레이터|캐릭터 일러스트레이터|그림 작가"),
                entry("3D designer|3D modeler|3D artist", "3D 디자이너|3D 모델러|3D 아티스트"),
                entry("Web designer|website designer|landing page designer", "웹 디자이너|웹사이트 디자이너|랜딩페이지 디자이너"),
                entry("Packaging designer|package designer|product packaging designer", "패키지 디자이너|포장 디자이너|제품 패키지 디자이너"));
        category("MARKETING",
                entry("Performance marketer|paid ads specialist|digital ads manager|PPC specialist",
                        "퍼포먼스 마케터|광고 운영 마케터|디지털 광고 마케터|퍼포먼스 마케팅 전문가"),
                entry("Content marketer|content strategist|content marketing manager",
                        "콘텐츠 마케터|콘텐츠 기획자|콘텐츠 마케팅 매니저"),
                entry("SEO specialist|SEO consultant|search marketing specialist",
                        "SEO 전문가|검색엔진 최적화 전문가|SEO 컨설턴트|검색 마케터"),
                entry("Social media manager|SNS marketer|social media marketer|community manager",
                        "SNS 마케터|소셜미디어 마케터|SNS 운영 담당자|커뮤니티 매니저"),
                entry("Growth marketer|growth hacker|growth manager", "그로스 마케터|그로스 해커|그로스 매니저"),
                entry("Brand marketer|brand manager|brand strategist", "브랜드 마케터|브랜드 매니저|브랜드 전략가"),
                entry("CRM marketer|CRM manager|lifecycle marketer", "CRM 마케터|CRM 매니저|리텐션 마케터"));
        category("WRITING_TRANSLATION",
                entry("Translator|professional translator|localization specialist",
                        "번역가|전문 번역가|번역사|현지화 전문가"),
                entry("Interpreter|conference interpreter|business interpreter", "통역사|전문 통역사|비즈니스 통역사|회의 통역사"),
                entry("Copywriter|advertising copywriter|marketing copywriter", "카피라이터|광고 카피라이터|마케팅 카피라이터"),
                entry("Technical writer|documentation writer|tech writer", "테크니컬 라이터|기술 문서 작성자|기술 작가"),
                entry("Editor|content editor|proofreader|copy editor", "에디터|편집자|교정 전문가|교열 전문가"),
                entry("Content writer|blog writer|web content writer", "콘텐츠 작가|블로그 작가|웹 콘텐츠 라이터"),
                entry("Game localization specialist|game translator|localization QA", "게임 번역가|게임 현지화 전문가|로컬라이제이션 QA"));
        category("VIDEO",
                entry("Video editor|video editing specialist|post-production editor",
                        "영상 편집자|영상 편집 전문가|편집 PD|후반작업 편집자"),
                entry("Motion graphics designer|motion designer|motion graphics artist",
                        "모션그래픽 디자이너|모션 디자이너|모션그래픽 아티스트"),
                entry("Videographer|camera operator|video producer|cinematographer",
                        "영상 촬영 감독|촬영 감독|영상 PD|비디오그래퍼"),
                entry("Animator|2D animator|3D animator", "애니메이터|2D 애니메이터|3D 애니메이터"),
                entry("YouTube content producer|YouTube editor|creator content producer",
                        "유튜브 콘텐츠 PD|유튜브 편집자|크리에이터 영상 PD"),
                entry("Colorist|color grading specialist", "컬러리스트|색보정 전문가"),
                entry("Sound designer|audio engineer|sound editor", "사운드 디자이너|오디오 엔지니어|음향 편집자"));
        category("BUSINESS",
                entry("Business plan consultant|business plan writer|startup plan consultant",
                        "사업계획서 컨설턴트|사업계획서 작성 전문가|사업계획 컨설턴트"),
                entry("Financial analyst|financial modeler|FP&A analyst", "재무 분석가|재무 모델링 전문가|재무 애널리스트"),
                entry("Project manager|PM|delivery manager|program manager", "프로젝트 매니저|PM|프로젝트 관리자|딜리버리 매니저"),
                entry("Startup consultant|business consultant|strategy consultant",
                        "스타트업 컨설턴트|경영 컨설턴트|전략 컨설턴트|비즈니스 컨설턴트"),
                entry("Accountant|bookkeeper|tax accountant", "회계사|세무 회계 담당자|기장 전문가|세무사"),
                entry("Market researcher|market research analyst|research consultant",
                        "시장조사 전문가|리서치 애널리스트|시장조사 컨설턴트"),
                entry("Product manager|product owner|service planner", "프로덕트 매니저|PO|서비스 기획자|프로덕트 오너"),
                entry("IR consultant|investor relations specialist|pitch deck consultant",
                        "IR 컨설턴트|투자유치 컨설턴트|IR 자료 전문가"));
    }

    /** The roles of each category, built once (hiring asks for them many times a project). */
    private static final Map<String, List<Role>> ROLES = new LinkedHashMap<>();

    static {
        BY_CATEGORY.forEach((category, entries) -> {
            List<Role> roles = new ArrayList<>(entries.size());
            entries.forEach(e -> roles.add(e.role()));
            ROLES.put(category, List.copyOf(roles));
        });
    }

    private Roles() {
    }

    /**
     * The roles of a skill category.
     *
     * @param categoryName a SkillCategory constant name, e.g. "SOFTWARE" (case-insensitive)
     * @throws IllegalArgumentException for an unknown category, naming the known ones
     */
    public static List<Role> forCategory(String categoryName) {
        List<Role> roles = ROLES.get(categoryName == null ? "" : categoryName.toUpperCase(Locale.ROOT));
        if (roles == null) {
            categoryEntries(categoryName); // throws the error naming the known categories
        }
        return roles;
    }

    /** The category names known here, in SkillCategory order. */
    public static List<String> categories() {
        return List.copyOf(BY_CATEGORY.keySet());
    }

    /** Ways to write the role in English; the role's own name first. */
    static List<String> namesEn(Role role) {
        Entry entry = BY_EN.get(role.en().toLowerCase(Locale.ROOT));
        return entry == null ? List.of(role.en()) : entry.en();
    }

    /** Ways to write the role in Korean; the role's own name first. */
    static List<String> namesKo(Role role) {
        Entry entry = BY_EN.get(role.en().toLowerCase(Locale.ROOT));
        return entry == null ? List.of(role.ko()) : entry.ko();
    }

    private static List<Entry> categoryEntries(String categoryName) {
        List<Entry> entries = categoryName == null ? null : BY_CATEGORY.get(categoryName.toUpperCase(Locale.ROOT));
        if (entries == null) {
            throw new IllegalArgumentException(
                    "Unknown skill category '" + categoryName + "'; expected one of " + BY_CATEGORY.keySet());
        }
        return entries;
    }

    private static void category(String name, Entry... entries) {
        BY_CATEGORY.put(name, List.of(entries));
        for (Entry entry : entries) {
            BY_EN.put(entry.role().en().toLowerCase(Locale.ROOT), entry);
        }
    }

    private static Entry entry(String en, String ko) {
        List<String> enNames = List.of(en.split("\\|"));
        List<String> koNames = List.of(ko.split("\\|"));
        return new Entry(new Role(enNames.get(0), koNames.get(0)), enNames, koNames);
    }
}
