import { afterEach, describe, expect, it, vi } from "vitest";
import { formatEvent, type StreamClient, StreamHub } from "./hub.js";

function fakeClient(tenantId: string, userId: string | null) {
  const chunks: string[] = [];
  let ended = false;
  const client: StreamClient = { tenantId, userId, write: (chunk) => chunks.push(chunk), end: () => (ended = true) };
  return { client, chunks, isEnded: () => ended };
}

const message = (body: object) => JSON.stringify(body);

afterEach(() => vi.useRealTimers());

describe("StreamHub", () => {
  it("formats one SSE event per message, data on one JSON line", () => {
    expect(formatEvent("deadline.at_risk", { text: "línea\notra" })).toBe(
      'event: deadline.at_risk\ndata: {"text":"línea\\notra"}\n\n',
    );
    expect(formatEvent("x\ny", undefined)).toBe("event: x y\ndata: null\n\n");
  });

  it("delivers to the tenant's streams, to one user's when the message names one, and drops malformed payloads", () => {
    const hub = new StreamHub();
    const ana = fakeClient("t1", "ana");
    const luis = fakeClient("t1", "luis");
    const other = fakeClient("t2", "ana");
    for (const { client } of [ana, luis, other]) hub.add(client);
    expect(hub.deliver(message({ tenantId: "t1", type: "a", data: 1 }))).toBe(2);
    expect(hub.deliver(message({ tenantId: "t1", userId: "ana", type: "b", data: 2 }))).toBe(1);
    expect(hub.deliver("no es json")).toBe(0);
    expect(hub.deliver(message({ type: "sin operador" }))).toBe(0);
    expect(ana.chunks).toEqual([formatEvent("a", 1), formatEvent("b", 2)]);
    expect(luis.chunks).toEqual([formatEvent("a", 1)]);
    expect(other.chunks).toEqual([]);
    hub.closeAll();
  });

  it("sends a heartbeat comment on every open stream, and stops once the last one leaves", () => {
    vi.useFakeTimers();
    const hub = new StreamHub(15_000);
    const one = fakeClient("t1", null);
    const remove = hub.add(one.client);
    vi.advanceTimersByTime(15_000);
    expect(one.chunks).toEqual([": ping\n\n"]);
    remove();
    expect(hub.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends every stream on close", () => {
    const hub = new StreamHub();
    const one = fakeClient("t1", null);
    const two = fakeClient("t2", null);
    hub.add(one.client);
    hub.add(two.client);
    hub.closeAll();
    expect(one.isEnded() && two.isEnded()).toBe(true);
    expect(hub.size).toBe(0);
  });
});
