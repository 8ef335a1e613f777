package cloud.marketplace.onboarding.overview;

public record TaskProgress(Task task, TaskStatus status) {
}
