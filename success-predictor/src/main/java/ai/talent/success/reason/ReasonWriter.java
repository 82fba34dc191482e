package ai.talent.success.reason;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.domain.text.TextSignals;
import ai.talent.nn.explain.Attribution;
import ai.talent.success.feature.Feature;
import ai.talent.success.feature.FeatureGroup;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.SuccessFeatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns integrated-gradients attributions into reasons a person can read: the attributions of the network's
 * input columns are summed per {@link FeatureGroup} (every text column counts toward {@code TEXT}), ordered by
 * size, and each group gets a sentence in Korean or English built from the triple itself, with its signed
 * contribution, e.g. "시급이 예산보다 40% 높음 (−0.12)" or "has completed 14 similar projects (+0.09)".
 */
public final class ReasonWriter {

    private final SuccessFeatures features;

    public ReasonWriter(SuccessFeatures features) {
        this.features = features;
    }

    /** Every group's contribution, largest magnitude first; they sum to the attributions' sum. */
    public List<Reason> reasons(PredictionInput in, Attribution attribution, List<String> inputNames,
                                ReasonLanguage language) {
        Map<FeatureGroup, Double> byGroup = new EnumMap<>(FeatureGroup.class);
        float[] values = attribution.values();
        for (int i = 0; i < values.length; i++) {
            byGroup.merge(groupOf(inputNames.get(i)), (double) values[i], Double::sum);
        }
        List<Reason> out = new ArrayList<>();
        byGroup.forEach((group, contribution) -> out.add(new Reason(group.name().toLowerCase(Locale.ROOT),
                contribution, sentence(group, in, language, contribution) + " (" + signed(contribution) + ")")));
        out.sort(Comparator.comparingDouble((Reason r) -> Math.abs(r.contribution())).reversed());
        return out;
    }

    static FeatureGroup groupOf(String inputName) {
        for (Feature f : Feature.values()) {
            if (f.wireName().equals(inputName)) {
                return f.group();
            }
        }
        return FeatureGroup.TEXT;
    }

    /** "+0.09", "−0.12" (a real minus sign). */
    static String signed(double v) {
        String s = String.format(Locale.ROOT, "%.2f", Math.abs(v));
        return (v < 0 && !s.equals("0.00") ? "\u2212" : "+") + s;
    }

