package ai.talent.success.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One Kickstarter launch with the columns known at launch time only, and its outcome. Outcome columns of the
 * file (pledged, backers, usd pledged, the state itself) are never read into features.
 */
public record KickstarterProject(String name, String category, String mainCategory, String currency,
                                 String country, double goal, double usdGoal, LocalDateTime launched,
                                 LocalDate deadline, boolean successful) {
}
