package ai.talent.search.query.tagger;

import java.util.List;

/**
 * A sentence as words with two BIO tag sequences: skills (SkillSpan's "Skill": what a person does) and knowledge
 * (SkillSpan's "Knowledge": tools, technologies, subjects), each with tags {@code O}, {@code B-SKILL},
 * {@code I-SKILL} (resp. {@code -KNOWLEDGE}).
 */
public record TaggedSentence(List<String> words, List<String> skills, List<String> knowledge) {

    public TaggedSentence {
        words = List.copyOf(words);
        skills = List.copyOf(skills);
        knowledge = List.copyOf(knowledge);
        if (skills.size() != words.size() || knowledge.size() != words.size()) {
            throw new IllegalArgumentException("a tagged sentence needs one skill and one knowledge tag per word");
        }
    }
}
