import { describe, expect, it } from "vitest";
import { orderBySql, pageWindow, sortsOf } from "./paging.js";

describe("paging", () => {
  it("asks for the page's rows, from page 1", () => {
    expect(pageWindow({})).toEqual({ page: 1, pageSize: 25, limit: 25, offset: 0 });
    expect(pageWindow({ page: 3, pageSize: 50 })).toEqual({ page: 3, pageSize: 50, limit: 50, offset: 100 });
  });

  it("caps the page size", () => {
    expect(pageWindow({ pageSize: 10_000 }).pageSize).toBe(200);
  });

  it("lists each field both ways", () => {
    expect(sortsOf(["a", "b"])).toEqual(["a", "-a", "b", "-b"]);
  });

  it("orders by a known field, descending with «-», and falls back otherwise", () => {
    const columns = { receivedAt: "c.received_at" };
    expect(orderBySql("-receivedAt", columns, "x", "c.id")).toBe("c.received_at DESC NULLS LAST, c.id DESC");
    expect(orderBySql("receivedAt", columns, "x", "c.id")).toBe("c.received_at ASC NULLS LAST, c.id ASC");
    expect(orderBySql("drop table", columns, "x", "c.id")).toBe("x");
    expect(orderBySql(undefined, columns, "x", "c.id")).toBe("x");
  });
});
