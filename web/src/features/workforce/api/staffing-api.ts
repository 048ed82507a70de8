import { type ApiResponse, client, unwrap } from "../../../api/client";

export type StaffingPlan = ApiResponse<"/api/workforce/staffing">;
export interface StaffingQuestion {
  calls: number;
  intervalMinutes: number;
  handleTimeSeconds: number;
  serviceLevelPercent: number;
  answerWithinSeconds: number;
  shrinkagePercent: number;
  maxOccupancyPercent: number;
}

export const planStaffing = (query: StaffingQuestion) => unwrap(client.GET("/api/workforce/staffing", { params: { query } }));
