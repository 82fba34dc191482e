package ai.talent.tutoring.portfolio;

import ai.talent.domain.model.ContractOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The offline writer: fixed sentence templates in Korean (polite 합니다 style, particles chosen by {@link Korean})
 * and English (number agreement, serial lists), filled with the facts. Deterministic by construction.
 */
public final class TemplateProse implements PortfolioProse {

    public static final String NAME = "template";

    @Override
    public Written write(PortfolioFacts facts) {
        return facts.language() == PortfolioLanguage.KO
                ? new Written(headlineKo(facts), summaryKo(facts), NAME)
                : new Written(headlineEn(facts), summaryEn(facts), NAME);
    }

    // ---------------------------------------------------------------- Korean

    private static String headlineKo(PortfolioFacts f) {
        List<String> top = skillNames(f, 3);
        String name = f.profile().displayName();
        return top.isEmpty() ? name + " | 프리랜서 포트폴리오" : name + " | " + String.join("·", top) + " 전문 프리랜서";
    }

    private static String summaryKo(PortfolioFacts f) {
        List<String> s = new ArrayList<>();
        String name = f.profile().displayName() + "님";
        List<String> top = skillNames(f, 3);
        if (top.size() == 1) {
            s.add(Korean.topic(name) + " " + Korean.object(top.get(0)) + " 전문으로 하는 프리랜서입니다.");
        } else if (top.size() > 1) {
            s.add(Korean.topic(name) + " " + Korean.object(top.get(0)) + " 중심으로 "
                    + String.join(", ", top.subList(1, top.size())) + "까지 다루는 프리랜서입니다.");
        } else {
            s.add(Korean.topic(name) + " " + f.profile().region().nameKo() + "에서 활동하는 프리랜서입니다.");
        }
        longest(f).ifPresent(k -> s.add("가장 오래 다룬 기술은 " + Korean.instrumental(k.name()) + ", "
                + years(k.years()) + "년의 경력이 있습니다."));
        if (f.profileOnly()) {
            s.add("아직 플랫폼에서 완료한 프로젝트가 없어, 이 포트폴리오는 프로필 정보만으로 작성되었습니다.");
        } else {
            var t = f.track();
            s.add(t.successful() == 0 ? "플랫폼에서 프로젝트 " + t.completed() + "건을 완료했습니다."
                    : "플랫폼에서 프로젝트 " + t.completed() + "건을 완료했고, 그중 " + t.successful()
                            + "건이 성공적으로 마무리되었습니다.");
            s.add((t.onTime() == 0 ? "" : t.onTime() + "건을 기한 내에 납품했으며, ") + "평균 고객 평점은 5점 만점에 "
                    + rating(t.averageRating()) + "점입니다.");
        }
        if (f.targetRole() != null) {
            s.add(f.caseStudies().isEmpty()
                    ? Korean.object("‘" + f.targetRole() + "’ 역할") + " 염두에 두고 작성했습니다."
                    : "대표 프로젝트는 ‘" + f.targetRole() + "’ 역할과의 관련성을 기준으로 골랐습니다.");
        }
        return String.join(" ", s);
    }

    /** One line on a top skill: level and years from the profile, then the projects that show it. */
    static String skillLine(PortfolioFacts.SkillFact k, PortfolioLanguage language) {
        boolean ko = language == PortfolioLanguage.KO;
        List<String> parts = new ArrayList<>();
        if (k.level() != null) {
            parts.add(ko ? "레벨 " + k.level() + "/5, 경력 " + years(k.years()) + "년"
                    : "level " + k.level() + "/5, " + years(k.years()) + (k.years() == 1.0 ? " year" : " years"));
        }
        List<String> titles = k.evidence().stream().map(Portfolio.ProjectRef::title).toList();
        if (!titles.isEmpty()) {
            List<String> quoted = titles.stream().map(t -> "‘" + t + "’").toList();
            parts.add(ko ? String.join(", ", quoted) + " 프로젝트에서 활용" : "used in " + englishList(quoted));
        } else if (k.level() != null) {
            parts.add(ko ? "프로필 기준" : "as stated in the profile");
        }
        return String.join(" · ", parts);
    }

