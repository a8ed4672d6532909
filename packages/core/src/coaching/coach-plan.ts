import { daysBetween, type IsoDate } from '../calendar/iso-date';
import { findSession } from '../changes/find-session';
import type { PlanChange } from '../changes/plan-change';
import type { Plan, PlanExercise, PlanWeek } from '../plan/plan.schema';
import { ownedEquipment } from '../profile/owned-equipment';
import type { RunnerProfile } from '../profile/profile.schema';
import { findProgramme } from '../programmes/registry';
import { coachSession, type SessionCoachContext } from './coach-session';
import type { CoachingChange } from './coaching-change';
import { earlyDeloadOf } from './early-deload';
import { type ExerciseHistory, entriesOf, withEntries } from './exercise-history';
import { learnedSwaps } from './learned-swaps';
import { rescheduleMissed } from './missed-sessions';
import { type OneRepMaxEstimate, oneRepMaxesOf } from './one-rep-max-prescription';
import { painfulLast } from './pain-gate-step';
import { type LoggedSession, loggedSessionsOf, type TrainingLog } from './training-log';

export type { CoachingChange } from './coaching-change';

export interface CoachingResult {
  /**
   * The plan with every session dated today or later re-prescribed; past sessions untouched
   * except missed ones moved or marked skipped. Changed sessions carry `adaptations` entries
   * ({what, why}) so every view shows them.
   */
  plan: Plan;
  /** Each decision once, at the first session it applies to (see firstOfEachDecision). */
  changes: CoachingChange[];
  /** B17/B18, one per loaded lift with a usable set (1–12 reps): the best estimate and the set it came from. */
  oneRepMax: OneRepMaxEstimate[];
}

export interface CoachPlanInput {
  /** The plan with the runner's changes (moves, skips, swaps, lightenings) applied. */
  plan: Plan;
  /** Those same stored changes: swaps are the runner's overrides to learn from. */
  changes: readonly PlanChange[];
  profile: RunnerProfile;
  log: TrainingLog;
  today: IsoDate;
  /**
   * The day this plan version was made, when known: sessions dated before it were never the
   * runner's to do (a new plan may start last Monday), so they are neither missed nor skipped.
   */
  plannedSince?: IsoDate;
}

/**
 * What a good coach does after every logged session, as a pure function of the plan, the log and
 * today (ADR 0018). Missed sessions move or drop first; then the log is replayed day by day, each
 * logged session judged against what the coach would have prescribed for it on its day; then
 * every session from today on that is not logged yet is re-prescribed from all of it.
 * Deterministic, and coaching the coached plan with the same log changes nothing.
 */
export const coachPlan = (input: CoachPlanInput): CoachingResult => {
  const { profile, log, today } = input;
  const logged = loggedSessionsOf(log).filter((s) => s.performedOn <= today);
  const loggedIds = new Set(logged.map((s) => s.sessionId));
  // A runner who logs nothing is not tracking in the app (they may train from the printout): their
  // sessions are not "missed", and moving them every day would only scramble the calendar.
  const missed =
    logged.length > 0
      ? rescheduleMissed(input.plan, loggedIds, profile, today, input.plannedSince)
      : { plan: input.plan, changes: [] };
  const plan = missed.plan === input.plan ? structuredClone(input.plan) : missed.plan;

  const contextOn = (
    day: IsoDate,
    history: ExerciseHistory,
    lastLogged: IsoDate | undefined,
    withDay: boolean,
  ) => sessionContext(plan, input, { day, withDay }, history, lastLogged);
  const deloadOf = (week: PlanWeek) => earlyDeloadOf(plan, week, logged, today);

  // Replay: each logged session against its prescription as the coach had it on the day, and
  // each skipped one, whose exercises hold (a skipped exercise never progresses).
  let history: ExerciseHistory = new Map();
  let lastLogged: IsoDate | undefined;
  const skipped = skippedSessionsOf(plan, logged, today, input.plannedSince);
  for (const [day, sessions] of byDay([...logged, ...skipped])) {
    const ctx = contextOn(day, history, lastLogged, false);
    const entries = sessions.flatMap((s) => {
      const found = findSession(plan, s.sessionId);
      const prescribed = found
        ? coachSession(found.session, found.week.phase, deloadOf(found.week), ctx).session.exercises
        : [];
      return entriesOf(s, prescribed, (id) => referenceFor(plan, history, id));
    });
    history = withEntries(history, entries);
    if (sessions.some((s) => s.sets.length > 0 || s.workout)) lastLogged = day;
  }

  // The future: everything from today on that the runner has not done yet.
  const ctx = contextOn(today, history, lastLogged, true);
  const changes: CoachingChange[] = [...missed.changes];
  for (const week of plan.weeks) {
    const deload = week.days.some((d) => d.date >= today) ? deloadOf(week) : undefined;
    for (const day of week.days) {
      if (day.date < today) continue;
      day.sessions = day.sessions.map((session) => {
        if (session.skipped || loggedIds.has(session.id)) return session;
        const coached = coachSession(session, week.phase, deload, ctx);
        for (const change of coached.changes) {
          changes.push({ sessionId: session.id, date: day.date, ...change });
        }
        return coached.session;
      });
    }
  }
  return {
    plan,
    changes: firstOfEachDecision(changes),
    oneRepMax: oneRepMaxesOf(log.sets.filter((s) => s.performedOn <= today)),
  };
};

