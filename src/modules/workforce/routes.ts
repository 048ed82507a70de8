import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { errorResponses } from "../../platform/http/schemas.js";
import { PERMISSIONS } from "./policy.js";
import { StaffingQuery, StaffingResult } from "./schemas.js";
import { staffingInputProblem, staffingPlan } from "./staffing.js";

/** HTTP of the workforce: the staffing what-if (rosters and hires/leavers arrive through the generic import). */
export async function workforceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/workforce/staffing",
    {
      config: { permission: PERMISSIONS.plan },
      schema: {
        tags: ["workforce"],
        summary:
          "Cuántos asesores hacen falta (Erlang C) para un volumen, un tiempo de atención, un nivel de servicio y un shrinkage",
        querystring: StaffingQuery,
        response: { 200: StaffingResult, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const input = {
        calls: q.calls,
        intervalSeconds: q.intervalMinutes * 60,
        handleTimeSeconds: q.handleTimeSeconds,
        serviceLevelTarget: q.serviceLevelPercent / 100,
        answerWithinSeconds: q.answerWithinSeconds,
        shrinkage: q.shrinkagePercent / 100,
        maxOccupancy: (q.maxOccupancyPercent ?? 100) / 100,
      };
      const problem = staffingInputProblem(input);
      if (problem) throw new AppError("VALIDATION_FAILED", problem);
      try {
        return staffingPlan(input);
      } catch (error) {
        // Only the search bound throws past the input check: a volume no single queue has.
        if (error instanceof RangeError) throw new AppError("VALIDATION_FAILED", error.message, { field: "calls" });
        throw error;
      }
    },
  );
}
