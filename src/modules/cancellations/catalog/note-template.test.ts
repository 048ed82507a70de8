import { describe, expect, it } from "vitest";
import { advisorUser, hasBalancedBraces, motiveInNote, ordinal, renderNote, templatePlaceholders } from "./note-template.js";

describe("note templates", () => {
  it("lists a template's placeholders once each, in order", () => {
    expect(templatePlaceholders("{empresa}//{usuario}//{cliente} {telefono}//{usuario}")).toEqual([
      "empresa",
      "usuario",
      "cliente",
      "telefono",
    ]);
  });

  it("checks braces", () => {
    expect(hasBalancedBraces("{a}//{b}")).toBe(true);
    expect(hasBalancedBraces("{a//{b}}")).toBe(false);
    expect(hasBalancedBraces("a}")).toBe(false);
    expect(hasBalancedBraces("{a")).toBe(false);
  });

  it("fills placeholders and leaves no empty segment when an optional value is blank", () => {
    expect(
      renderNote("{empresa}//{usuario}//visita {n}//{telefono}", { empresa: "Impulsa", usuario: "ana", n: "", telefono: "099" }),
    ).toBe("Impulsa//ana//visita//099");
    expect(renderNote("{a}//{b}//{c}", { a: "x", b: "", c: "z" })).toBe("x//z");
    expect(renderNote("{a} / /  {b}//", { a: "x", b: "y" })).toBe("x / / y");
    expect(renderNote("{a}  //  {b}", { a: "x", b: "y" })).toBe("x//y");
  });

  it("writes the seed's ordinals", () => {
    expect([1, 2, 3, 4, 7, 8, 9, 10, 11].map(ordinal)).toEqual(["1er", "2do", "3er", "4to", "7mo", "8vo", "9no", "10mo", "11.º"]);
  });

  it("writes a motive without its cause prefix, and the advisor's user", () => {
    expect(motiveInNote("TEC- FALTA DE DISPONIBILIDAD TÉCNICA")).toBe("falta de disponibilidad técnica");
    expect(motiveInNote("CLIENTE NO PERMITE APERTURA")).toBe("cliente no permite apertura");
    expect(advisorUser("andres.gomez@demo.fideliza.co")).toBe("andres.gomez");
  });
});
