/** What other modules use of deadlines: start one on their subject, and move it along. */
export { cancelDeadline } from "./commands/cancel-deadline.js";
export { completeDeadline } from "./commands/complete-deadline.js";
export { pauseDeadline } from "./commands/pause-deadline.js";
export { resumeDeadline } from "./commands/resume-deadline.js";
export { type StartDeadlineInput, startDeadline } from "./commands/start-deadline.js";
export { presentDeadline } from "./presenter.js";
export * from "./procedure.js";
export { deadlineRowsFromJson, deadlinesOfSubjectJson, findDeadline, listDeadlines } from "./queries.js";
export type { DeadlineRow } from "./repo.js";
export type { DeadlineRule, DeadlineUnit } from "./rules.js";
export * from "./rules.js";
export * from "./schemas.js";
