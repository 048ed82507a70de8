import { type CellConverter, InvalidCell, normalizeLabel, textCell } from "../imports/index.js";

/** Cells of the contact-list import. Pure. */

/** A list in one cell, separated by «|» or «;»: "Descuento 20 % 6 meses | Upgrade 500 Mb" → two items. */
export const listCell: CellConverter = (raw, context) => {
  const text = textCell(raw, context);
  if (typeof text !== "string") return text === null ? [] : text;
  return text
    .split(/[|;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
};

/** Phone numbers in one cell («|» or «;»), as digits: spaces, dashes, dots and parentheses dropped. */
export const phonesCell: CellConverter = (raw, context) => {
  const items = listCell(raw, context);
  if (!Array.isArray(items)) return items;
  const phones = items.map((item) => String(item).replace(/[\s().-]/g, ""));
  const bad = phones.find((p) => !/^\+?[0-9]{3,20}$/.test(p));
  return bad === undefined ? phones : new InvalidCell(`«${bad}» no es un número de teléfono`);
};

const CHANNEL_LABELS: Record<string, string> = {
  call: "call",
  llamada: "call",
  llamadas: "call",
  telefono: "call",
  voz: "call",
  sms: "sms",
  mensaje: "sms",
  email: "email",
  correo: "email",
  correo_electronico: "email",
  whatsapp: "whatsapp",
  app: "app",
  aplicacion: "app",
};

/** The channels the customer authorised; empty → calls only. */
export const channelsCell: CellConverter = (raw, context) => {
  const items = listCell(raw, context);
  if (!Array.isArray(items)) return items;
  if (items.length === 0) return null;
  const codes: string[] = [];
  for (const item of items) {
    const code = CHANNEL_LABELS[normalizeLabel(String(item))];
    if (!code) return new InvalidCell(`«${item}» no es un canal; use llamada, sms, correo, whatsapp o aplicacion`);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
};
