package ai.talent.sim;

import ai.talent.domain.model.Language;
import ai.talent.sim.text.Domain;
import ai.talent.sim.text.Domains;
import ai.talent.sim.text.FreelancerProfile;
import ai.talent.sim.text.MarketplaceTexts;
import ai.talent.sim.text.ProjectBrief;
import ai.talent.sim.text.QueryIntent;
import ai.talent.sim.text.SkillMention;
import ai.talent.sim.text.TextHalf;
import ai.talent.sim.text.TextOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Parallel marketplace text: the same freelancer, project or query (built by the generators' own code) written
 * once in English and once in pure Korean, for distilling a bilingual encoder on marketplace language. Short
 * texts only (headlines, a bio's introduction sentence, project titles, recruiter queries), without typing
 * slips or skill-name noise.
 *
 * <p>The two writers draw their wording independently, so a Korean headline may name other facts than its
 * English one ("React 개발자" beside "Frontend developer in Seoul"). The Korean side is therefore drawn again,
 * up to {@link #ATTEMPTS} times, until it names the same facts (skills, domains, region, years) as the English
 * side; content for which no Korean rendering agrees is passed over. Deterministic for a seed.
 */
public final class ParallelTexts {

    /** What a pair is: its {@code kind} in the JSON line. */
    public enum Kind {
        FREELANCER_HEADLINE("freelancer-headline"),
        BIO_SENTENCE("bio-sentence"),
        PROJECT_TITLE("project-title"),
        QUERY("query");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** One pair: the same content in English and in Korean. */
    public record Pair(Kind kind, String en, String ko) {
    }

    /** How many Korean renderings are tried for one English text before its content is passed over. */
    static final int ATTEMPTS = 24;
    /** Share of pairs per kind, in {@link Kind} order: the short texts the distillation reads most. */
    private static final double[] KIND_SHARE = {0.3, 0.15, 0.25, 0.3};

    private final long seed;
    private final Marketplace market;
    private final TextOptions options;
    private final long[] passedOver = new long[Kind.values().length];

    public ParallelTexts(long seed, TextHalf half) {
        this.seed = seed;
        // Freelancer and query i are those of any market simulated with the seed; sizes only decide who posts a
        // project (and so, through the client, a project's category and domain).
        this.market = new Marketplace(SimConfig.of(100_000, 100_000, 0, seed).withTextHalf(half));
        this.options = new TextOptions(half, 0, false);
    }

    /** Writes {@code pairs} pairs spread over the kinds, in a fixed interleaved order. */
    public void write(int pairs, Consumer<Pair> sink) {
        long[] next = new long[Kind.values().length];
        int[] quota = quotas(pairs);
        int[] written = new int[quota.length];
        for (int n = 0; n < pairs; n++) {
            int k = kindOf(n, written, quota);
            Pair pair = null;
            for (int missed = 0; pair == null; missed++) {
                if (missed == 1000) {
                    throw new IllegalStateException("no Korean rendering agreed with the English one for 1000 "
                            + Kind.values()[k].key() + " items in a row");
                }
                pair = pair(Kind.values()[k], next[k]++);
                if (pair == null) {
                    passedOver[k]++;
                }
            }
            written[k]++;
            sink.accept(pair);
        }
    }

    /**
     * Recruiter query {@code queryId} (the simulator's id, {@code q-<index>}) of any market simulated with this
     * seed, written in English and in pure Korean from the intent the market wrote it from: the pair {@link #write}
     * gives for that query, or null when no Korean rendering names the same facts as the English one. For
     * measuring cross-language search: the same intent, so the same relevant freelancers, in either language.
     */
    public Pair query(String queryId) {
        return pair(Kind.QUERY, QueryGenerator.index(queryId));
    }

    /** Content items per kind passed over because no Korean rendering named the same facts. */
    public long passedOver(Kind kind) {
        return passedOver[kind.ordinal()];
    }

    static int[] quotas(int pairs) {
        int[] quota = new int[KIND_SHARE.length];
        int given = 0;
        for (int k = 0; k < quota.length; k++) {
            quota[k] = (int) Math.floor(pairs * KIND_SHARE[k]);
            given += quota[k];
        }
        for (int k = 0; given < pairs; k = (k + 1) % quota.length, given++) {
            quota[k]++;
        }
        return quota;
    }

    /** The kind furthest behind its quota, so the kinds interleave and any prefix is spread over them. */
    private static int kindOf(int n, int[] written, int[] quota) {
        int best = -1;
        double lag = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < quota.length; k++) {
            if (written[k] >= quota[k]) {
                continue;
            }
            double behind = (double) quota[k] * (n + 1) / Math.max(1, sum(quota)) - written[k];
            if (behind > lag) {
                lag = behind;
                best = k;
            }
        }
        return best;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    /** The pair for content item {@code index} of the kind, or null if no Korean rendering agrees. */
    Pair pair(Kind kind, long index) {
        Content content = content(kind, index);
        String en = content.write(Language.EN, new SplittableRandom(Seeds.of(seed, "parallel-en-" + kind.key(), index)));
        if (en.isBlank() || hasHangul(en)) {
            return null;
        }
        long facts = content.facts(en);
        for (int a = 0; a < ATTEMPTS; a++) {
            String ko = content.write(Language.KO,
                    new SplittableRandom(Seeds.of(seed, "parallel-ko-" + kind.key(), index, a)));
            if (!ko.isBlank() && hasHangul(ko) && content.facts(ko) == facts) {
                return new Pair(kind, en, ko);
            }
        }
        return null;
    }

    /** What one pair is written from, the facts a text about it may name, and how to write it. */
    private record Content(Writer writer, List<List<String>> facts) {

        String write(Language language, SplittableRandom rng) {
            return writer.write(language, rng).strip();
        }

        /** Which of the facts the text names, as bits. */
        long facts(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            long bits = 0;
            for (int i = 0; i < facts.size(); i++) {
                for (String form : facts.get(i)) {
                    if (names(lower, form.toLowerCase(Locale.ROOT))) {
                        bits |= 1L << i;
                        break;
                    }
                }
            }
            return bits;
        }
    }

    private interface Writer {
        String write(Language language, SplittableRandom rng);
    }

    private Content content(Kind kind, long index) {
        return switch (kind) {
            case FREELANCER_HEADLINE, BIO_SENTENCE -> {
                FreelancerProfile profile = market.freelancerProfile(index);
                List<List<String>> facts = skillFacts(profile.skills());
                profile.domains().forEach(d -> facts.add(domainForms(d)));
                facts.add(List.of(profile.regionEn(), profile.regionKo()));
                facts.add(List.of(Integer.toString(Math.max(1, profile.totalYears()))));
                yield new Content(kind == Kind.FREELANCER_HEADLINE
                        ? (language, rng) -> MarketplaceTexts.freelancer(profile, language, options, rng).title()
                        : (language, rng) -> MarketplaceTexts.freelancerIntro(profile, language, options, rng).title(),
                        facts);
            }
            case PROJECT_TITLE -> {
                ProjectBrief brief = market.projectBrief(index);
                List<SkillMention> skills = new ArrayList<>(brief.required());
                skills.addAll(brief.niceToHave());
                List<List<String>> facts = skillFacts(skills);
                facts.add(domainForms(brief.domain()));
                facts.add(List.of(brief.regionEn(), brief.regionKo()));
                yield new Content((language, rng) -> MarketplaceTexts.project(brief, language, options, rng).title(),
                        facts);
            }
            case QUERY -> {
                QueryIntent intent = market.queryIntent(index);
                List<List<String>> facts = skillFacts(intent.skills());
                if (intent.domain() != null) {
                    facts.add(domainForms(intent.domain()));
                }
                if (intent.regionEn() != null) {
                    facts.add(List.of(intent.regionEn(), intent.regionKo()));
                }
                if (intent.minYears() != null) {
                    facts.add(List.of(Integer.toString(intent.minYears())));
                }
                yield new Content((language, rng) -> MarketplaceTexts.query(intent, language, options, rng).title(),
                        facts);
            }
        };
    }

    private static List<List<String>> skillFacts(List<SkillMention> skills) {
        List<List<String>> facts = new ArrayList<>();
        for (SkillMention skill : skills) {
            List<String> forms = new ArrayList<>(List.of(skill.nameEn(), skill.nameKo()));
            forms.addAll(skill.aliases());
            facts.add(forms);
        }
        return facts;
    }

    private static List<String> domainForms(String key) {
        Domain domain = Domains.byKey(key).orElseThrow();
        List<String> forms = new ArrayList<>(domain.en());
        forms.addAll(domain.ko());
        return forms;
    }

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /**
     * Whether the text names the form: a Latin or numeric form as a whole word ("Go" is not in "Google", "5" not
     * in "50"), a Korean one anywhere (particles attach to it).
     */
    static boolean names(String text, String form) {
        if (form.isBlank()) {
            return false;
        }
        boolean korean = hasHangul(form);
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if (korean) {
                return true;
            }
            int end = at + form.length();
            boolean before = at > 0 && LETTER_OR_DIGIT.matcher(text.substring(at - 1, at)).matches()
                    && !hasHangul(text.substring(at - 1, at));
            boolean after = end < text.length() && LETTER_OR_DIGIT.matcher(text.substring(end, end + 1)).matches()
                    && !hasHangul(text.substring(end, end + 1));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    static boolean hasHangul(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
                return true;
            }
        }
        return false;
    }
}
