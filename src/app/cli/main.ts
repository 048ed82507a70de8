import { Command, Option } from "commander";
import { createTenant } from "../../modules/tenants/index.js";
import { loadConfig } from "../../platform/config.js";
import { openDatabase } from "../../platform/db/database.js";
import { migrate } from "../../platform/db/migrate.js";
import { prepareJobs } from "../../platform/db/prepare-jobs.js";
import type { CliKit } from "../../platform/manifest.js";
import { MODULES } from "../modules.js";
import { startRuntime, stopOnSignals } from "../server/runtime.js";
import { reportCliError } from "./output.js";
import { speakSpanish } from "./spanish.js";
import { addUser } from "./users.js";
import { withDatabase } from "./with-database.js";

const program = new Command("fideliza").description("Fideliza: retención y posventa para operadores de telecomunicaciones");
// Before any command is added: each one copies the help texts and the Spanish refusals.
speakSpanish(program);

program
  .command("serve")
  .description("Inicia el servidor HTTP (y el PostgreSQL embebido si no hay DATABASE_URL)")
  .option("-p, --port <port>", "puerto HTTP (por defecto PORT o 3000)")
  .action(async (options: { port?: string }) => {
    const config = loadConfig(options.port ? { port: Number(options.port) } : {});
    const runtime = await startRuntime(config);
    stopOnSignals(runtime);
  });

program
  .command("migrate")
  .description("Aplica las migraciones pendientes")
  .action(async () => {
    const database = await openDatabase(loadConfig(), { migrate: false });
    try {
      const { applied } = await migrate(database.db.url);
      await prepareJobs(database.db.url);
      console.log(applied.length ? `Migraciones aplicadas: ${applied.join(", ")}` : "La base de datos ya estaba al día");
    } finally {
      await database.close();
    }
  });

const tenants = program.command("tenants").description("Operadores (tenants)");
tenants
  .command("add")
  .description("Crea un operador")
  .requiredOption("--slug <slug>", "identificador corto, p. ej. claro-co")
  .requiredOption("--name <name>", "nombre visible")
  .addOption(new Option("--country <country>", "país del calendario laboral").choices(["CO", "EC", "BO"]).makeOptionMandatory())
  .action(async (options: { slug: string; name: string; country: string }) => {
    const { id } = await withDatabase(({ db }) => createTenant(db, options));
    console.log(`Operador creado: ${options.slug} (${id})`);
  });

const users = program.command("users").description("Usuarios");
users
  .command("add")
  .description("Crea un usuario con sus roles")
  .requiredOption("--tenant <slug>", "operador")
  .requiredOption("--email <email>", "correo (usuario de acceso)")
  .requiredOption("--password <password>", "contraseña (mínimo 10 caracteres)")
  .requiredOption("--role <role...>", "uno o más roles (advisor, supervisor, technician, admin, …)")
  .option("--name <name>", "nombre completo")
  .action(async (options: { tenant: string; email: string; password: string; role: string[]; name?: string }) => {
    const { id } = await withDatabase(({ db }) =>
      addUser(db, {
        tenant: options.tenant,
        email: options.email,
        password: options.password,
        roles: options.role,
        fullName: options.name ?? options.email,
      }),
    );
    console.log(`Usuario creado: ${options.email} (${id})`);
  });

for (const module of MODULES) module.cli?.(program, { withDatabase });

/**
 * Runs the `fideliza` command. Commands that sit above the modules (the demo and scale data of
 * src/seed) are handed in by the entry point, bin/fideliza.mjs, so nothing in src imports them.
 */
export function runCli(extraCommands: Array<(program: Command, kit: CliKit) => void> = []): void {
  for (const extend of extraCommands) extend(program, { withDatabase });
  program.parseAsync(process.argv).catch(reportCliError);
}
