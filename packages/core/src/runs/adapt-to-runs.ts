import { addDays, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES } from '../calendar/weekday';
import { applyChanges } from '../changes/apply-changes';
import { keptSetFraction } from '../changes/lighten-session';
import type { PlanChange } from '../changes/plan-change';
import type { Plan, PlanDay, PlanSession, PlanWeek } from '../plan/plan.schema';
import { RUNNING_RISE_SET_FRACTION } from '../plan/week-volume';
import { longDate } from '../present/format-date';
import { DEFAULT_COACH_SETTINGS } from '../profile/coach-settings';
import type { RunnerProfile } from '../profile/profile.schema';
import { isLongRunEve, legalDayFor, movedRunningWeek } from './long-run-eve';
import { detectLongRunMoved } from './long-run-moved';
import { detectRaces } from './race-signal';
import type { RunClassification, RunRecord } from './run-record';
import type { LongRunMoved, RunSignal } from './run-signal';
import { formatKm, formatPercent } from './run-wording';
import { detectVolumeJump } from './volume-jump';

/** The coming week the coach adapts: today and the six days after it. */
export const ADAPTATION_DAYS = 7;
/**
 * After a race, half the sets for the three days after it (a choice; SPEC is silent): the habit
 * holds, and the legs get no second hard stimulus on top of the race while they recover.
 */
export const RACE_RECOVERY_DAYS = 3;
export const RACE_SET_FRACTION = 0.5;
/**
 * A session left on the day before the long run because no day this week keeps the rules: half
 * the sets, so the legs reach the long run fresher (A2) without losing the session.
 */
export const LONG_RUN_EVE_SET_FRACTION = 0.5;
/** Fractions compared after multiplication: this close is the same cut. */
const SAME_FRACTION = 1e-6;

export interface RunAdaptation {
  signals: RunSignal[];
  changes: PlanChange[];
}

export interface AdaptToRunsInput {
  plan: Plan;
  profile: RunnerProfile;
  runs: readonly RunRecord[];
  classifications: readonly RunClassification[];
  today: IsoDate;
}

interface ComingSession {
  week: PlanWeek;
  day: PlanDay;
  session: PlanSession;
}

interface Cut {
  setFraction: number;
  reason: string;
}

/**
 * Pure: the plan as it stands (changes applied), the profile, every run, today. Returns only NEW
 * changes for strength sessions from today to today+6 that are not skipped; running it again on
 * the plan with those changes applied returns no changes (idempotent).
 *
 * A long run that moved moves the session off its eve (or lightens it when no day keeps the
 * rules); a race lightens the three days after it; a jump in running volume lightens the week
 * (B9). Cuts never stack: a session keeps the smallest share any signal asks for, counting the
 * cuts it already carries.
 */