    /** One paragraph on a case study: the skills it used, how it ended, the rating. */
    static String caseLine(PortfolioFacts.CaseFact c, PortfolioLanguage language) {
        var contract = c.contract();
        boolean onTime = contract.outcome() == ContractOutcome.COMPLETED_ON_TIME;
        if (language == PortfolioLanguage.KO) {
            String used = c.skillNames().isEmpty() ? "" : Korean.object(koreanList(c.skillNames())) + " 활용한 프로젝트로, ";
            String ended = onTime ? "기한 내에 완료했고" : contract.clientRating() >= 4 ? "기한보다 늦었지만 완료했고"
                    : "기한보다 늦게 완료했고";
            return used + ended + " 고객에게 5점 만점에 " + contract.clientRating() + "점을 받았습니다.";
        }
        String used = c.skillNames().isEmpty() ? "A project" : "A project using " + englishList(c.skillNames());
        return used + ", " + (onTime ? "completed on time" : "completed late") + " and rated "
                + contract.clientRating() + "/5 by the client.";
    }

    // ---------------------------------------------------------------- English

    private static String headlineEn(PortfolioFacts f) {
        List<String> top = skillNames(f, 3);
        String name = f.profile().displayName();
        return top.isEmpty() ? name + " | Freelance portfolio" : name + " | Freelancer specialising in " + englishList(top);
    }

    private static String summaryEn(PortfolioFacts f) {
        List<String> s = new ArrayList<>();
        String name = f.profile().displayName();
        List<String> top = skillNames(f, 3);
        if (top.size() == 1) {
            s.add(name + " is a freelancer specialising in " + top.get(0) + ".");
        } else if (top.size() > 1) {
            s.add(name + " is a freelancer working mainly with " + top.get(0) + ", alongside "
                    + englishList(top.subList(1, top.size())) + ".");
        } else {
            s.add(name + " is a freelancer based in " + f.profile().region().nameEn() + ".");
        }
        longest(f).ifPresent(k -> s.add("Their longest-used skill is " + k.name() + ", with " + years(k.years())
                + (k.years() == 1.0 ? " year" : " years") + " of experience."));
        if (f.profileOnly()) {
            s.add("No projects have been completed on the platform yet, so this portfolio is drawn from the profile"
                    + " alone.");
        } else {
            var t = f.track();
            s.add("On the platform they have completed " + count(t.completed(), "project") + ", "
                    + t.successful() + " of them successfully; " + t.onTime() + (t.onTime() == 1 ? " was" : " were")
                    + " delivered on time, and clients rated the work " + rating(t.averageRating())
                    + " out of 5 on average.");
        }
        if (f.targetRole() != null) {
            s.add(f.caseStudies().isEmpty()
                    ? "It was written with the " + f.targetRole() + " role in mind."
                    : "The case studies were chosen for their relevance to the " + f.targetRole() + " role.");
        }
        return String.join(" ", s);
    }

    // ---------------------------------------------------------------- shared

    private static List<String> skillNames(PortfolioFacts f, int n) {
        return f.skills().stream().limit(n).map(PortfolioFacts.SkillFact::name).toList();
    }

    private static Optional<PortfolioFacts.SkillFact> longest(PortfolioFacts f) {
        return f.skills().stream().filter(k -> k.years() != null && k.years() >= 1)
                .max(Comparator.comparingDouble(PortfolioFacts.SkillFact::years)
                        .thenComparing(PortfolioFacts.SkillFact::skillId, Comparator.reverseOrder()));
    }

    static String years(Double years) {
        return years == null ? "0" : years == Math.rint(years) ? String.valueOf(years.longValue())
                : String.format(Locale.ROOT, "%.1f", years);
    }

    private static String rating(double r) {
        return String.format(Locale.ROOT, "%.1f", r);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "A", "A and B", "A, B and C". */
    static String englishList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "A", "A와 B", "A, B와 C" (the particle follows the word before it). */
    static String koreanList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return Korean.and(String.join(", ", items.subList(0, items.size() - 1))) + " " + items.getLast();
    }
}
