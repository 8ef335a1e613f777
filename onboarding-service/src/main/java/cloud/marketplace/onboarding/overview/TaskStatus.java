package cloud.marketplace.onboarding.overview;

/** UNKNOWN: the service that knows did not answer in time; the other tasks are still shown. */
public enum TaskStatus {
    DONE, IN_PROGRESS, TODO, UNKNOWN
}
