import {
  countProbableAnnulments,
  listBoardTickets,
  listProbableAnnulments,
  summarizeBoard,
} from "../../../src/modules/servicerequests/queries.js";
import type { Tx } from "../../../src/platform/db/pool.js";
import { servePoolLoop } from "../pool-loop.js";

// The baseline of the annulment-board scenario: a bare pg.Pool running the board's four queries (the page
// of open tickets, the counts by area/team/zone, the probable annulments and their count) exactly as
// GET /api/service-requests/board does, from N loops, with no HTTP, auth, presenter or JSON.
await servePoolLoop(async (client, team) => {
  const tx = client as unknown as Tx;
  const now = new Date();
  const filter = team === "all" ? {} : { team: team as "coc" };
  await listBoardTickets(tx, { ...filter, limit: 50, offset: 0 }, now);
  await summarizeBoard(tx, filter, now);
  await listProbableAnnulments(tx, 50);
  await countProbableAnnulments(tx);
  return 1;
});
