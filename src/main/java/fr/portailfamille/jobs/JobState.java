package fr.portailfamille.jobs;

public enum JobState {
    RUNNING, DONE, FAILED, INTERRUPTED;

    public boolean ended() {
        return this != RUNNING;
    }
}
