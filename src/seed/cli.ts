import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { AppError } from "../platform/errors.js";
import type { CliKit } from "../platform/manifest.js";
import { DEMO_TENANT } from "./demo-users.js";
import type { SeedCounts } from "./seed-customers.js";
import { isDemoSeeded, seedDemo } from "./seed-demo.js";
import { seedScale } from "./seed-scale.js";

const number = (value: number) => value.toLocaleString("es-CO");

function progressBar(label: string): { update(done: number, total: number): void; stop(): void } {
  const bar = new SingleBar({
    format: `${label} |{bar}| {percentage}% · {value}/{total} clientes · {duration_formatted} (faltan {eta_formatted})`,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    etaBuffer: 50,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, done);
      started = true;
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

function describeCounts(counts: SeedCounts): string {
  return (
    `${number(counts.customers)} clientes, ${number(counts.products)} productos, ${number(counts.claims)} reclamos ` +
    `(${number(counts.repeatedDamage)} clientes con daño reiterado), ${number(counts.billingStatements)} facturas mensuales`
  );
}

/** Parses the N of `seed scale N`: digits, optionally grouped with "_" (1_000_000). */
export function parseCustomerCount(raw: string): number {
  if (!/^\d[\d_]*$/.test(raw)) {
    throw new AppError("VALIDATION_FAILED", `La cantidad de clientes debe ser un entero positivo (recibido: ${raw})`, {
      field: "N",
    });
  }
  return Number(raw.replaceAll("_", ""));
}

/** `fideliza seed demo [--if-empty]` and `fideliza seed scale <N> [--tenant slug] [--create-tenant]`. */
export function registerSeedCommands(program: Command, { withDatabase }: CliKit): void {
  const seed = program.command("seed").description("Carga datos de demostración o de escala");

  seed
    .command("demo")
    .description(`Crea el operador «${DEMO_TENANT.slug}» con un usuario por rol y 1.000 clientes de ejemplo`)
    .option("--if-empty", "no hace nada si el operador demo ya tiene datos (lo usa «npm run demo» en cada inicio)")
    .action(async (options: { ifEmpty?: boolean }) => {
      await withDatabase(async ({ db }) => {
        if (options.ifEmpty && (await isDemoSeeded(db))) {
          console.log(`El operador «${DEMO_TENANT.slug}» ya tiene datos; no se cargó nada.`);
          return;
        }
        const bar = progressBar("Demo");
        const result = await seedDemo(db, { now: new Date(), onProgress: bar.update }).finally(bar.stop);
        console.log(`\nOperador «${DEMO_TENANT.name}» (${DEMO_TENANT.slug}) listo: ${describeCounts(result.counts)}.`);
        console.log(`Equipos: ${result.teams.join(", ")}.`);
        const r = result.retention;
        console.log(
          `Retención: ${r.cases} casos (${r.retained} retenidos, ${r.cancelled} bajas, ${r.open} en curso), ${r.workOrders} órdenes Xpress.`,
        );
        const a = result.annulments;
        console.log(
          `Anulaciones (COM-DSC-P10): ${a.requests} solicitudes de servicio, ${a.annulled} anuladas, ${a.reentries} re-digitadas.`,
        );
        console.log(`\nUsuarios (contraseña de todos: ${result.password}):`);
        const width = Math.max(...[...result.users, ...result.campaignAdvisors].map((u) => u.email.length));
        const adminFirst = [...result.users].sort((a, b) => Number(b.role === "admin") - Number(a.role === "admin"));
        for (const user of adminFirst) console.log(`  ${user.email.padEnd(width)}  ${user.roleName} — ${user.fullName}`);
        for (const user of result.campaignAdvisors) console.log(`  ${user.email.padEnd(width)}  Asesor — ${user.fullName}`);
        const q = result.cancellations;
        console.log(
          `\nCampaña «Retención Internet»: ${number(q.cases)} quejas — ${number(q.pool)} en el grupo, ${number(q.assigned)} asignadas, ` +
            `${number(q.pending)} pendientes, ${number(q.finished)} finalizadas (${number(q.confirmed)} cerradas en facturación, ` +
            `${number(q.overdue)} con el cierre vencido), ${number(q.handedOff)} derivadas a N1.`,
        );
        console.log(
          `Llamadas de salida premium: ${number(result.outbound.campaigns)} campañas con ${number(result.outbound.records)} registros ` +
            "en bases de cada tipo; el asesor queda disponible en /salida y el simulador marca.",
        );
      });
    });

  seed
    .command("scale")
    .description("Completa un operador hasta N clientes generados (con productos, reclamos y facturación), por COPY")
    .argument("<N>", "cantidad total de clientes generados que debe tener el operador, p. ej. 1000000")
    .option("--tenant <slug>", "operador", DEMO_TENANT.slug)
    .option("--create-tenant", "crea el operador (país CO) si no existe")
    .action(async (raw: string, options: { tenant: string; createTenant?: boolean }) => {
      const customers = parseCustomerCount(raw);
      await withDatabase(async ({ db }) => {
        const bar = progressBar(options.tenant);
        const result = await seedScale(db, {
          tenantSlug: options.tenant,
          customers,
          now: new Date(),
          createTenant: options.createTenant,
          onProgress: bar.update,
        }).finally(bar.stop);
        if (result.tenantCreated) console.log(`Operador «${options.tenant}» creado.`);
        if (result.counts.customers === 0) {
          console.log(`El operador «${options.tenant}» ya tenía ${number(result.from)} clientes generados; no se cargó nada.`);
          return;
        }
        const perSecond = Math.round(result.counts.customers / result.seconds);
        console.log(
          `\nCargados ${describeCounts(result.counts)} en ${result.seconds.toFixed(1)} s (${number(perSecond)} clientes/s), ` +
            `desde el cliente ${number(result.from + 1)}.`,
        );
      });
    });
}
