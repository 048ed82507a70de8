import ExcelJS from "exceljs";
import type { BenefitsCatalog, DispositionCatalog, MotiveField } from "../cancellations/index.js";
import { booleanCell, InvalidCell, numberCell, textCell } from "../imports/index.js";
import { codeOf, HEADERS, LIST_SEPARATOR, SETTINGS, SHEETS, type WordList, wordOf, wordsOf } from "./workbook-columns.js";

/**
 * A campaign's catalogs as one .xlsx for admins: a sheet per part (campaign settings, queues, states,
 * motives, their fields, the benefits matrix), Spanish headers and words. Writing then reading gives
 * back the same documents; reading names every problem by sheet, row and column.
 */

export interface CampaignWorkbook {
  dispositions: DispositionCatalog;
  benefits: BenefitsCatalog;
  /** The catalog versions the file was exported from (a stale file is a conflict on import). */
  dispositionsVersion: number | null;
  benefitsVersion: number | null;
}

export interface WorkbookIssue {
  sheet: string;
  row: number;
  column: string | null;
  message: string;
}

const yes = (value: boolean | undefined) => (value ? "sí" : "");

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? ""));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(80, Math.max(12, String(headers[index] ?? "").length + 2));
  });
}

/** The workbook of a campaign's two catalogs, with the versions they are. */
export function writeCampaignWorkbook(book: CampaignWorkbook): ExcelJS.Workbook {
  const { dispositions: d, benefits: b } = book;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const settings: Record<(typeof SETTINGS)[number], unknown> = {
    nombre: d.campaign.name,
    descripcion: d.campaign.description,
    empresa_observacion: d.notes.company,
    largo_maximo_observacion: d.notes.maxLength,
    max_intentos_sin_respuesta: d.contactPolicy.maxUnansweredAttempts,
    reintento_cantidad: d.contactPolicy.retryAfter.amount,
    reintento_unidad: wordOf("unit", d.contactPolicy.retryAfter.unit),
    sin_respuesta_estado: d.contactPolicy.noAnswer.state,
    sin_respuesta_motivo: d.contactPolicy.noAnswer.motive,
    derivacion_estado: d.contactPolicy.handOff.state,
    derivacion_motivo: d.contactPolicy.handOff.motive,
    minutos_devolucion_llamada: d.callbacks.returnToPoolAfterMinutes,
    ambito_beneficios: d.benefitsScope,
    primer_mes_beneficio: wordOf("firstMonth", b.firstMonth),
    version_tipificaciones: book.dispositionsVersion,
    version_beneficios: book.benefitsVersion,
  };
  addSheet(
    workbook,
    SHEETS.campaign,
    ["ajuste", "valor"],
    SETTINGS.map((key) => [key, settings[key]]),
  );
  addSheet(
    workbook,
    SHEETS.queues,
    HEADERS.queues,
    d.queues.map((q) => [q.code, q.label]),
  );
  addSheet(
    workbook,
    SHEETS.states,
    HEADERS.states,
    d.states.map((s) => [
      s.code,
      s.label,
      wordOf("stateType", s.type),
      s.outcome && wordOf("outcome", s.outcome),
      s.queue,
      yes(s.retired),
    ]),
  );
  addSheet(
    workbook,
    SHEETS.motives,
    HEADERS.motives,
    d.states.flatMap((s) =>
      s.motives.map((m) => [
        s.code,
        m.code,
        m.label,
        m.group,
        m.closing?.action,
        m.closing?.deadline.amount,
        m.closing && wordOf("unit", m.closing.deadline.unit),
        m.template,
        m.maxNoteLength,
        yes(m.retired),
      ]),
    ),
  );
  addSheet(
    workbook,
    SHEETS.fields,
    HEADERS.fields,
    d.states.flatMap((s) =>
      s.motives.flatMap((m) =>
        m.fields.map((f) => [
          s.code,
          m.code,
          f.code,
          f.label,
          wordOf("fieldType", f.type),
          f.required ? "sí" : "no",
          f.hint,
          f.maxLength,
          f.min,
          f.max,
          f.options?.join(LIST_SEPARATOR),
          f.benefitKind && wordOf("benefitKind", f.benefitKind),
          f.benefitCost && wordOf("benefitCost", f.benefitCost),
          f.after,
        ]),
      ),
    ),
  );
  addSheet(
    workbook,
    SHEETS.benefits,
    HEADERS.benefits,
    b.benefits.map((x) => [
      x.code,
      x.label,
      wordOf("benefitKind", x.kind),
      x.percentage,
      x.months?.join(", "),
      x.durationMonths,
      x.cost?.amount,
      x.cost?.currency,
      x.cost ? (x.cost.plusTax ? "sí" : "no") : "",
      yes(x.retired),
    ]),
  );
  return workbook;
}

