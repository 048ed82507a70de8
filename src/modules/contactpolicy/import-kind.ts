import { Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";
import type { ImportKind } from "../imports/index.js";
import { codeCell, dateCell, textCell } from "../imports/index.js";
import { applySuppressedNumbers } from "./repo.js";

const labels = (groups: Record<string, string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(groups).flatMap(([code, words]) => [[code, code], ...words.map((w) => [w, code])]));

const listCell = codeCell(
  labels({ rne: ["registro_de_numeros_excluidos", "crc"], dnc: ["no_contactar", "no_llamar", "propia"] }),
  ["rne", "no_contactar"],
);
const channelCell = codeCell(
  labels({
    call: ["llamada", "llamadas", "voz", "telefono"],
    sms: ["mensaje", "mensaje_de_texto"],
    email: ["correo", "correo_electronico"],
    whatsapp: [],
    app: ["aplicacion", "web"],
    all: ["todos", "todas"],
  }),
  ["llamada", "sms", "correo", "whatsapp", "aplicacion", "todos"],
);
/** A phone number as digits (spaces, dashes, dots and parentheses dropped), an optional leading +. */
const phoneCell = (raw: unknown, context: { timezone: string }) => {
  const text = textCell(raw, context);
  return typeof text === "string" ? text.replace(/[\s().-]/g, "") : text;
};

export const SuppressedNumberInput = Type.Object(
  {
    list: literals(["rne", "dnc"] as const),
    phone: Type.String({ pattern: "^\\+?[0-9]{3,20}$" }),
    channel: literals(["call", "sms", "email", "whatsapp", "app", "all"] as const),
    consultedOn: Type.String({ format: "date" }),
  },
  { additionalProperties: false },
);

/**
 * The suppression lists: the CRC's Registro de Números Excluidos as downloaded (with the date it was consulted),
 * and the operator's own do-not-contact list. Through the generic import route (`kind=suppressed_numbers`).
 */
export const SUPPRESSED_NUMBERS_IMPORT: ImportKind = {
  code: "suppressed_numbers",
  nameEs: "números excluidos",
  aliases: ["rne", "excluidos", "no_contactar"],
  schema: SuppressedNumberInput,
  columns: [
    { header: "lista", field: "list", convert: listCell, example: "rne" },
    { header: "numero", field: "phone", convert: phoneCell, example: "3001234567" },
    { header: "canal", field: "channel", convert: channelCell, example: "llamada" },
    { header: "fecha_consulta", field: "consultedOn", convert: dateCell, example: "2026-12-01" },
  ],
  key: {
    fields: ["list", "phone", "channel"],
    column: "numero",
    duplicateMessage: "El número «%s» ya aparece en la fila %s",
  },
  references: [],
  dependsOn: [],
  committedAction: "suppressed_numbers_imported",
  apply: applySuppressedNumbers,
};
