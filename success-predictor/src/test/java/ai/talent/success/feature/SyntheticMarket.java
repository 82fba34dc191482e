package ai.talent.success.feature;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small, fixed marketplace history for tests, in English: projects and profiles each name a business domain
 * only in their prose, and a contract succeeds far more often when the freelancer's domain is the project's and
 * when the bio says the freelancer has time now (a fact stated nowhere else).
 * The structured fields (skills, rates, ratings) carry a weaker signal of their own.
 */
public final class SyntheticMarket {

    static final String[][] PROJECT_PHRASES = {
        {"a payment gateway for our fintech startup", "card settlement and bank transfer features for a fintech app",
            "a mobile banking wallet with money transfers"},
        {"a patient booking system for our clinic", "an electronic medical records dashboard for a hospital",
            "a telemedicine app for doctors and patients"},
        {"an online multiplayer game server", "levels and in-game shop for our mobile game",
            "a matchmaking and leaderboard service for gamers"},
        {"an online shop with a shopping cart and checkout", "product catalogue and order management for retail",
            "an e-commerce marketplace for sellers and buyers"},
        {"a learning platform with online courses for students", "a quiz and homework tool for school teachers",
            "a video lecture site for a university"}};
    static final String[][] PROFILE_PHRASES = {
        {"I build payment systems for banks and fintech companies", "Years of work on card payments and digital wallets",
            "Specialist in financial software and money transfer apps"},
        {"I develop software for hospitals and clinics", "Experienced with medical records and patient portals",
            "Healthcare apps for doctors, nurses and patients"},
        {"Game developer: multiplayer servers and game design", "I make mobile games with in-app purchases",
            "Built leaderboards and matchmaking for online games"},
        {"I build online stores and checkout flows", "E-commerce specialist: product catalogues, carts, orders",
            "Retail web shops and marketplace platforms"},
        {"I create e-learning platforms and online courses", "Education technology for schools and teachers",
            "Learning management systems for universities"}};
    static final String[] BUSY = {"Currently busy with other clients, so replies may be slow.",
        "My schedule is full this month; I can only work evenings.", "Booked on a long contract at the moment."};
    static final String[] FREE = {"Available full time and I reply within hours.",
        "Free to start right away, working on nothing else now.", "Open schedule: I can focus on your project."};
    static final String[] SKILLS = {"java", "kotlin", "react", "python", "sql", "aws"};
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    /** The history as events plus each contract's true success probability, by contract id order. */
    public record History(List<DomainEvent> events, List<Double> trueProbabilities) {
    }

    private SyntheticMarket() {
    }

