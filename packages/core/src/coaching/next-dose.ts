import type { Exercise } from '../catalogue/exercise.schema';
import type { Load, PlanExercise } from '../plan/plan.schema';
import { longDate } from '../present/format-date';
import { type ExerciseSession, nextProgressionStep } from '../progression/autoregulate';
import { DEFAULT_TARGET_RPE, type Dose, type DoseContext, type NextDose } from './dose-context';
import { amountText } from './dose-words';
import { loadRegionOf, stepDownLoad } from './equipment-steps';
import { type ExerciseEntry, performedEntries } from './exercise-history';
import { loadMode, loggedLoadOf } from './load-mode';
import { LONG_GAP_DAYS } from './long-gap';
import { raise } from './raise-load';
import { type ProgressionRange, progressionRangeOf } from './rep-range';
import { loggedAmountOf, painOf, targetRpeOf } from './successful-set';

/** B26's "one step lower" without a lighter load to go to: two reps fewer. */
export const STEP_DOWN_REPS = 2;

export const amountOfDose = (e: PlanExercise): number => e.seconds ?? e.reps ?? e.contacts ?? 1;

const toSession = (entry: ExerciseEntry, exercise: Exercise): ExerciseSession => {
  const range = progressionRangeOf(entry.prescribed, exercise);
  return {
    sets: entry.sets.map((s) => ({
      reps: loggedAmountOf(entry.prescribed, s) ?? 0,
      ...(s.rpe !== null ? { rpe: s.rpe } : {}),
    })),
    repRange: [range.lo, range.hi],
    targetReps: amountOfDose(entry.prescribed),
    targetRpe: targetRpeOf(entry.prescribed) ?? DEFAULT_TARGET_RPE,
    prescribedSets: entry.prescribed.sets,
    amountStep: range.step,
  };
};

/** One step lower: the next lighter load owned, else fewer reps (or a shorter hold). */
export const lowerDose = (
  base: { amount: number; load: Load },
  range: Pick<ProgressionRange, 'step' | 'unit'>,
  exercise: Exercise,
  ctx: DoseContext,
): { amount: number; load: Load } => {
  const lighter = stepDownLoad(base.load, loadRegionOf(exercise), ctx.profile.equipment);
  if (lighter) return { amount: base.amount, load: lighter };
  const less = range.unit === 'seconds' ? range.step : STEP_DOWN_REPS;
  return { amount: Math.max(1, base.amount - less), load: base.load };
};

/**
 * The next dose of an exercise from its history, for a session in a week of `ctx.phase`
 * (B13–B16, B26, the long-gap restart). Undefined when the runner has never done it: the plan's
 * prescription stands. Pain above 5/10 is answered before this by a regression (pain-gate-step);
 * when there is none, the dose goes one step lower here.
 */
export const nextDose = (
  entries: readonly ExerciseEntry[],
  exercise: Exercise,
  target: PlanExercise,
  ctx: DoseContext,
): NextDose | undefined => {
  const performed = performedEntries(entries);
  const latest = entries.at(-1);
  if (!latest) return undefined;
  const last = performed.at(-1);
  if (!last) return skippedOnly(latest, exercise);
  const range = progressionRangeOf(last.prescribed, exercise);
  const base = { amount: amountOfDose(last.prescribed), load: loggedLoadOf(last) };
  const on = longDate(last.performedOn);
  const { pain, verdict } = painOf(last.sets);
  const lower = (rule: string, why: string): Dose => ({
    ...lowerDose(base, range, exercise, ctx),
    rule,
    why,
  });
  const hold = (rule: string, why: string): Dose => ({ ...base, rule, why });
  const gap = ctx.daysSinceLastLog;

  const dose: Dose = (() => {
    if (verdict === 'stop') {
      return lower(
        'B26',
        `Pain ${pain}/10 on ${on}, above 5: no progression, and no easier variation you can do, so one step lower (B26).`,
      );
    }
    if (gap !== undefined && gap >= LONG_GAP_DAYS) {
      return lower(
        'gap',
        `${gap} days since your last logged session: after two weeks or more, restart one step lower.`,
      );
    }
    if (last.worseNextMorning) {
      return lower(
        'B26',
        `The morning after ${on} hurt more than before the session: one step lower (B26).`,
      );
    }
    if (verdict === 'acceptable') {
      return hold(
        'B26',
        `Pain ${pain}/10 on ${on} is acceptable, not a reason to progress: hold (B26).`,
      );
    }
    if (latest !== last) {
      // The skipped session's own prescription stands: what was earned before is kept.
      return {
        amount: amountOfDose(latest.prescribed),
        load: latest.prescribed.load,
        rule: 'B13',
        why: `Skipped on ${longDate(latest.performedOn)}: a skipped exercise does not progress.`,
      };
    }
    return progress(performed, base, range, exercise, target, ctx);
  })();
  return {
    ...dose,
    base: { ...base, performedOn: last.performedOn, prescribedLoad: last.prescribed.load },
    unit: range.unit,
  };
};

