package ai.talent.nn.registry;

import java.util.List;

/** The promoted version of a model and the versions promoted before it (oldest first), for rollback. */
record Pointer(String current, List<String> history) {
}
