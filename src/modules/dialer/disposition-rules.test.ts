import { describe, expect, it } from "vitest";
import { readDefaultCatalog } from "../catalogs/index.js";
import { outboundDispositionsKind, SEEDED_LIST_TYPES } from "./disposition-kind.js";
import { dispositionCodes, offeredDisposition, offeredTree } from "./disposition-rules.js";
import type { OutboundDispositionTree } from "./disposition-types.js";

const tree: OutboundDispositionTree = {
  groups: [
    {
      code: "retencion",
      name: "Retención",
      dispositions: [
        { code: "retenido", name: "Retenido", resolution: "first_contact" },
        { code: "viejo", name: "Viejo", resolution: "case", retired: true },
      ],
    },
    {
      code: "antiguo",
      name: "Antiguo",
      retired: true,
      dispositions: [{ code: "de-grupo-retirado", name: "De grupo retirado", resolution: "first_contact" }],
    },
    {
      code: "todo-retirado",
      name: "Todo retirado",
      dispositions: [{ code: "solo", name: "Solo", resolution: "case", retired: true }],
    },
  ],
};

describe("the disposition tree of a list type", () => {
  it("offers only the live dispositions of live groups, and drops groups left empty", () => {
    expect(offeredTree(tree)).toEqual([
      {
        code: "retencion",
        name: "Retención",
        dispositions: [{ code: "retenido", name: "Retenido", resolution: "first_contact" }],
      },
    ]);
  });

  it("accepts an offered code and refuses a retired one, one of a retired group, and one not in the tree", () => {
    expect(offeredDisposition(tree, "retenido")?.name).toBe("Retenido");
    expect(offeredDisposition(tree, "viejo")).toBeUndefined();
    expect(offeredDisposition(tree, "de-grupo-retirado")).toBeUndefined();
    expect(offeredDisposition(tree, "beneficios-informados")).toBeUndefined();
  });

  it("keeps retired codes among the codes the catalog must not lose", () => {
    expect(dispositionCodes(tree)).toEqual(["retenido", "viejo", "de-grupo-retirado", "solo"]);
  });

  it("ships a valid tree for each of the seed's list types, cancellations with «retenido» for effectiveness", () => {
    const trees = Object.fromEntries(
      SEEDED_LIST_TYPES.map((t) => [t, readDefaultCatalog(outboundDispositionsKind as never, t) as OutboundDispositionTree]),
    );
    expect(offeredDisposition(trees.cancelaciones!, "retenido")).toBeDefined();
    expect(offeredDisposition(trees.fidelizacion!, "retenido")).toBeUndefined();
    expect(offeredDisposition(trees.brownfield!, "migracion-ftth-aceptada")?.resolution).toBe("case");
    for (const t of SEEDED_LIST_TYPES) expect(offeredDisposition(trees[t]!, "pqr-radicada")?.resolution).toBe("case");
  });

  it("refuses a tree that repeats a disposition code across groups, in Spanish", () => {
    const repeated: OutboundDispositionTree = {
      groups: [
        { code: "a", name: "A", dispositions: [{ code: "x", name: "X", resolution: "case" }] },
        { code: "b", name: "B", dispositions: [{ code: "x", name: "X otra", resolution: "case" }] },
      ],
    };
    expect(outboundDispositionsKind.validate?.(repeated)).toEqual([
      { path: "groups", message: "La tipificación x está repetida" },
    ]);
  });
});