/** Never done, only skipped: the skipped session's prescription stands, no further. */
const skippedOnly = (latest: ExerciseEntry, exercise: Exercise): NextDose => {
  const prescribed = latest.prescribed;
  const range = progressionRangeOf(prescribed, exercise);
  const base = { amount: amountOfDose(prescribed), load: prescribed.load };
  return {
    ...base,
    rule: 'B13',
    why: `Skipped on ${longDate(latest.performedOn)}: a skipped exercise does not progress.`,
    base: { ...base, performedOn: latest.performedOn, prescribedLoad: prescribed.load },
    unit: range.unit,
  };
};

/** Double progression, 2-for-2 and RPE autoregulation on the entries in the current load mode. */
const progress = (
  performed: readonly ExerciseEntry[],
  base: { amount: number; load: Load },
  range: ProgressionRange,
  exercise: Exercise,
  target: PlanExercise,
  ctx: DoseContext,
): Dose => {
  const mode = loadMode(base.load);
  const sameMode: ExerciseEntry[] = [];
  for (const entry of [...performed].reverse()) {
    if (loadMode(loggedLoadOf(entry)) !== mode) break;
    sameMode.unshift(entry);
  }
  const sessions = sameMode.map((e) => toSession(e, exercise));
  const step = nextProgressionStep(sessions);
  const last = sameMode.at(-1) as ExerciseEntry;
  const session = sessions.at(-1) as ExerciseSession;
  const on = longDate(last.performedOn);
  const rpe = session.targetRpe;
  const unit = range.unit;
  const target1 = amountText(session.targetReps, unit);
  switch (step.action) {
    case 'cut-load': {
      const before = sameMode.at(-2);
      return {
        ...lowerDose(base, range, exercise, ctx),
        rule: 'B16',
        why: `RPE ${rpe + 1} or more on ${before ? longDate(before.performedOn) : on} and ${on}, against a target of ${rpe}: one step lighter (B16).`,
      };
    }
    case 'hold':
      return {
        ...base,
        rule: step.rule,
        why:
          step.rule === 'B16'
            ? `RPE ${maxRpe(last)} on ${on}, at or above the target ${rpe} + 1: hold (B16).`
            : `Not every set reached ${target1} at or below RPE ${rpe} on ${on}: hold until they do (B13).`,
      };
    case 'add-reps':
      return {
        mayProgress: true,
        amount: step.nextReps,
        load: base.load,
        rule: 'B13',
        why: `Every set reached ${target1} at or below RPE ${rpe} on ${on}: ${amountText(step.nextReps, unit)} next, building towards ${amountText(range.hi, unit)} before more load (B13).`,
      };
    case 'raise-load': {
      const raised = raise(base, step.nextReps, step.rule !== 'B13', range, exercise, target, ctx);
      const why =
        step.rule === 'B13'
          ? `Every set reached ${amountText(range.hi, unit)} at or below RPE ${rpe} on ${on} (B13).`
          : step.rule === 'B14'
            ? `The last set beat ${target1} by two or more two sessions running, ${longDate((sameMode.at(-2) as ExerciseEntry).performedOn)} and ${on} (B14).`
            : `RPE ${maxRpe(last)} on ${on}, 1.5 or more below the target ${rpe}: progress early (B16).`;
      return {
        mayProgress: !raised.held,
        amount: raised.amount,
        load: raised.load,
        rule: step.rule,
        why: `${why} ${raised.note}`,
        ...(raised.replaceWith ? { replaceWith: raised.replaceWith } : {}),
      };
    }
  }
};

const maxRpe = (entry: ExerciseEntry): number | undefined => {
  const rpes = entry.sets.map((s) => s.rpe).filter((r): r is number => r !== null);
  return rpes.length > 0 ? Math.max(...rpes) : undefined;
};
