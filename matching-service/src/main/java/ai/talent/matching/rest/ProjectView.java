package ai.talent.matching.rest;

import ai.talent.domain.model.Project;
import ai.talent.matching.market.Hire;
import ai.talent.matching.market.PredictedSuccess;
import java.util.List;

/** A project as matching knows it: the project, who was hired for it, and the success predictions received. */
public record ProjectView(Project project, List<Hire> hires, List<PredictedSuccess> predictions) {
}
