/**
 * Changes the coach made to a session, each with its reason: from the runner's imported runs (a
 * session moved off the day before a long run that moved, lightened after a race or a jump in
 * volume) and from the log (load, reps or sets re-prescribed, an easier or harder variation, a
 * missed session moved or dropped, an early deload). Every read of the plan (GET /api/plan,
 * /api/plan/today) sends them as `adaptations` on a session.
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
 * "The coach changed this" note already says.
 */
export const notesBesideAdaptations = (session: { notes: readonly string[] }): string[] => {
  const said = new Set(adaptationsOf(session).flatMap((a) => [a.what, a.why]));
  return session.notes.filter((note) => !said.has(note));
};
