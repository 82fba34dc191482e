package ai.talent.sim.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The business domains projects come from, with their names in English and Korean. */
public final class Domains {

    private static final Map<String, Domain> BY_KEY = new LinkedHashMap<>();

    static {
        add("fintech", "fintech|financial services|payments", "핀테크|금융|결제");
        add("e-commerce", "e-commerce|online retail|online shopping", "이커머스|온라인 쇼핑몰|전자상거래");
        add("healthcare", "healthcare|digital health|medical", "헬스케어|디지털 헬스케어|의료");
        add("education", "education|edtech|online learning", "교육|에듀테크|온라인 교육");
        add("game", "gaming|games|mobile games", "게임|모바일 게임|게임 업계");
        add("logistics", "logistics|supply chain|delivery", "물류|공급망|배송");
        add("media", "media|content platforms|publishing", "미디어|콘텐츠 플랫폼|출판");
        add("public-sector", "public sector|government|civic tech", "공공|공공기관|정부");
        add("real-estate", "real estate|proptech|property", "부동산|프롭테크|부동산 플랫폼");
        add("travel", "travel|hospitality|tourism", "여행|숙박|관광");
        add("manufacturing", "manufacturing|smart factory|industrial", "제조|스마트 팩토리|제조업");
        add("mobility", "mobility|automotive|ride-hailing", "모빌리티|자동차|차량 공유");
        add("food", "food and beverage|F&B|food delivery", "외식|F&B|식품");
        add("fashion", "fashion|beauty|cosmetics", "패션|뷰티|화장품");
        add("saas", "B2B SaaS|SaaS|enterprise software", "B2B SaaS|SaaS|기업용 솔루션");
        add("entertainment", "entertainment|K-pop|music", "엔터테인먼트|K-POP|음악");
    }

    private Domains() {
    }

    /** All domains, in a fixed order. */
    public static List<Domain> all() {
        return List.copyOf(BY_KEY.values());
    }

    /** The domain with this key (case-insensitive), if known. */
    public static Optional<Domain> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key.toLowerCase(Locale.ROOT)));
    }

    static List<String> keys() {
        return List.copyOf(BY_KEY.keySet());
    }

    private static void add(String key, String en, String ko) {
        BY_KEY.put(key, new Domain(key, List.of(en.split("\\|")), List.of(ko.split("\\|"))));
    }
}
