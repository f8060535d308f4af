package fr.portailfamille.jobs;

/** Another job of the same kind is running: its id, so that the agent can be sent to it. */
public class JobAlreadyRunning extends RuntimeException {

    private final long runningJobId;

    JobAlreadyRunning(long runningJobId) {
        super("job already running: " + runningJobId);
        this.runningJobId = runningJobId;
    }

    public long runningJobId() {
        return runningJobId;
    }
}
