package ai.talent.search.query;

import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free text to structured intent. Rules first: numbers with their units (rates, years, weekly hours), then the
 * longest phrases the lexicon and the skill taxonomy know (roles, domains, regions, remote, seniority, languages,
 * skills by name, Korean name or alias, with a Korean particle allowed after them), then misspelt skill names
 * within one or two edits. A query tagger, when one is trained, adds the skill spans the rules missed. Whatever
 * is left stays free text. Thread-safe.
 */
public final class QueryParser {

    /** Words that carry no search meaning of their own (polite endings, "looking for"...). */
    private static final Set<String> FILLERS = Set.of("looking", "for", "need", "needed", "a", "an", "the", "with",
            "who", "and", "or", "in", "of", "to", "any", "anyone", "someone", "find", "me", "show", "hire", "hiring",
            "wanted", "please", "based", "near", "experience", "exp", "background", "knows", "is", "are", "w",
            "searching", "pro", "expert", "specialist", "freelancer", "찾습니다", "구합니다", "찾아요", "구해요", "있나요",
            "있을까요", "추천", "추천해주세요", "프리랜서", "인력", "분", "모십니다", "급구", "긴급", "가능한", "잘하는", "하는",
            "쓰는", "다루는", "할", "줄", "아는", "구인", "구함", "경험", "경험자", "지역", "거주", "근무", "근처", "쪽", "가능",
            "분야", "도메인", "업계", "프로젝트", "전문가");
    /**
     * Words for a person that make a job title of the field before them ("콘텐츠 마케팅 매니저", "SNS 운영 담당자",
     * "content marketing manager"). Not the words for an expert: "영상 편집 전문가" asks for the skill.
     */
    private static final Set<String> PERSON_WORDS = Set.of("마케터", "매니저", "담당자", "컨설턴트", "아티스트", "라이터",
            "작가", "디자이너", "개발자", "엔지니어", "기획자", "분석가", "운영자", "marketer", "manager", "consultant",
            "artist", "writer", "designer", "developer", "engineer", "analyst", "strategist");

    /** Words never read as a misspelt skill. */
    private static final Set<String> NOT_FUZZY = Set.of("developer", "developers", "engineer", "engineers",
            "designer", "designers", "senior", "junior", "years", "remote", "expert", "looking", "freelancer",
            "specialist", "needed", "hourly", "based", "english", "korean", "experience", "someone", "anyone",
            "backend", "frontend", "writer", "editor", "manager", "under", "above", "below", "about", "budget");

