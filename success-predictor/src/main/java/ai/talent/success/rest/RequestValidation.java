package ai.talent.success.rest;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.problem.ProblemDetail.FieldError;
import ai.talent.success.reason.ReasonLanguage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks prediction requests field by field and collects every error (paths such as
 * {@code requests[2].project.budget.amount}), so one 400 problem names them all; nothing is predicted from a
 * request with any error.
 */
final class RequestValidation {

    /** A checked request: a project to look up ({@code projectId}) or the described one ({@code project}). */
    record Checked(String freelancerId, String projectId, Project project, Money agreedRate,
                   ReasonLanguage language) {
    }

    static final String DRAFT_ID = "draft";
    /** Bounds on what a request may carry (beyond them: a 400 naming the field); the body: max-body-size. */
    static final int MAX_ID_CHARS = 200;
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_DESCRIPTION_CHARS = 20_000;
    static final int MAX_SKILLS = 50;
    private static final int DEFAULT_WEEKS = 4;

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    Checked check(PredictionRequest r, String at) {
        if (r == null) {
            errors.add(new FieldError(at.isEmpty() ? "body" : at, "is required"));
            return null;
        }
        String p = at.isEmpty() ? "" : at + ".";
        if (blank(r.freelancerId())) {
            errors.add(new FieldError(p + "freelancerId", "is required"));
        }
        atMost(r.freelancerId(), MAX_ID_CHARS, p + "freelancerId");
        atMost(r.projectId(), MAX_ID_CHARS, p + "projectId");
        Project project = null;
        if (r.project() != null && !blank(r.projectId())) {
            errors.add(new FieldError(p + "project", "give either projectId or project, not both"));
        } else if (r.project() != null) {
            project = project(r.project(), p + "project");
        } else if (blank(r.projectId())) {
            errors.add(new FieldError(p + "projectId", "is required (or describe the project in 'project')"));
        }
        Money rate = null;
        if (r.agreedRate() != null && r.agreedRateKrw() != null) {
            errors.add(new FieldError(p + "agreedRate", "give either agreedRate or agreedRateKrw, not both"));
        } else if (r.agreedRate() != null) {
            rate = money(r.agreedRate(), p + "agreedRate");
        } else if (r.agreedRateKrw() != null) {
            rate = money(new PredictionRequest.Amount(r.agreedRateKrw(), Money.KRW), p + "agreedRateKrw");
        }
        ReasonLanguage language = ReasonLanguage.EN;
        if (r.language() != null) {
            switch (r.language().toLowerCase(Locale.ROOT)) {
                case "en" -> language = ReasonLanguage.EN;
                case "ko" -> language = ReasonLanguage.KO;
                default -> errors.add(new FieldError(p + "language", "must be 'en' or 'ko', was '" + r.language() + "'"));
            }
        }
        return new Checked(r.freelancerId(), blank(r.projectId()) ? null : r.projectId(), project, rate, language);
    }

    private Project project(PredictionRequest.ProjectDraft d, String p) {
        int before = errors.size();
        if (blank(d.title())) {
            errors.add(new FieldError(p + ".title", "is required"));
        }
        atMost(d.title(), MAX_TITLE_CHARS, p + ".title");
        atMost(d.description(), MAX_DESCRIPTION_CHARS, p + ".description");
        atMost(d.clientId(), MAX_ID_CHARS, p + ".clientId");
        List<SkillRequirement> required = skills(d.requiredSkills(), p + ".requiredSkills");
        if (d.requiredSkills() == null || d.requiredSkills().isEmpty()) {
            errors.add(new FieldError(p + ".requiredSkills", "must name at least one skill"));
        }
        List<SkillRequirement> nice = skills(d.niceToHaveSkills(), p + ".niceToHaveSkills");
        if (d.budgetType() == null) {
            errors.add(new FieldError(p + ".budgetType", "is required (FIXED or HOURLY)"));
        }
        Money budget = null;
        if (d.budget() == null) {
            errors.add(new FieldError(p + ".budget", "is required"));
        } else {
            budget = money(d.budget(), p + ".budget");
        }
        int weeks = d.durationWeeks() == null ? DEFAULT_WEEKS : d.durationWeeks();
        if (weeks < 1 || weeks > 520) {
            errors.add(new FieldError(p + ".durationWeeks", "must be between 1 and 520, was " + weeks));
        }
        if (errors.size() > before) {
            return null;
        }
        LocalDate deadline = d.deadline() != null ? d.deadline()
                : LocalDate.now(ZoneOffset.UTC).plusWeeks(weeks);
        boolean remote = d.remote() == null || d.remote();
        return new Project(DRAFT_ID, blank(d.clientId()) ? "draft-client" : d.clientId(), d.title(),
                d.description() == null ? "" : d.description(), d.language() == null ? Language.KO : d.language(),
                required, nice, d.budgetType() == null ? BudgetType.FIXED : d.budgetType(), budget, weeks, deadline,
                d.region() == null ? Region.SEOUL : d.region(), remote, ProjectStatus.OPEN);
    }

    private List<SkillRequirement> skills(List<PredictionRequest.Skill> skills, String p) {
        List<SkillRequirement> out = new ArrayList<>();
        if (skills == null) {
            return out;
        }
        if (skills.size() > MAX_SKILLS) {
            errors.add(new FieldError(p, "at most " + MAX_SKILLS + " skills, was " + skills.size()));
            return out;
        }
        for (int i = 0; i < skills.size(); i++) {
            PredictionRequest.Skill s = skills.get(i);
            String at = p + "[" + i + "]";
            if (s == null || blank(s.skillId())) {
                errors.add(new FieldError(at + ".skillId", "is required"));
                continue;
            }
            int level = s.minLevel() == null ? 1 : s.minLevel();
            if (level < 1 || level > 5) {
                errors.add(new FieldError(at + ".minLevel", "must be between 1 and 5, was " + level));
                continue;
            }
            out.add(new SkillRequirement(s.skillId(), level));
        }
        return out;
    }

    private void atMost(String text, int max, String field) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters, was " + text.length()));
        }
    }

    private Money money(PredictionRequest.Amount a, String p) {
        boolean ok = true;
        if (a.amount() == null) {
            errors.add(new FieldError(p + ".amount", "is required"));
            ok = false;
        } else if (a.amount() < 0) {
            errors.add(new FieldError(p + ".amount", "must not be negative, was " + a.amount()));
            ok = false;
        }
        String currency = a.currency() == null ? Money.KRW : a.currency();
        if (!Money.KRW.equals(currency)) {
            errors.add(new FieldError(p + ".currency", "unknown currency '" + currency
                    + "': the marketplace trades in KRW only"));
            ok = false;
        }
        return ok ? Money.krw(a.amount()) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