/**
 * One decision (an exercise, a rule, a reason) usually applies to every coming session with that
 * exercise; the list names it once, at the first session it applies to. Each of those sessions
 * still carries it in its `adaptations`, so it is explained wherever it is seen.
 */
const firstOfEachDecision = (changes: readonly CoachingChange[]): CoachingChange[] => {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.exerciseId ?? c.sessionId}|${c.rule}|${c.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Sessions grouped by the day they were done (or skipped), in date order. */
const byDay = (sessions: readonly LoggedSession[]): [IsoDate, LoggedSession[]][] => {
  const days = new Map<IsoDate, LoggedSession[]>();
  for (const s of sessions) days.set(s.performedOn, [...(days.get(s.performedOn) ?? []), s]);
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/**
 * Sessions before today that were not done, as sessions with nothing logged: those marked
 * skipped (by the runner, or dropped by the coach), and, once the runner has started logging,
 * every other one left unlogged — for a runner who logs, an unlogged session was not done. The
 * same sessions count whatever day the coach runs, so the replay never changes its mind.
 * Before the first logged session the coach knows nothing and counts nothing.
 */
const skippedSessionsOf = (
  plan: Plan,
  logged: readonly LoggedSession[],
  today: IsoDate,
  plannedSince: IsoDate | undefined,
): LoggedSession[] => {
  const ids = new Set(logged.map((s) => s.sessionId));
  const first = logged[0]?.performedOn;
  return plan.weeks.flatMap((w) =>
    w.days
      .filter((d) => d.date < today)
      .flatMap((d) =>
        d.sessions
          .filter(
            (s) =>
              s.kind !== 'rehab' &&
              !ids.has(s.id) &&
              (s.skipped === true ||
                (first !== undefined &&
                  d.date > first &&
                  (plannedSince === undefined || d.date >= plannedSince))),
          )
          .map((s) => ({ sessionId: s.id, performedOn: d.date, sets: [], workout: undefined })),
      ),
  );
};

/** The prescription an exercise done outside its session is judged by: its latest, else the plan's. */
const referenceFor = (
  plan: Plan,
  history: ExerciseHistory,
  exerciseId: string,
): PlanExercise | undefined =>
  history.get(exerciseId)?.at(-1)?.prescribed ??
  plan.weeks
    .flatMap((w) => w.days.flatMap((d) => d.sessions.flatMap((s) => s.exercises)))
    .find((e) => e.exerciseId === exerciseId);

const sessionContext = (
  plan: Plan,
  input: CoachPlanInput,
  asOf: { day: IsoDate; withDay: boolean },
  history: ExerciseHistory,
  lastLogged: IsoDate | undefined,
): SessionCoachContext => {
  const { profile, log } = input;
  const { day, withDay } = asOf;
  // A logged session is judged on what was known before its day; the future on all of today.
  const setsBefore = log.sets.filter(
    (s) => s.performedOn < day || (withDay && s.performedOn === day),
  );
  return {
    profile,
    owned: ownedEquipment(profile.equipment),
    units: plan.units,
    preference: findProgramme(plan.programme.id)?.loadPreference ?? 'default',
    daysSinceLastLog: lastLogged === undefined ? undefined : daysBetween(lastLogged, day),
    hurt: (id) => painfulLast(history.get(id)) !== undefined,
    history,
    swaps: learnedSwaps(plan, input.changes, day),
    oneRepMax: new Map(oneRepMaxesOf(setsBefore).map((e) => [e.exerciseId, e])),
    warmUpMinutes: plan.settings.warmUpMinutes,
  };
};
