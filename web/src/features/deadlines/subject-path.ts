/**
 * The page of a deadline's subject, where the product has one (never its id on screen): the deadlines list,
 * the outbound messages and the supervisor's day all link an alert to the case, PQR or request it is about.
 */
const SUBJECT_PATH: Partial<Record<string, (id: string) => string>> = {
  complaint_case: (id) => `/casos/${id}`,
  customer: (id) => `/clientes/${id}`,
  pqr: (id) => `/pqr/${id}`,
  service_request: (id) => `/solicitudes/${id}`,
};

/** The path of `subjectType`'s page for `subjectId`, or undefined when it has none. */
export function subjectPath(subjectType: string, subjectId: string): string | undefined {
  return SUBJECT_PATH[subjectType]?.(subjectId);
}
