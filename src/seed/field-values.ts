import { DateTime } from "luxon";
import type { BenefitsCatalog, MotiveDefinition } from "../modules/cancellations/index.js";

export interface FieldValueContext {
  now: Date;
  timezone: string;
  /** The customer's phone: phone fields, and the contact phones unless `contactPhones` says more. */
  phone: string;
  address: string;
  /** A visit or reference number; by default one made from `index`. */
  reference?: string;
  /** A free-text list of contact phones (telefonos_contacto). */
  contactPhones?: string;
  /** Picks among a choice field's options, so cases differ. */
  index: number;
}

/**
 * Values for a motive's fields, by type: the same kind of data an advisor types. The demo fills its
 * cases with them and the catalog test renders every motive's note with the longest real ones.
 */
export function demoFieldValues(
  motive: MotiveDefinition,
  benefits: BenefitsCatalog,
  context: FieldValueContext,
): Record<string, unknown> {
  const nextMonth = DateTime.fromJSDate(context.now, { zone: context.timezone }).plus({ months: 1 }).startOf("month");
  const values: Record<string, unknown> = {};
  for (const field of motive.fields) {
    switch (field.type) {
      case "text":
        values[field.code] =
          field.code === "direccion"
            ? context.address.slice(0, field.maxLength ?? 80)
            : field.code === "accion_tecnica"
              ? "medición de velocidad y cambio de clave wifi"
              : field.code === "telefonos_contacto"
                ? (context.contactPhones ?? context.phone)
                : (context.reference ?? `REF-${String(100_000 + context.index).slice(-6)}`);
        break;
      case "phone":
        values[field.code] = context.phone;
        break;
      case "number":
        values[field.code] = field.max ?? 100;
        break;
      case "date":
        values[field.code] = (field.after ? nextMonth.plus({ months: 3 }).minus({ days: 1 }) : nextMonth).toISODate();
        break;
      case "callback":
        values[field.code] = new Date(context.now.getTime() + 24 * 3_600_000).toISOString();
        break;
      case "choice":
        values[field.code] = field.options![context.index % field.options!.length];
        break;
      case "benefit":
        values[field.code] = benefits.benefits.find(
          (b) =>
            !b.retired &&
            (!field.benefitKind || b.kind === field.benefitKind) &&
            (!field.benefitCost || (field.benefitCost === "with") === Boolean(b.cost)),
        )?.code;
        break;
    }
  }
  return values;
}
