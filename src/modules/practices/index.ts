// The public face of the practices module.

export { recordPractice } from "./commands/record-practice.js";
export { PRACTICE_INDICATORS } from "./indicators.js";
export { adherence, weeklyDue } from "./rules.js";
