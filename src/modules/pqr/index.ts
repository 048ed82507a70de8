// The public face of the PQR module: the only file another module, the assembly or the seed data imports.
// Signatures here are kept stable (extended, never broken): the adjustments cell builds on them.

export { PQR_CLOCKS_KIND, type PqrClocks } from "./catalog-types.js";
export { type FileAppealInput, type FiledAppeal, fileAppeal } from "./commands/file-appeal.js";
export { type FiledPqr, type FilePqrInput, filePqr } from "./commands/file-pqr.js";
export { type SetCunRangeInput, setCunRange } from "./commands/set-cun-range.js";
export { PQR_PROCEDURE, type PqrState, type PqrStatus } from "./procedure.js";
export { type EvidenceFile, PQR_CHANNELS, PQR_TYPES, type PqrChannel, type PqrType } from "./rules.js";
export { getPqrSummary, getPqrSummaryByCun, type PqrSummary } from "./summary.js";
