import { once } from "node:events";
import { forkChild, type LoadResult } from "./load.js";

/** A process under test: an HTTP server (with its port) or a load loop that runs on request. */
export interface Service {
  port: number;
  pid: number;
  /** For loop services: run for `seconds` and report. */
  run(seconds: number): Promise<LoadResult>;
  stop(): Promise<void>;
}

type Message = { type: "ready"; port: number } | { type: "result"; result: LoadResult } | { type: "error"; message: string };

/** Starts bench/lib/children/<script> in its own process and waits until it says it is ready. */
export async function startService(script: string, env: Record<string, string> = {}): Promise<Service> {
  const child = forkChild(script, env);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${script} terminó inesperadamente (código ${code})`));
      child.once("exit", onExit);
      child.once("message", (message) => {
        child.off("exit", onExit);
        const typed = message as Message;
        if (typed.type === "error") reject(new Error(`${script}: ${typed.message}`));
        else resolve(typed);
      });
    });
  const ready = await next();
  if (ready.type !== "ready") throw new Error(`${script} no anunció que estaba listo`);
  return {
    port: ready.port,
    pid: child.pid!,
    async run(seconds) {
      const answer = next();
      child.send({ type: "run", seconds });
      const message = await answer;
      if (message.type !== "result") throw new Error(`${script} respondió ${message.type}`);
      return message.result;
    },
    async stop() {
      if (exited) return;
      const done = once(child, "exit");
      child.kill("SIGTERM");
      await done;
    },
  };
}
