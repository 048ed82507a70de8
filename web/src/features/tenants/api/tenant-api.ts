/** The currency each supported operator country bills in (kept with the formatting module). */
export { CURRENCY_BY_COUNTRY } from "../../../i18n/formatting";
