// The public face of the workforce module.
export { WORKFORCE_INDICATORS } from "./indicators.js";
export { absenteeism, turnover } from "./rules.js";
export { rosteredStaff, type StaffingInput, type StaffingPlan, serviceLevel, staffingPlan } from "./staffing.js";
