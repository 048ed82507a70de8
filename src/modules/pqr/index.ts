// The public face of the PQR module: the only file another module, the assembly or the seed data imports.
// Signatures here are kept stable (extended, never broken): the adjustments cell builds on them.

export { PQR_CLOCKS_KIND, type PqrClocks } from "./catalog-types.js";
export { type AnswerPqrInput, answerPqr } from "./commands/answer-pqr.js";
export { alertPqrAtRisk, closePqrAppealWindow, flagPqrSilence } from "./commands/clock-timers.js";
export { decideReconsideration } from "./commands/decide-reconsideration.js";
export { desistPqr } from "./commands/desist-pqr.js";
export { type FileAppealInput, type FiledAppeal, fileAppeal } from "./commands/file-appeal.js";
export { type FiledPqr, type FilePqrInput, filePqr } from "./commands/file-pqr.js";
export { forwardToAuthority } from "./commands/forward-to-authority.js";
export { grantSilence } from "./commands/grant-silence.js";
export { recordAuthorityDecision } from "./commands/record-authority-decision.js";
export { type SetCunRangeInput, setCunRange } from "./commands/set-cun-range.js";
export { previewAnswerClock } from "./preview.js";
export { PQR_PROCEDURE, type PqrState, type PqrStatus } from "./procedure.js";
export { type EvidenceFile, PQR_CHANNELS, PQR_TYPES, type PqrChannel, type PqrType } from "./rules.js";
export { getPqrSummary, getPqrSummaryByCun, type PqrSummary } from "./summary.js";