/** Reads the cells of one sheet row by its header, collecting problems by sheet, row and column. */
class SheetReader {
  constructor(
    private readonly issues: WorkbookIssue[],
    readonly sheet: string,
    readonly row: number,
    private readonly cells: Record<string, unknown>,
  ) {}

  private fail(column: string, message: string): undefined {
    this.issues.push({ sheet: this.sheet, row: this.row, column, message });
    return undefined;
  }

  text(column: string, required = false): string | undefined {
    const value = textCell(this.cells[column], { timezone: "UTC" });
    if (value instanceof InvalidCell) return this.fail(column, value.message);
    if (value === null) return required ? this.fail(column, "falta el valor") : undefined;
    return value as string;
  }

  number(column: string, required = false): number | undefined {
    const value = numberCell(this.cells[column], { timezone: "UTC" });
    if (value instanceof InvalidCell) return this.fail(column, value.message);
    if (value === null) return required ? this.fail(column, "falta el valor") : undefined;
    return value as number;
  }

  flag(column: string): boolean | undefined {
    const value = booleanCell(this.cells[column], { timezone: "UTC" });
    if (value instanceof InvalidCell) return this.fail(column, value.message);
    return value === null ? undefined : (value as boolean);
  }

  word(column: string, list: WordList, required = false): string | undefined {
    const text = this.text(column, required);
    if (text === undefined) return undefined;
    return codeOf(list, text) ?? this.fail(column, `«${text}» no es un valor válido; use ${wordsOf(list)}`);
  }
}

function rowsOf(workbook: ExcelJS.Workbook, name: string): Array<{ row: number; cells: Record<string, unknown> }> {
  const sheet = workbook.getWorksheet(name)!;
  const header = (sheet.getRow(1).values as unknown[]).map((value) => (typeof value === "string" ? value.trim() : value));
  const rows: Array<{ row: number; cells: Record<string, unknown> }> = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    const cells: Record<string, unknown> = {};
    header.forEach((column, index) => {
      if (typeof column === "string") cells[column] = values[index];
    });
    if (Object.values(cells).some((v) => v !== null && v !== undefined && String(v).trim() !== ""))
      rows.push({ row: number, cells });
  });
  return rows;
}

const defined = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

