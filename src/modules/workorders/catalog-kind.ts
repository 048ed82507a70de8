import type { CatalogIssue, CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, removedCodesInUse } from "../catalogs/index.js";
import { type ActivitiesCatalog, ActivitiesCatalog as schema } from "./catalog-types.js";
import { listUsedActivityCodes, listUsedTaskCodes } from "./repo.js";

export const ACTIVITIES_KIND = "work_order_activities";

/** Work-order activities: code, order type, payment, value, deadline, checklist and follow-ups of each. */
export const workOrderActivitiesKind: CatalogKind<ActivitiesCatalog> = {
  code: ACTIVITIES_KIND,
  nameEs: "Actividades de órdenes de trabajo",
  descriptionEs:
    "Actividades (40530 PEX/Adecuación por Retención …): tipo de orden, forma de pago, valor, plazo, tareas del técnico y seguimientos.",
  schema,
  defaultScopes: ["default"],
  validate(content) {
    const issues: CatalogIssue[] = duplicateCodes(content.activities, (a) => a.code).map((code) => ({
      path: "activities",
      message: `El código de actividad ${code} está repetido`,
    }));
    content.activities.forEach((activity, index) => {
      for (const code of duplicateCodes(activity.checklist, (task) => task.code)) {
        issues.push({ path: `activities.${index}.checklist`, message: `La tarea ${code} está repetida` });
      }
      if (activity.checklist.every((task) => task.retired)) {
        issues.push({ path: `activities.${index}.checklist`, message: "La actividad necesita al menos una tarea vigente" });
      }
      for (const kind of duplicateCodes(activity.followUps, (f) => f.kind)) {
        issues.push({ path: `activities.${index}.followUps`, message: `El seguimiento ${kind} está repetido` });
      }
    });
    return issues;
  },
  async checkReplacement(tx, _scope, previous, next) {
    const issues = removedCodesInUse(
      previous.activities.map((a) => a.code),
      next.activities.map((a) => a.code),
      new Set(await listUsedActivityCodes(tx)),
      "activities",
      "La actividad",
    );
    const usedTasks = await listUsedTaskCodes(tx);
    for (const before of previous.activities) {
      const after = next.activities.find((a) => a.code === before.code);
      if (!after) continue;
      issues.push(
        ...removedCodesInUse(
          before.checklist.map((t) => t.code),
          after.checklist.map((t) => t.code),
          new Set(usedTasks.filter((used) => used.activity_code === before.code).map((used) => used.code)),
          `activities.${next.activities.indexOf(after)}.checklist`,
          "La tarea",
        ),
      );
    }
    return issues;
  },
};
