import type { Tx } from "../platform/db/pool.js";

/** Customers for the demo's PQRs: those with an active service, past the first ones (the retention demo's). */
export async function listPqrDemoCustomers(tx: Tx, count: number): Promise<Array<{ id: string; product_id: string }>> {
  const { rows } = await tx.query<{ id: string; product_id: string }>(
    `SELECT c.id, (SELECT p.id FROM products p WHERE p.customer_id = c.id AND p.status = 'active' ORDER BY p.kind LIMIT 1) AS product_id
       FROM customers c
      WHERE EXISTS (SELECT 1 FROM products p WHERE p.customer_id = c.id AND p.status = 'active')
      ORDER BY c.code DESC LIMIT $1`,
    [count],
  );
  return rows;
}