/** The documents of a campaign workbook, or every problem found in it. */
export function readCampaignWorkbook(workbook: ExcelJS.Workbook): { book: CampaignWorkbook } | { issues: WorkbookIssue[] } {
  const missing = Object.values(SHEETS).filter((name) => !workbook.getWorksheet(name));
  if (missing.length > 0) {
    return { issues: missing.map((name) => ({ sheet: name, row: 0, column: null, message: `Falta la hoja «${name}»` })) };
  }
  const issues: WorkbookIssue[] = [];
  const settings: Record<string, unknown> = {};
  const settingsRow = new Map<string, number>();
  for (const { row, cells } of rowsOf(workbook, SHEETS.campaign)) {
    const key = String(cells.ajuste ?? "").trim();
    settings[key] = cells.valor;
    settingsRow.set(key, row);
  }
  const setting = new SheetReader(issues, SHEETS.campaign, 0, settings);

  const states: DispositionCatalog["states"] = rowsOf(workbook, SHEETS.states).map(({ row, cells }) => {
    const r = new SheetReader(issues, SHEETS.states, row, cells);
    return defined({
      code: r.text("codigo", true) ?? "",
      label: r.text("etiqueta", true) ?? "",
      type: (r.word("tipo", "stateType", true) ?? "final") as "final",
      outcome: r.word("resultado", "outcome") as DispositionCatalog["states"][number]["outcome"],
      queue: r.text("cola"),
      retired: r.flag("retirado") || undefined,
      motives: [],
    });
  });
  for (const { row, cells } of rowsOf(workbook, SHEETS.motives)) {
    const r = new SheetReader(issues, SHEETS.motives, row, cells);
    const stateCode = r.text("estado", true);
    const state = states.find((s) => s.code === stateCode);
    if (stateCode && !state)
      issues.push({
        sheet: SHEETS.motives,
        row,
        column: "estado",
        message: `El estado «${stateCode}» no está en la hoja «${SHEETS.states}»`,
      });
    const action = r.text("accion_cierre");
    const amount = r.number("plazo_cantidad", action !== undefined);
    const unit = r.word("plazo_unidad", "unit", action !== undefined);
    state?.motives.push(
      defined({
        code: r.text("codigo", true) ?? "",
        label: r.text("etiqueta", true) ?? "",
        group: r.text("grupo"),
        closing: action
          ? {
              action: action as "ATENDIDO",
              deadline: { amount: amount ?? 0, unit: (unit ?? "business_days") as "business_days" },
            }
          : null,
        template: r.text("plantilla", true) ?? "",
        fields: [],
        maxNoteLength: r.number("largo_maximo"),
        retired: r.flag("retirado") || undefined,
      }),
    );
  }
  for (const { row, cells } of rowsOf(workbook, SHEETS.fields)) {
    const r = new SheetReader(issues, SHEETS.fields, row, cells);
    const stateCode = r.text("estado", true);
    const motiveCode = r.text("motivo", true);
    const motive = states.find((s) => s.code === stateCode)?.motives.find((m) => m.code === motiveCode);
    if (stateCode && motiveCode && !motive) {
      issues.push({
        sheet: SHEETS.fields,
        row,
        column: "motivo",
        message: `El motivo ${stateCode} / ${motiveCode} no está en la hoja «${SHEETS.motives}»`,
      });
    }
    const options = r.text("opciones");
    motive?.fields.push(
      defined({
        code: r.text("codigo", true) ?? "",
        label: r.text("etiqueta", true) ?? "",
        type: (r.word("tipo", "fieldType", true) ?? "text") as MotiveField["type"],
        required: r.flag("obligatorio") ?? false,
        hint: r.text("ayuda"),
        maxLength: r.number("largo_maximo"),
        min: r.number("minimo"),
        max: r.number("maximo"),
        options: options?.split("|").map((o) => o.trim()),
        benefitKind: r.word("tipo_beneficio", "benefitKind") as MotiveField["benefitKind"],
        benefitCost: r.word("costo_beneficio", "benefitCost") as MotiveField["benefitCost"],
        after: r.text("despues_de"),
      }),
    );
  }
  const benefits: BenefitsCatalog["benefits"] = rowsOf(workbook, SHEETS.benefits).map(({ row, cells }) => {
    const r = new SheetReader(issues, SHEETS.benefits, row, cells);
    const months = r.text("meses");
    const amount = r.number("costo");
    const kind = (r.word("tipo", "benefitKind", true) ?? "discount") as "discount";
    const parsedMonths = months
      ?.split(/[,;\s]+/)
      .filter(Boolean)
      .map(Number);
    if (parsedMonths?.some((m) => !Number.isInteger(m)))
      issues.push({ sheet: SHEETS.benefits, row, column: "meses", message: `«${months}» no son meses (p. ej. 2, 3, 5)` });
    return defined({
      code: r.text("codigo", true) ?? "",
      label: r.text("etiqueta", true) ?? "",
      kind,
      percentage: r.number("porcentaje"),
      months: parsedMonths,
      durationMonths: r.number("duracion_meses"),
      cost:
        (kind as string) === "suspension"
          ? amount === undefined
            ? null
            : { amount, currency: r.text("moneda", true) ?? "USD", plusTax: r.flag("mas_impuestos") ?? false }
          : undefined,
      retired: r.flag("retirado") || undefined,
    });
  });

  const queues = rowsOf(workbook, SHEETS.queues).map(({ row, cells }) => {
    const r = new SheetReader(issues, SHEETS.queues, row, cells);
    return { code: r.text("codigo", true) ?? "", label: r.text("etiqueta", true) ?? "" };
  });
  const dispositions: DispositionCatalog = {
    campaign: defined({ name: setting.text("nombre", true) ?? "", description: setting.text("descripcion") }),
    notes: {
      company: setting.text("empresa_observacion", true) ?? "",
      maxLength: setting.number("largo_maximo_observacion", true) ?? 0,
    },
    contactPolicy: {
      maxUnansweredAttempts: setting.number("max_intentos_sin_respuesta", true) ?? 0,
      retryAfter: {
        amount: setting.number("reintento_cantidad", true) ?? 0,
        unit: (setting.word("reintento_unidad", "unit", true) ?? "business_hours") as "business_hours",
      },
      noAnswer: {
        state: setting.text("sin_respuesta_estado", true) ?? "",
        motive: setting.text("sin_respuesta_motivo", true) ?? "",
      },
      handOff: { state: setting.text("derivacion_estado", true) ?? "", motive: setting.text("derivacion_motivo", true) ?? "" },
    },
    callbacks: { returnToPoolAfterMinutes: setting.number("minutos_devolucion_llamada", true) ?? 0 },
    benefitsScope: setting.text("ambito_beneficios", true) ?? "",
    queues,
    states,
  };
  const firstMonth = (setting.word("primer_mes_beneficio", "firstMonth", true) ?? "next_cycle") as BenefitsCatalog["firstMonth"];
  const dispositionsVersion = setting.number("version_tipificaciones") ?? null;
  const benefitsVersion = setting.number("version_beneficios") ?? null;
  // A setting's problem points at the row where the setting is written.
  for (const issue of issues) {
    if (issue.sheet === SHEETS.campaign && issue.column) issue.row = settingsRow.get(issue.column) ?? 0;
  }
  const order = Object.values(SHEETS) as string[];
  issues.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
  if (issues.length > 0) return { issues };
  return { book: { dispositions, benefits: { firstMonth, benefits }, dispositionsVersion, benefitsVersion } };
}
