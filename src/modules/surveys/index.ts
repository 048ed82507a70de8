// The public face of the surveys module.

export { receiveSurveys } from "./commands/receive-surveys.js";
export { SURVEY_INDICATORS } from "./indicators.js";
export { netPromoterScore, npsCategory, npsWeight, perceivedQuality } from "./rules.js";
export { SurveyInput } from "./schemas.js";