    /** A word for an expert in what precedes it. */
    private static final java.util.regex.Pattern EXPERT_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:specialists?|experts?|전문가|전문)(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final NumberRules numbers;
    private final SpanTagger tagger;
    private final double usdToKrw;

    public QueryParser(SkillTaxonomy taxonomy, double usdToKrw) {
        this(taxonomy, usdToKrw, null);
    }

    public QueryParser(SkillTaxonomy taxonomy, double usdToKrw, SpanTagger tagger) {
        this.lexicon = new Lexicon(taxonomy);
        this.numbers = new NumberRules(usdToKrw);
        this.tagger = tagger;
        this.usdToKrw = usdToKrw;
    }

    /** The same rules with a tagger (or none). */
    public QueryParser withTagger(SpanTagger newTagger) {
        return new QueryParser(lexicon.taxonomy(), usdToKrw, newTagger);
    }

    public boolean hasTagger() {
        return tagger != null;
    }

    public QueryIntent parse(String query) {
        String text = query == null ? "" : query;
        if (text.isBlank()) {
            return new QueryIntent(text, List.of(), "", QueryShape.of(text));
        }
        List<Constraint> found = new ArrayList<>(numbers.find(text));
        List<Words.Word> words = Words.split(text);
        boolean[] used = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            used[i] = found.stream().anyMatch(c -> c.overlaps(w.start(), w.end()));
        }
        Map<Constraint, Lexicon.Entry> skillAlso = new IdentityHashMap<>();
        phrases(text, words, used, found, skillAlso);
        fuzzySkills(words, used, found, skillAlso);
        rolesThatAreSkills(text, found, skillAlso);
        titlesFromSkills(text, words, used, found);
        compoundTitles(text, words, used, found);
        shortTitle(words, used, found);
        loneIndustryWords(words, used, found);
        fuzzyWords(words, used, found);
        if (tagger != null) {
            tagged(text, words, used, found);
        }
        found.sort(Comparator.comparingInt(Constraint::start).thenComparing(c -> c.kind().ordinal()));
        StringBuilder free = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            if (!used[i] && !FILLERS.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && w.chars().anyMatch(Character::isLetterOrDigit)) {
                free.append(free.isEmpty() ? "" : " ").append(w);
            }
        }
        return new QueryIntent(text, found, free.toString(), QueryShape.of(text));
    }

    /** Longest known phrase first, left to right, over words no number rule took. */
    private void phrases(String text, List<Words.Word> words, boolean[] used, List<Constraint> found,
                         Map<Constraint, Lexicon.Entry> skillAlso) {
        int longest = lexicon.longestPhraseWords();
        int i = 0;
        while (i < words.size()) {
            if (used[i]) {
                i++;
                continue;
            }
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                if (!free(used, i, n)) {
                    continue;
                }
                Lexicon.Entry entry = match(words, i, n);
                if (entry == null && n >= 2 && holdsUnknownWord(words, i, n)) {
                    entry = fuzzyMatch(words, i, n);
                }
                if (entry == null && n >= 2) {
                    entry = doerOfSkill(words, i, n);
                }
                if (entry != null) {
                    Words.Word first = words.get(i);
                    Words.Word last = words.get(i + n - 1);
                    Constraint c = new Constraint(entry.kind(), entry.value(), entry.label(), first.start(), last.end(),
                            "rules");
                    found.add(c);
                    if (entry.kind() == ConstraintKind.ROLE) {
                        Lexicon.Entry skill = skillEntry(words, i, n);
                        if (skill != null) {
                            skillAlso.put(c, skill);
                        }
                    }
                    for (int k = i; k < i + n; k++) {
                        used[k] = true;
                    }
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
    }

    /**
     * A phrase that is both a role and a skill ("일러스트레이터": the illustrator, or Adobe Illustrator) reads as the
     * role, unless it is followed by a word for an expert in something ("Virtual Assistant specialist", "영상 편집
     * 전문가") or the query names another role ("포토샵 일러스트레이터 그래픽 디자이너"): then it is the skill the person
     * asked for should hold.
     */
    private static void rolesThatAreSkills(String text, List<Constraint> found,
                                           Map<Constraint, Lexicon.Entry> skillAlso) {
        long roles = found.stream().filter(c -> c.kind() == ConstraintKind.ROLE).count();
        for (int i = 0; i < found.size(); i++) {
            Constraint c = found.get(i);
            Lexicon.Entry skill = skillAlso.get(c);
            if (c.kind() != ConstraintKind.ROLE || skill == null
                    || (roles < 2 && !EXPERT_AFTER.matcher(text.substring(c.end())).lookingAt())) {
                continue;
            }
            found.set(i, new Constraint(ConstraintKind.SKILL, skill.value(), skill.label(), c.start(), c.end(),
                    c.source()));
            roles--;
        }
    }

    private Lexicon.Entry match(List<Words.Word> words, int from, int n) {
        return match(words, from, n, null);
    }

    /**
     * A skill's name followed by a word for a person is a job title: the role whose titles begin with that name
     * ("시장조사 컨설턴트" a market researcher, "콘텐츠 마케팅 매니저" a content marketer, "모션그래픽 아티스트" a motion
     * designer), in place of the skill and of the generic role the person word alone would be ("컨설턴트", "마케터").
     * Only where the words touch (nothing but spaces between) and the name titles exactly one role.
     */
    private void titlesFromSkills(String text, List<Words.Word> words, boolean[] used, List<Constraint> found) {
        for (int i = 0; i < found.size(); i++) {
            Constraint skill = found.get(i);
            if (skill.kind() != ConstraintKind.SKILL) {
                continue;
            }
            String role = lexicon.roleTitledBySkill(skill.value());
            int next = nextWord(words, skill.end());
            if (role == null || next < 0 || !text.substring(skill.end(), words.get(next).start()).isBlank()) {
                continue;
            }
            Words.Word person = words.get(next);
            String stem = Words.withoutParticle(person.text());
            if (!PERSON_WORDS.contains(Words.key(person.text())) && (stem == null
                    || !PERSON_WORDS.contains(Words.key(stem)))) {
                continue;
            }
            Constraint generic = readOver(person, found, skill);
            if (generic == COVERED) {
                continue;
            }
            found.set(i, new Constraint(ConstraintKind.ROLE, role, role, skill.start(), person.end(), skill.source()));
            if (generic != null) {
                int at = found.indexOf(generic);
                found.remove(at);
                if (at < i) {
                    i--;
                }
            }
            used[next] = true;
        }
    }

    /**
     * Korean writes a title's first word onto the word before it ("디지털광고 마케터", "쓰는브랜드 마케터"): a word for a
     * person after a Hangul word the rules read nothing in is the title its longest known ending makes with it ("광고
     * 마케터" a performance marketer, "브랜드 마케터" a brand marketer), in place of the generic role of the person word
     * alone.
     */
    private void compoundTitles(String text, List<Words.Word> words, boolean[] used, List<Constraint> found) {
        for (int j = 1; j < words.size(); j++) {
            Words.Word person = words.get(j);
            Words.Word before = words.get(j - 1);
            String personKey = Words.key(person.text());
            if (!PERSON_WORDS.contains(personKey) || used[j - 1] || before.text().length() < 3
                    || !Words.isHangul(before.text().charAt(0))
                    || !text.substring(before.end(), person.start()).isBlank()) {
                continue;
            }
            Constraint generic = readOver(person, found, null);
            if (generic == COVERED) {
                continue;
            }
            String word = before.text();
            for (int length = word.length() - 1; length >= 2; length--) {
                String ending = word.substring(word.length() - length);
                Lexicon.Entry role = lexicon.lookup(Words.key(ending) + personKey).stream()
                        .filter(e -> e.kind() == ConstraintKind.ROLE).findFirst().orElse(null);
                if (role != null) {
                    if (generic != null) {
                        found.remove(generic);
                    }
                    found.add(new Constraint(ConstraintKind.ROLE, role.value(), role.label(),
                            before.end() - length, person.end(), "rules"));
                    used[j - 1] = true;
                    used[j] = true;
                    break;
                }
            }
        }
    }

    /**
     * A query that names no role but a software title without its "developer" or "engineer" ("iOS 리모트", "NLP pandas",
     * "Full-stack 핀테크", "블록체인 2년차 이상") asks for that role: the first run of up to three words, free or
     * exactly one skill's name, that is such a title reads as the role as well (the skill, when it is one, stays).
     */
    private void shortTitle(List<Words.Word> words, boolean[] used, List<Constraint> found) {
        if (found.stream().anyMatch(c -> c.kind() == ConstraintKind.ROLE)) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                int from = words.get(i).start();
                int to = words.get(i + n - 1).end();
                boolean free = free(used, i, n);
                Constraint skill = found.stream().filter(c -> c.kind() == ConstraintKind.SKILL && c.start() == from
                        && c.end() == to).findFirst().orElse(null);
                if (!free && skill == null) {
                    continue;
                }
                String role = lexicon.roleByShortTitle(Words.key(words, i, i + n));
                if (role != null) {
                    found.add(new Constraint(ConstraintKind.ROLE, role, role, from, to, "rules"));
                    for (int k = i; k < i + n; k++) {
                        used[k] = true;
                    }
                    return;
                }
            }
        }
    }

    /**
     * Words that name an industry only when nothing else reads them: a recruiter's "게임" or "game" on its own ("스프링
     * 3년 이상 게임") is the game industry, but it begins titles ("게임 클라이언트" a game developer, read first) and
     * skills. A profile's is not read so ("게임을 만들었습니다"), so these live here and not in the shared lexicon.
     */
    private static final Map<String, String> LONE_INDUSTRY_WORDS = Map.of("게임", "game", "game", "game");

    private static void loneIndustryWords(List<Words.Word> words, boolean[] used, List<Constraint> found) {
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            String stem = Words.withoutParticle(w.text());
            String domain = LONE_INDUSTRY_WORDS.get(Words.key(stem != null ? stem : w.text()));
            if (used[i] || domain == null || found.stream().anyMatch(c -> c.kind() == ConstraintKind.DOMAIN
                    && c.value().equals(domain))) {
                continue;
            }
            found.add(new Constraint(ConstraintKind.DOMAIN, domain, domain, w.start(), w.end(), "rules"));
            used[i] = true;
        }
    }

    /** What {@link #readOver} answers when something other than a role of the word alone covers it. */
    private static final Constraint COVERED = new Constraint(ConstraintKind.ROLE, "", "", -1, -1, "");

    /**
     * What the rules read over a word for a person: null when nothing, the generic role of that word alone ("마케터"),
     * or {@link #COVERED} when anything else (besides {@code except}) takes any of it.
     */
    private static Constraint readOver(Words.Word person, List<Constraint> found, Constraint except) {
        Constraint generic = null;
        for (Constraint c : found) {
            if (c == except || !c.overlaps(person.start(), person.end())) {
                continue;
            }
            if (c.kind() != ConstraintKind.ROLE || c.start() != person.start() || c.end() != person.end()) {
                return COVERED;
            }
            generic = c;
        }
        return generic;
    }

    private static int nextWord(List<Words.Word> words, int from) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= from) {
                return k;
            }
        }
        return -1;
    }

    /** The work a word for a person does ("디자이너" designs), for titles made of a skill's name. */
    private static final Map<String, String> ACTIVITY_OF_DOER = Map.ofEntries(Map.entry("디자이너", "디자인"),
            Map.entry("designer", "design"), Map.entry("개발자", "개발"), Map.entry("developer", "development"),
            Map.entry("기획자", "기획"), Map.entry("분석가", "분석"), Map.entry("편집자", "편집"),
            Map.entry("editor", "editing"), Map.entry("마케터", "마케팅"), Map.entry("marketer", "marketing"),
            Map.entry("writer", "writing"), Map.entry("번역가", "번역"), Map.entry("translator", "translation"),
            Map.entry("운영자", "운영"), Map.entry("컨설턴트", "컨설팅"), Map.entry("consultant", "consulting"),
            Map.entry("photographer", "photography"));

    /**
     * A skill's name with its last word made the person who does it ("브랜드 아이덴티티 디자이너" of "브랜드 아이덴티티
     * 디자인"): the role whose titles that name begins, when exactly one does; null otherwise, and when the words end
     * in a title of their own ("youtube video editor" is a video editor, "Korean-English translator" a translator).
     */
    private Lexicon.Entry doerOfSkill(List<Words.Word> words, int from, int n) {
        String activity = ACTIVITY_OF_DOER.get(Words.key(words.get(from + n - 1).text()));
        if (activity == null) {
            return null;
        }
        for (int k = from + 1; k < from + n; k++) {
            if (match(words, k, from + n - k, ConstraintKind.ROLE) != null) {
                return null;
            }
        }
        Lexicon.Entry skill = lexicon.lookup(Words.key(words, from, from + n - 1) + activity).stream()
                .filter(e -> e.kind() == ConstraintKind.SKILL).findFirst().orElse(null);
        if (skill == null) {
            return null;
        }
        String role = lexicon.roleTitledBySkill(skill.value());
        return role == null ? null : new Lexicon.Entry(ConstraintKind.ROLE, role, role, 3, false);
    }

    /**
     * A known phrase of several words that the words misspell, tried before the shorter phrases inside them ("youtbue
     * video editing" is YouTube video editing, not video editing): only over a run holding a word that names nothing
     * on its own (the misspelt one), so that two correctly written names side by side are never merged.
     */
    private Lexicon.Entry fuzzyMatch(List<Words.Word> words, int from, int n) {
        StringBuilder key = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            key.append(Words.key(words.get(k).text()));
            typed.append(words.get(k).text());
        }
        return best(lexicon.fuzzyPhrase(key.toString(), n), typed.toString());
    }

    private boolean holdsUnknownWord(List<Words.Word> words, int from, int n) {
        for (int k = from; k < from + n; k++) {
            String key = Words.key(words.get(k).text());
            if (!key.isEmpty() && lexicon.lookup(key).isEmpty() && !FILLERS.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The skill the same words also name, when the role read from them is a skill's alias too. */
    private Lexicon.Entry skillEntry(List<Words.Word> words, int from, int n) {
        return match(words, from, n, ConstraintKind.SKILL);
    }

    /** The best entry the words name (of {@code kind} only, when given). */
    private Lexicon.Entry match(List<Words.Word> words, int from, int n, ConstraintKind kind) {
        StringBuilder key = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        for (int k = from; k < from + n - 1; k++) {
            key.append(Words.key(words.get(k).text()));
            typed.append(words.get(k).text());
        }
        String last = words.get(from + n - 1).text();
        Lexicon.Entry entry = best(of(lexicon.lookup(key + Words.key(last)), kind), typed + last);
        if (entry == null) {
            String stem = Words.withoutParticle(last);
            if (stem != null) {
                entry = best(of(lexicon.lookup(key + Words.key(stem)), kind), typed + stem);
            }
        }
        return entry;
    }

    private static List<Lexicon.Entry> of(List<Lexicon.Entry> entries, ConstraintKind kind) {
        return kind == null ? entries : entries.stream().filter(e -> e.kind() == kind).toList();
    }

    private static Lexicon.Entry best(List<Lexicon.Entry> entries, String typed) {
        for (Lexicon.Entry e : entries) {
            if (!e.caseSensitive() || Words.hasUpperCase(typed)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Misspelt one-word seniorities, domains, places and remote work ("senor", "traveel", "피테크", "재재택"), a Korean
     * particle after them allowed, over words nothing else read.
     */
    private void fuzzyWords(List<Words.Word> words, boolean[] used, List<Constraint> found) {
        for (int i = 0; i < words.size(); i++) {
            String key = Words.key(words.get(i).text());
            if (used[i] || FILLERS.contains(key) || !lexicon.lookup(key).isEmpty()) {
                continue;
            }
            List<Lexicon.Entry> entries = lexicon.fuzzyWord(key);
            String stem = entries.isEmpty() ? Words.withoutParticle(words.get(i).text()) : null;
            if (stem != null) {
                entries = lexicon.fuzzyWord(Words.key(stem));
            }
            if (!entries.isEmpty()) {
                Lexicon.Entry e = entries.get(0);
                found.add(new Constraint(e.kind(), e.value(), e.label(), words.get(i).start(), words.get(i).end(),
                        "rules"));
                used[i] = true;
            }
        }
    }

    /**
     * Misspelt skill names, one word each ("Pyhton", "블랜더", "업사계획서", and acronyms with two letters exchanged:
     * "JKD"), read as the name they misspell would be: a name that is a role too is the role ("일러스스트레이터"),
     * which {@link #rolesThatAreSkills} may turn back into the skill. Before the title rules, so that a misspelt
     * skill's name followed by a word for a person is a title as the right spelling is ("업사계획서 컨설턴트").
     */
    private void fuzzySkills(List<Words.Word> words, boolean[] used, List<Constraint> found,
                             Map<Constraint, Lexicon.Entry> skillAlso) {
        for (int i = 0; i < words.size(); i++) {
            if (used[i]) {
                continue;
            }
            String word = words.get(i).text();
            String stem = Words.withoutParticle(word);
            String key = Words.key(stem != null ? stem : word);
            boolean hangul = !key.isEmpty() && Words.isHangul(key.charAt(0));
            String corrected;
            if ((hangul ? key.length() < 3 : key.length() < 5) || NOT_FUZZY.contains(key) || FILLERS.contains(key)
                    || key.chars().anyMatch(Character::isDigit)) {
                corrected = lexicon.lookup(key).isEmpty() ? lexicon.transposedAcronymKey(word) : null;
            } else {
                corrected = lexicon.fuzzySkillKey(key);
            }
            if (corrected == null) {
                continue;
            }
            List<Lexicon.Entry> entries = lexicon.lookup(corrected);
            Lexicon.Entry entry = entries.isEmpty() ? null : entries.get(0);
            if (entry == null) {
                continue;
            }
            Constraint c = new Constraint(entry.kind(), entry.value(), entry.label(), words.get(i).start(),
                    words.get(i).end(), "rules");
            found.add(c);
            if (entry.kind() == ConstraintKind.ROLE) {
                entries.stream().filter(e -> e.kind() == ConstraintKind.SKILL).findFirst()
                        .ifPresent(skill -> skillAlso.put(c, skill));
            }
            used[i] = true;
        }
    }

    /** Skill spans the tagger marks over words the rules left: a taxonomy skill when one is named, else free text. */
    private void tagged(String text, List<Words.Word> words, boolean[] used, List<Constraint> found) {
        for (SpanTagger.TaggedSpan span : tagger.tag(text)) {
            if (!"SKILL".equals(span.type()) && !"KNOWLEDGE".equals(span.type())) {
                continue;
            }
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Words.Word w = words.get(i);
                if (w.start() >= span.start() && w.end() <= span.end()) {
                    inside.add(i);
                }
            }
            if (inside.isEmpty() || inside.stream().anyMatch(i -> used[i])) {
                continue;
            }
            String key = Words.key(text.substring(span.start(), span.end()));
            Lexicon.Entry entry = lexicon.lookup(key).stream().filter(e -> e.kind() == ConstraintKind.SKILL)
                    .findFirst().orElse(null);
            Skill skill = entry != null ? lexicon.taxonomy().byId(entry.value()).orElse(null)
                    : key.length() >= 5 ? lexicon.fuzzySkill(key) : null;
            if (skill != null) {
                found.add(new Constraint(ConstraintKind.SKILL, skill.id(), skill.nameEn(), span.start(), span.end(),
                        "tagger"));
                inside.forEach(i -> used[i] = true);
            }
        }
    }

    private static boolean free(boolean[] used, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }
}
