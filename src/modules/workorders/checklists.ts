import type { Tx } from "../../platform/db/pool.js";
import { readCatalog } from "../catalogs/index.js";
import { ACTIVITIES_KIND } from "./catalog-kind.js";
import type { ActivitiesCatalog } from "./catalog-types.js";
import type { WorkOrderListRow } from "./queries.js";

export interface ChecklistTask {
  code: string;
  name: string;
}

/**
 * The technician's tasks of each order, from the activities catalog version the order was created
 * with (a later edit does not change a printed sheet): retired tasks are left out unless the order did them.
 */
export async function readChecklists(tx: Tx, rows: readonly WorkOrderListRow[]): Promise<Map<string, ChecklistTask[]>> {
  const catalogs = new Map<number, ActivitiesCatalog>();
  for (const version of new Set(rows.map((row) => row.catalog_version))) {
    catalogs.set(version, (await readCatalog<ActivitiesCatalog>(tx, ACTIVITIES_KIND, "default", version)).content);
  }
  const checklists = new Map<string, ChecklistTask[]>();
  for (const row of rows) {
    const activity = catalogs.get(row.catalog_version)?.activities.find((a) => a.code === row.activity_code);
    checklists.set(
      row.id,
      (activity?.checklist ?? [])
        .filter((task) => !task.retired || row.tasks_done.includes(task.code))
        .map((task) => ({ code: task.code, name: task.name })),
    );
  }
  return checklists;
}
