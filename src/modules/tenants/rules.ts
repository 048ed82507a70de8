/** The countries, zones and usual working week a tenant starts with: calendar facts of the platform. */
export * from "../../platform/calendar/countries.js";
