/**
 * Changes the coach made to a session from the runner's imported runs (a session moved off the
 * day before a long run that moved, lightened after a race or a jump in volume). GET /api/plan
 * and /api/plan/today send them as `adaptations` on a session.
 */
export interface SessionAdaptation {
  what: string;
  why: string;
}

const isAdaptation = (value: unknown): value is SessionAdaptation =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionAdaptation).what === 'string' &&
  typeof (value as SessionAdaptation).why === 'string';

/**
 * A session's adaptations; none when it has none. Read from any session object: a plan stored
 * before adaptations existed has no such field.
 */
export const adaptationsOf = (session: object): SessionAdaptation[] => {
  const value = (session as { adaptations?: unknown }).adaptations;
  return Array.isArray(value) ? value.filter(isAdaptation) : [];
};

/**
 * The session's notes less those that only repeat an adaptation's what or why, which the
 * "Changed by your runs" note already says.
 */
export const notesBesideAdaptations = (session: { notes: readonly string[] }): string[] => {
  const said = new Set(adaptationsOf(session).flatMap((a) => [a.what, a.why]));
  return session.notes.filter((note) => !said.has(note));
};
