package ai.talent.nn.kt;

import java.util.List;

/**
 * A {@link KtEnsemble}'s state: each member's own state, in the members' order.
 *
 * @param members one state per member
 */
public record EnsembleState(List<KtState> members) implements KtState {

    public EnsembleState {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble state needs its members' states");
        }
        members = List.copyOf(members);
    }

    @Override
    public int rows() {
        return members.get(0).rows();
    }
}
