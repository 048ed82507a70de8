import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type PracticeCatalog = ApiResponse<"/api/practices">;
export type PracticeSession = ApiResponse<"/api/practices/sessions">["items"][number];
export type WeekAdherence = ApiResponse<"/api/practices/adherence">;
export type IdeaStatus = PracticeSession["ideas"][number]["status"];

export const practicesApi = {
  record: (body: ApiBody<"/api/practices/sessions">) => unwrap(client.POST("/api/practices/sessions", { body })),
  moveIdea: (id: string, status: IdeaStatus) =>
    unwrap(client.PATCH("/api/practices/ideas/{id}", { params: { path: { id } }, body: { status } })),
};

/** The Monday (AAAA-MM-DD) of the week a local date falls in: adherence is counted per leader and week. */
export function mondayOf(date: Date): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A practice's name from the catalog (a retired code keeps showing as itself). */
export const practiceName = (catalog: PracticeCatalog, code: string): string =>
  catalog.practices.find((p) => p.code === code)?.name ?? code;