export const adaptToRuns = (input: AdaptToRunsInput): RunAdaptation => {
  const { plan, profile, runs, classifications, today } = input;
  const settings = { ...DEFAULT_COACH_SETTINGS, ...profile.settings };
  const moved = detectLongRunMoved(profile.runningWeek, runs, classifications, today);
  const races = detectRaces(runs, classifications, today);
  const jump = detectVolumeJump(runs, today, settings.volumeRiseLimit);
  const signals: RunSignal[] = [...(moved ? [moved] : []), ...races, ...(jump ? [jump] : [])];

  const changes: PlanChange[] = [];
  let current = plan;
  const cuts = new Map<string, Cut[]>();
  const wantCut = (session: PlanSession, cut: Cut) =>
    cuts.set(session.id, [...(cuts.get(session.id) ?? []), cut]);

  if (moved) {
    const result = moveOffLongRunEve(current, profile, moved, today);
    changes.push(...result.changes);
    current = result.plan;
    for (const { session } of comingSessions(current, today)) {
      const reason = result.stuck.get(session.id);
      if (reason) wantCut(session, { setFraction: LONG_RUN_EVE_SET_FRACTION, reason });
    }
  }
  for (const race of races) {
    for (const { day, session } of comingSessions(current, today)) {
      if (day.date > race.date && day.date <= addDays(race.date, RACE_RECOVERY_DAYS)) {
        wantCut(session, {
          setFraction: RACE_SET_FRACTION,
          reason: `You raced on ${longDate(race.date)}: sets cut to ${formatPercent(RACE_SET_FRACTION)} for the ${RACE_RECOVERY_DAYS} days after it, load and intensity kept, while your legs recover.`,
        });
      }
    }
  }
  if (jump) {
    for (const { week, session } of comingSessions(current, today)) {
      // A week the plan already cut for a planned rise (B9) is not cut a second time.
      if (plan.decisions.some((d) => d.rule === 'B9' && d.weeks.includes(week.index))) continue;
      wantCut(session, {
        setFraction: RUNNING_RISE_SET_FRACTION,
        reason: `Your running rose ${formatPercent(jump.rise)} in the last 7 days (${formatKm(jump.lastWeekKm)} against ${formatKm(jump.typicalKm)} a week before): strength sets cut by a third, load and intensity kept (B9, limit ${formatPercent(settings.volumeRiseLimit)}).`,
      });
    }
  }

  for (const { session } of comingSessions(current, today)) {
    const wanted = cuts.get(session.id) ?? [];
    const kept = keptSetFraction(session);
    const deeper = wanted.filter((c) => c.setFraction < kept - SAME_FRACTION);
    if (deeper.length === 0) continue;
    const target = Math.min(...deeper.map((c) => c.setFraction));
    changes.push({
      kind: 'lighten',
      sessionId: session.id,
      // Relative to what the session keeps already, so the total is the deepest cut asked for.
      setFraction: target / kept,
      reason: deeper.map((c) => c.reason).join(' '),
    });
  }
  return { signals, changes };
};

/** Strength sessions (not rehab protocols) from today to today+6, not skipped, by date. */
const comingSessions = (plan: Plan, today: IsoDate): ComingSession[] => {
  const last = addDays(today, ADAPTATION_DAYS - 1);
  return plan.weeks.flatMap((week) =>
    week.days
      .filter((day) => day.date >= today && day.date <= last)
      .flatMap((day) =>
        day.sessions
          .filter((s) => s.kind !== 'rehab' && !s.skipped)
          .map((session) => ({ week, day, session })),
      ),
  );
};

/**
 * A2 with the long run on its new day: each coming session on its eve moves to the nearest day
 * that keeps the rules. Passes repeat until none moves, since one move can free a day for
 * another session; what cannot move is reported with the reason it stays.
 */
const moveOffLongRunEve = (
  plan: Plan,
  profile: RunnerProfile,
  move: LongRunMoved,
  today: IsoDate,
): { plan: Plan; changes: PlanChange[]; stuck: Map<string, string> } => {
  const changes: PlanChange[] = [];
  const stuck = new Map<string, string>();
  const habit = `Your long run has been on ${WEEKDAY_NAMES[move.to]} for the last two weeks, not ${WEEKDAY_NAMES[move.from]}`;
  const weeks = { usual: profile.runningWeek, moved: movedRunningWeek(profile.runningWeek, move) };
  let current = plan;
  for (let movedOne = true; movedOne; ) {
    movedOne = false;
    stuck.clear();
    for (const { day, session } of comingSessions(current, today)) {
      if (!isLongRunEve(day.date, move.to)) continue;
      const legal = legalDayFor(current, weeks, session.id, profile.unavailableDays, today);
      if (legal.date === undefined) {
        stuck.set(
          session.id,
          `${habit}, and no other day this week keeps the rules (${legal.blockedBy.join(', ') || 'the plan ends'}): sets cut to ${formatPercent(LONG_RUN_EVE_SET_FRACTION)} instead, as this is the day before the long run (A2).`,
        );
        continue;
      }
      const change: PlanChange = {
        kind: 'move',
        sessionId: session.id,
        to: legal.date,
        insisted: false,
        reason: `${habit}: moved from ${WEEKDAY_NAMES[day.weekday]} to ${WEEKDAY_NAMES[weekdayOf(legal.date)]} so it is not the day before the long run (A2).`,
      };
      changes.push(change);
      current = applyChanges(current, [change], profile);
      movedOne = true;
      break;
    }
  }
  return { plan: current, changes, stuck };
};
