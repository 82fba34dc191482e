package ai.talent.faults;

/** One fault, injected into real processes on loopback, and what it did to the events in flight. */
interface FaultScenario {

    /** The scenario's key in reports, e.g. {@code broker-kill}. */
    String name();

    /** What is done and what must hold, one line. */
    String description();

    FaultReport run(FaultRig rig) throws Exception;
}
