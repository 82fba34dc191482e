package ai.talent.faults;

/**
 * A scenario this machine cannot run (e.g. no way to make a folder refuse writes without root), with the reason: the
 * test reports it as skipped and the bench lists it, never as a silent pass.
 */
final class ScenarioSkipped extends RuntimeException {

    ScenarioSkipped(String reason) {
        super(reason);
    }
}
