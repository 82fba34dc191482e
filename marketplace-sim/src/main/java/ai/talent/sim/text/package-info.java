/**
 * Bilingual (Korean / English / mixed) texts for the marketplace simulator: freelancer headlines and bios,
 * project posts and recruiter queries, written from structured facts by {@link ai.talent.sim.text.MarketplaceTexts}.
 *
 * <p>Wording comes from phrase banks under {@code src/main/resources/ai/talent/sim/text/}, one file per
 * text kind and language, each a list of {@code ## section}s of templates. Template syntax:
 * {@code {a|b}} one of, {@code [x]} maybe, {@code $slot} a fact, {@code ^을} a particle that agrees with the word
 * before it (을/를, 이/가, 은/는, 과/와, 으로/로, 이나/나, 이라/라), {@code <V하다>} a sentence ending in the
 * text's speech level (see {@code KoreanStyle}), {@code «백엔드|backend»} a term that mixed texts often write in
 * English, and {@code \[} a literal bracket. A template is only used when all its slots have values, so adding
 * a sentence is adding a line to a bank.
 */
package ai.talent.sim.text;
