package ai.talent.nn.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates job titles, skill phrases and short project requests from word lists written here, as
 * distillation text that needs no external data set.
 */
public final class SyntheticTitles {

    private static final String[] SENIORITY = {"junior", "senior", "lead", "principal", "chief", "assistant",
        "head", "trainee", "associate", "freelance", "staff", "deputy", "apprentice", "expert", "experienced"};
    private static final String[] FIELD = {"software", "web", "mobile", "data", "cloud", "security", "network",
        "marketing", "sales", "financial", "legal", "medical", "construction", "mechanical", "electrical",
        "civil", "environmental", "food", "textile", "agricultural", "retail", "logistics", "hotel",
        "restaurant", "museum", "library", "school", "university", "social", "public", "quality", "production",
        "maintenance", "research", "clinical", "veterinary", "aviation", "maritime", "railway", "mining",
        "chemical", "energy", "insurance", "real estate", "translation", "graphic", "fashion", "game", "video",
        "audio", "theatre", "sports", "fitness", "beauty", "childcare", "elderly care", "customer service",
        "human resources", "procurement", "warehouse", "printing", "furniture", "jewellery", "metal", "wood",
        "glass", "plastics", "paper", "pharmaceutical", "laboratory", "dental", "nursing", "tax", "accounting"};
    private static final String[] ROLE = {"developer", "engineer", "designer", "analyst", "manager", "consultant",
        "technician", "operator", "specialist", "assistant", "officer", "coordinator", "supervisor", "director",
        "administrator", "architect", "scientist", "advisor", "inspector", "instructor", "teacher", "writer",
        "editor", "translator", "planner", "clerk", "agent", "representative", "worker", "mechanic",
        "installer", "repairer", "tester", "auditor", "researcher", "nurse", "therapist", "buyer", "broker",
        "controller", "programmer", "artist", "producer", "photographer", "trainer", "attendant", "driver",
        "machine operator", "team leader", "project manager"};
    private static final String[] SKILL = {"Java", "Kotlin", "Python", "React", "Vue", "TypeScript", "SQL",
        "Spring Boot", "Kafka", "Kubernetes", "AWS", "Docker", "Figma", "Photoshop", "Excel", "SAP", "AutoCAD",
        "Unity", "Swift", "Go", "Rust", "C++", "machine learning", "statistics", "copywriting", "SEO",
        "bookkeeping", "payroll", "welding", "carpentry", "plumbing", "wiring", "first aid", "forklift",
        "negotiation", "public speaking", "team management", "budgeting", "risk assessment", "quality control",
        "customer care", "scheduling", "inventory control", "patient care", "lesson planning", "editing",
        "subtitling", "interpreting", "3D modelling", "illustration", "video editing", "sound mixing"};
    private static final String[] VERB = {"build", "design", "maintain", "repair", "translate", "audit",
        "teach", "manage", "install", "test", "plan", "write", "review", "operate", "inspect", "support"};
    private static final String[] OBJECT = {"a mobile app", "our website", "a payment system", "legal contracts",
        "a marketing campaign", "the warehouse", "electrical installations", "production machines",
        "a data pipeline", "customer accounts", "a training course", "a hotel kitchen", "a museum exhibition",
        "patient records", "financial statements", "a construction site", "the delivery fleet",
        "a product catalogue", "a game level", "a video series"};
    private static final String[] KOREAN = {"개발자", "디자이너", "번역가", "데이터 분석가", "마케터", "회계사",
        "영상 편집자", "프로젝트 매니저", "백엔드 개발자", "프론트엔드 개발자", "기술자", "강사"};

    private final Random random;

    public SyntheticTitles(long seed) {
        this.random = new Random(seed);
    }

    /** The next text. */
    public String next() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> pick(FIELD) + " " + pick(ROLE);
            case 2 -> pick(SENIORITY) + " " + pick(FIELD) + " " + pick(ROLE);
            case 3 -> pick(SKILL) + " " + pick(ROLE);
            case 4 -> pick(ROLE) + " with " + (1 + random.nextInt(12)) + " years of " + pick(SKILL);
            case 5 -> "looking for a " + pick(FIELD) + " " + pick(ROLE) + " to " + pick(VERB) + " " + pick(OBJECT);
            case 6 -> pick(SKILL) + ", " + pick(SKILL) + " and " + pick(SKILL);
            default -> pick(SKILL) + " " + pick(KOREAN);
        };
    }

    /** The next {@code n} texts. */
    public List<String> next(int n) {
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(next());
        }
        return texts;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
