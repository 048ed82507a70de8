import { useEffect, useRef } from "react";

type Listener = (data: unknown) => void;

const STREAM_PATH = "/api/stream";
const listeners = new Map<string, Set<Listener>>();
const attached = new Set<string>();
let source: EventSource | null = null;

function dispatch(type: string, event: MessageEvent<string>): void {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  for (const listener of listeners.get(type) ?? []) listener(data);
}

/** One EventSource per tab, opened with the first subscriber and closed with the last. */
function subscribe(type: string, listener: Listener): () => void {
  source ??= new EventSource(STREAM_PATH, { withCredentials: true });
  if (!attached.has(type)) {
    source.addEventListener(type, (event) => dispatch(type, event));
    attached.add(type);
  }
  const forType = listeners.get(type) ?? new Set<Listener>();
  forType.add(listener);
  listeners.set(type, forType);
  return () => {
    forType.delete(listener);
    if ([...listeners.values()].every((set) => set.size === 0)) {
      source?.close();
      source = null;
      attached.clear();
    }
  };
}

/** Calls `onEvent` with the JSON data of each server-sent event of `type` while the component is mounted. */
export function useServerEvent(type: string, onEvent: Listener, isEnabled = true): void {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (!isEnabled) return;
    return subscribe(type, (data) => latest.current(data));
  }, [type, isEnabled]);
}
