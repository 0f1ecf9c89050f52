package dev.promptsmith.dataset;

/** Reports how far a long check has come, e.g. to a progress bar; called on the checking thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(int done, int total);
}