    String sentence(FeatureGroup group, PredictionInput in, ReasonLanguage lang, double contribution) {
        boolean ko = lang == ReasonLanguage.KO;
        var p = in.project();
        var f = in.freelancer();
        return switch (group) {
            case SKILLS -> {
                int met = 0;
                for (SkillRequirement r : p.requiredSkills()) {
                    int level = f.skills().stream().filter(s -> s.skillId().equals(r.skillId()))
                            .mapToInt(SkillLevel::level).max().orElse(0);
                    met += level >= r.minLevel() ? 1 : 0;
                }
                int n = p.requiredSkills().size();
                yield ko ? "필수 스킬 " + n + "개 중 " + met + "개를 요구 수준 이상 보유"
                        : "has " + met + " of " + n + " required skills at the required level";
            }
            case RATE -> {
                double ratio = f.hourlyRate().amount() / features.hourlyBudget(p);
                int pct = (int) Math.round(Math.abs(ratio - 1) * 100);
                String unit = p.budgetType() == BudgetType.HOURLY ? "" : (ko ? "(고정 예산의 시간당 환산)" : " (fixed budget per hour)");
                if (pct < 5) {
                    yield ko ? "시급이 예산에 맞음" + unit : "hourly rate fits the budget" + unit;
                }
                yield ko ? "시급이 예산보다 " + pct + "% " + (ratio > 1 ? "높음" : "낮음") + unit
                        : "hourly rate is " + pct + "% " + (ratio > 1 ? "above" : "below") + " the budget" + unit;
            }
            case EXPERIENCE -> ko ? "프로젝트 " + f.completedProjects() + "건 완료 경력"
                    : "has completed " + f.completedProjects() + " projects";
            case RATING -> f.ratingCount() == 0 || f.ratingAverage() == 0
                    ? (ko ? "아직 평점 없음" : "no client ratings yet")
                    : (ko ? String.format(Locale.ROOT, "평균 평점 %.1f (%d건)", f.ratingAverage(), f.ratingCount())
                        : String.format(Locale.ROOT, "rated %.1f on average by %d clients", f.ratingAverage(),
                            f.ratingCount()));
            case TRACK_RECORD -> in.track().finished() == 0
                    ? (ko ? "플랫폼 신규 (완료한 계약 없음)" : "new on the platform (no finished contracts yet)")
                    : (ko ? "플랫폼 계약 " + in.track().finished() + "건 중 " + in.track().successes() + "건 성공"
                        : in.track().successes() + " of " + in.track().finished()
                            + " contracts on the platform succeeded");
            case SIMILAR_WORK -> {
                int similar = in.track().similarSuccesses(p.requiredSkills().stream()
                        .map(SkillRequirement::skillId).toList());
                yield ko ? "비슷한 프로젝트 " + similar + "건 완료" : "has completed " + similar + " similar projects";
            }
            case WORKLOAD -> in.workload().active() == 0
                    ? (ko ? "진행 중인 다른 계약 없음, 주 " + f.availabilityHoursPerWeek() + "시간 가능"
                        : "no other contract in progress, " + f.availabilityHoursPerWeek() + " hours a week available")
                    : (ko ? "진행 중인 다른 계약 " + in.workload().active() + "건"
                        : "is working on " + in.workload().active() + " other contracts");
            case DEADLINE -> {
                double ratio = SuccessFeatures.deadlineRatio(in);
                int pct = (int) Math.round(ratio * 100);
                yield ratio < 1 ? (ko ? "마감까지 예정 기간의 " + pct + "%만 남음"
                        : "the deadline leaves " + pct + "% of the planned time")
                        : (ko ? "마감 일정에 여유 있음" : "the deadline leaves enough time");
            }
            case CLIENT -> in.client().finished() == 0
                    ? (ko ? "클라이언트의 완료된 계약 이력 없음 (게시 " + in.client().projectsPosted() + "건)"
                        : "client has no finished contracts yet (" + in.client().projectsPosted() + " posted)")
                    : (ko ? "클라이언트 계약 " + in.client().finished() + "건 중 " + in.client().successes() + "건 성공"
                        : in.client().successes() + " of the client's " + in.client().finished()
                            + " contracts succeeded");
            case LANGUAGE -> {
                boolean speaks = SuccessFeatures.speaksProjectLanguage(p, f);
                String needed = p.language() == Language.EN ? (ko ? "영어" : "English") : (ko ? "한국어" : "Korean");
                yield speaks ? (ko ? "프로젝트 언어(" + needed + ") 구사" : "speaks the project's language (" + needed + ")")
                        : (ko ? needed + " 미구사" : "does not speak " + needed);
            }
            case REGION -> p.remote() ? (ko ? "원격 프로젝트" : "remote project")
                    : p.region() == f.region() ? (ko ? "프로젝트와 같은 지역" : "works in the project's region")
                    : f.remoteOk() ? (ko ? "다른 지역, 원격 근무 가능" : "different region, open to remote work")
                    : (ko ? "다른 지역이며 원격 근무 불가" : "different region and not open to remote work");
            case ROLE_DOMAIN -> {
                TextSignals.Post post = TextSignals.standard().post(p);
                TextSignals.Profile profile = TextSignals.standard().profile(f);
                double role = TextSignals.overlap(post.roles(), profile.roles());
                double domain = TextSignals.overlap(post.domains(), profile.domains());
                if (role > 0 || domain > 0) {
                    String what = role > 0 && domain > 0 ? (ko ? "역할과 분야" : "role and field")
                            : role > 0 ? (ko ? "역할" : "role") : (ko ? "분야" : "field");
                    yield ko ? "프로필에 프로젝트가 찾는 " + what + " 경험이 있음"
                            : "the profile names the " + what + " the project asks for";
                }
                yield role < 0 || domain < 0
                        ? (ko ? "프로필의 역할·분야가 프로젝트와 다름" : "the profile's role or field differs from the project's")
                        : (ko ? "역할·분야가 글에 드러나지 않음" : "the texts do not say the role or field");
            }
            case SENIORITY -> {
                int seniority = TextSignals.seniority(f, TextSignals.standard().profile(f));
                int complexity = TextSignals.standard().post(p).complexity();
                String who = ko ? List.of("주니어", "미드레벨", "시니어").get(seniority)
                        : List.of("a junior", "a mid-level", "a senior").get(seniority);
                String work = complexity == TextSignals.UNKNOWN ? (ko ? "프로젝트" : "project")
                        : ko ? List.of("간단한 작업", "보통 규모의 작업", "복잡한 작업").get(complexity)
                        : List.of("simple work", "a typical project", "complex work").get(complexity);
                yield ko ? who + " 프리랜서, " + work : who + " freelancer on " + work;
            }
            case CRAFT -> {
                TextSignals.Profile profile = TextSignals.standard().profile(f);
                yield profile.strongWork() > 0
                        ? (ko ? "주도하거나 성과를 낸 경험 " + profile.strongWork() + "건을 소개함"
                            : "the profile describes " + profile.strongWork() + " led, measured or recognised results")
                        : (ko ? "프로필에 주도한 성과가 드러나지 않음" : "the profile shows no led or measured results");
            }
            case PAIR -> {
                var pair = in.client().pair(f.id());
                yield pair.finished() == 0
                        ? (ko ? "이 클라이언트와 처음 하는 계약" : "first contract with this client")
                        : (ko ? "이 클라이언트와의 계약 " + pair.finished() + "건 중 " + pair.successes() + "건 성공"
                            : pair.successes() + " of " + pair.finished() + " earlier contracts with this client succeeded");
            }
            case TEXT -> contribution >= 0
                    ? (ko ? "프로필 내용이 프로젝트 설명과 잘 맞음" : "the profile text matches the project description")
                    : (ko ? "프로필 내용이 프로젝트 설명과 거리가 있음" : "the profile text says little about this kind of project");
        };
    }
}
