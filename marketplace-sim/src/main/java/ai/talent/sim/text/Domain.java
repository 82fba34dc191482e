package ai.talent.sim.text;

import java.util.List;

/**
 * A business domain a project or a freelancer's experience belongs to: its key (as in
 * {@link MarketplaceTexts#domains()}), and the ways to write it in English and Korean (first is the usual one).
 */
public record Domain(String key, List<String> en, List<String> ko) {

    public Domain {
        en = List.copyOf(en);
        ko = List.copyOf(ko);
    }

    public String nameEn() {
        return en.get(0);
    }

    public String nameKo() {
        return ko.get(0);
    }
}
