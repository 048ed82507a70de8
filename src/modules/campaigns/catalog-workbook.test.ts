import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { BenefitsCatalog, DispositionCatalog } from "../cancellations/index.js";
import { benefitsCatalogKind, DEFAULT_CAMPAIGN, dispositionsCatalogKind } from "../cancellations/index.js";
import { readDefaultCatalog } from "../catalogs/index.js";
import { readCampaignWorkbook, writeCampaignWorkbook } from "./catalog-workbook.js";

const dispositions = readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN) as DispositionCatalog;
const benefits = readDefaultCatalog(benefitsCatalogKind, DEFAULT_CAMPAIGN) as BenefitsCatalog;

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer);
  return loaded;
}

describe("the campaign catalog as a workbook", () => {
  it("writes one sheet per part and reads back exactly the same documents and versions", async () => {
    const workbook = writeCampaignWorkbook({ dispositions, benefits, dispositionsVersion: 3, benefitsVersion: 1 });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["campaña", "colas", "estados", "motivos", "campos", "beneficios"]);
    const read = readCampaignWorkbook(await roundTrip(workbook));
    expect("book" in read && read.book).toEqual({ dispositions, benefits, dispositionsVersion: 3, benefitsVersion: 1 });
  });

  it("keeps retired rows, groups, limits and costs through the round trip", async () => {
    const edited = structuredClone(dispositions);
    edited.states[1]!.motives[0]!.retired = true;
    edited.states[1]!.motives[1]!.maxNoteLength = 180;
    edited.states[8]!.retired = true;
    const matrix = structuredClone(benefits);
    matrix.benefits[1]!.retired = true;
    const read = readCampaignWorkbook(
      await roundTrip(
        writeCampaignWorkbook({ dispositions: edited, benefits: matrix, dispositionsVersion: null, benefitsVersion: null }),
      ),
    );
    expect("book" in read && read.book).toEqual({
      dispositions: edited,
      benefits: matrix,
      dispositionsVersion: null,
      benefitsVersion: null,
    });
  });

  it("names every problem of an edited workbook by sheet, row and column", async () => {
    const workbook = await roundTrip(
      writeCampaignWorkbook({ dispositions, benefits, dispositionsVersion: 1, benefitsVersion: 1 }),
    );
    workbook.getWorksheet("estados")!.getRow(3).getCell(3).value = "definitivo";
    workbook.getWorksheet("motivos")!.getRow(4).getCell(1).value = "INEXISTENTE";
    workbook.getWorksheet("campos")!.getRow(2).getCell(6).value = "quizás";
    workbook.getWorksheet("beneficios")!.getRow(2).getCell(5).value = "dos y tres";
    workbook.getWorksheet("campaña")!.getRow(5).getCell(2).value = "mucho";
    const read = readCampaignWorkbook(workbook);
    expect("issues" in read && read.issues).toEqual([
      { sheet: "campaña", row: 5, column: "largo_maximo_observacion", message: "«mucho» no es un número" },
      { sheet: "estados", row: 3, column: "tipo", message: "«definitivo» no es un valor válido; use intermedio, final" },
      { sheet: "motivos", row: 4, column: "estado", message: "El estado «INEXISTENTE» no está en la hoja «estados»" },
      { sheet: "campos", row: 2, column: "obligatorio", message: "«quizás» no es un valor sí/no; use sí, no, 1 o 0" },
      { sheet: "beneficios", row: 2, column: "meses", message: "«dos y tres» no son meses (p. ej. 2, 3, 5)" },
    ]);
  });

  it("refuses a workbook without one of its sheets", async () => {
    const workbook = writeCampaignWorkbook({ dispositions, benefits, dispositionsVersion: 1, benefitsVersion: 1 });
    workbook.removeWorksheet(workbook.getWorksheet("motivos")!.id);
    const read = readCampaignWorkbook(await roundTrip(workbook));
    expect("issues" in read && read.issues).toEqual([
      { sheet: "motivos", row: 0, column: null, message: "Falta la hoja «motivos»" },
    ]);
  });
});
