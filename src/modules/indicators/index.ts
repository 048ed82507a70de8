export { readTargetOverrides, TARGETS_KIND } from "./catalog-kind.js";
export { mayRead } from "./policy.js";
export { findDefinition, readIndicator, readIndicatorRows } from "./read-indicator.js";
export { readDrillDown, readSeries } from "./read-request.js";
export { indicatorValue, trendOf, verdictOf } from "./rules.js";