    public static History generate(int freelancerCount, int projectCount, long seed) {
        Random r = new Random(seed);
        List<DomainEvent> events = new ArrayList<>();
        List<Freelancer> freelancers = new ArrayList<>();
        int[] domainOf = new int[freelancerCount];
        double[] reliability = new double[freelancerCount];
        boolean[] busy = new boolean[freelancerCount];
        for (int i = 0; i < freelancerCount; i++) {
            domainOf[i] = r.nextInt(PROJECT_PHRASES.length);
            reliability[i] = r.nextGaussian() * 0.5;
            List<SkillLevel> skills = new ArrayList<>();
            for (String s : SKILLS) {
                if (r.nextDouble() < 0.5) {
                    skills.add(new SkillLevel(s, 1 + r.nextInt(5), r.nextInt(10)));
                }
            }
            int ratings = r.nextInt(30);
            double rating = ratings == 0 ? 0 : Math.round(Math.min(5, Math.max(1, 4 + reliability[i]
                    + 0.5 * r.nextGaussian())) * 10) / 10.0;
            // whether the freelancer has time now is written only in the bio
            busy[i] = r.nextDouble() < 0.4;
            String bio = PROFILE_PHRASES[domainOf[i]][r.nextInt(3)] + ". " + (busy[i]
                    ? BUSY[r.nextInt(BUSY.length)] : FREE[r.nextInt(FREE.length)]);
            Freelancer f = new Freelancer("f-" + i, "Freelancer " + i, "Software developer", bio, Language.EN, skills,
                    Money.krw(30_000 + 5_000L * r.nextInt(10)), Region.SEOUL, true, List.of("en", "ko"),
                    10 * (1 + r.nextInt(4)), rating, rating == 0 ? 0 : ratings, r.nextInt(40));
            freelancers.add(f);
            events.add(new FreelancerUpserted("fu-" + i, START, f));
        }
        List<Double> truth = new ArrayList<>();
        for (int j = 0; j < projectCount; j++) {
            int domain = r.nextInt(PROJECT_PHRASES.length);
            Instant posted = START.plusSeconds(3_600L * 6 * j);
            List<SkillRequirement> required = new ArrayList<>();
            for (String s : SKILLS) {
                if (required.size() < 3 && r.nextDouble() < 0.35) {
                    required.add(new SkillRequirement(s, 1 + r.nextInt(4)));
                }
            }
            if (required.isEmpty()) {
                required.add(new SkillRequirement(SKILLS[r.nextInt(SKILLS.length)], 2));
            }
            boolean hourly = r.nextBoolean();
            int weeks = 2 + r.nextInt(10);
            long hourlyBudget = 30_000 + 5_000L * r.nextInt(8);
            long budget = hourly ? hourlyBudget : hourlyBudget * 25 * weeks;
            String description = "We need " + PROJECT_PHRASES[domain][r.nextInt(3)] + ". "
                    + (r.nextBoolean() ? "Please send examples of similar work." : "Start as soon as possible.");
            Project p = new Project("p-" + j, "c-" + r.nextInt(40), "Software project", description, Language.EN, required,
                    List.of(), hourly ? BudgetType.HOURLY : BudgetType.FIXED, Money.krw(budget), weeks,
                    LocalDate.ofInstant(posted, ZoneOffset.UTC).plusDays(7L * weeks + r.nextInt(21) - 5), Region.SEOUL,
                    true, ProjectStatus.OPEN);
            events.add(new ProjectPosted("pp-" + j, posted, p));

            // half the hires come from the project's domain, so matches and mismatches are both common
            int hire;
            do {
                hire = r.nextInt(freelancerCount);
            } while (r.nextBoolean() && domainOf[hire] != domain);
            Freelancer f = freelancers.get(hire);
            double coverage = 0;
            for (SkillRequirement q : required) {
                int level = f.skills().stream().filter(s -> s.skillId().equals(q.skillId()))
                        .mapToInt(SkillLevel::level).max().orElse(0);
                coverage += Math.min(1.2, (double) level / q.minLevel());
            }
            coverage /= required.size();
            double rateRatio = Math.log((double) f.hourlyRate().amount() / hourlyBudget);
            double logit = 0.2 + 1.2 * (domainOf[hire] == domain ? 1 : 0) - 2.4 * (busy[hire] ? 1 : 0)
                    + 1.0 * (coverage - 0.6)
                    - 1.2 * Math.max(0, rateRatio) + 0.8 * reliability[hire];
            double p0 = 1 / (1 + Math.exp(-logit));
            truth.add(p0);
            Instant awarded = posted.plusSeconds(3_600);
            long agreed = hourly ? (f.hourlyRate().amount() + hourlyBudget) / 2 : budget;
            Contract c = new Contract("k-" + j, p.id(), f.id(), p.clientId(), Money.krw(agreed), awarded);
            events.add(new ContractAwarded("ca-" + j, awarded, c));
            boolean success = r.nextDouble() < p0;
            ContractOutcome outcome = success ? ContractOutcome.COMPLETED_ON_TIME
                    : (r.nextBoolean() ? ContractOutcome.CANCELLED : ContractOutcome.COMPLETED_LATE);
            int rating = success ? 4 + r.nextInt(2) : 1 + r.nextInt(3);
            Instant done = awarded.plusSeconds(86_400L * 7 * weeks);
            events.add(new ContractCompleted("cc-" + j, done, c.id(), p.id(), f.id(), p.clientId(), outcome, rating,
                    done));
        }
        return new History(events, truth);
    }
}
