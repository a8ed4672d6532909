import { findExercise } from '../catalogue/catalogue';
import type { EquipmentKind } from '../catalogue/equipment';
import type { Exercise, Experience, Stage } from '../catalogue/exercise.schema';
import type { Load, PlanExercise, PlanSession } from '../plan/plan.schema';
import { sideOf } from '../present/format-dose';
import type { CoachSettings } from '../profile/coach-settings';
import type { EquipmentInventory } from '../profile/profile.schema';
import { type ChoiceContext, chooseExercise, isEligible } from './choose-exercise';
import { chooseLoad, type LoadPreference } from './choose-load';
import { type Dose, type LoadingPhase, planDose, SLOW_ECCENTRIC_TEMPO } from './dose';
import { estimateMinutes } from './estimate-minutes';
import { dosePlyometrics } from './plyometric-dose';
import type { Slot } from './slot';

export interface SessionSpec {
  id: string;
  title: string;
  kind: PlanSession['kind'];
  slots: readonly Slot[];
  loadingPhase: LoadingPhase;
  weekInPhase: number;
  phaseLength: number;
  sessionIndex: number;
  /** Fraction of sets kept: deloads (B19), maintenance (B11), a running-volume jump (B9). */
  setFraction: number;
  /** Whether plyometrics are earned by now (A5, B21). */
  plyometricsAllowed: boolean;
  timing?: string;
  notes: readonly string[];
}

export interface RunnerContext {
  experience: Experience;
  inventory: EquipmentInventory;
  owned: ReadonlySet<EquipmentKind>;
  minutesPerSession: number;
  settings: CoachSettings;
  loadPreference: LoadPreference;
}

export interface Substitution {
  intended: string;
  chosen: string;
}

export interface BuiltSession {
  session: PlanSession;
  substitutions: Substitution[];
  /** Slots nothing the runner owns could fill. */
  unfilled: Slot[];
  /** Exercises trimmed to fit the session's minutes. */
  trimmed: string[];
}

const ALL_STAGES: readonly Stage[] = ['foundation', 'strength', 'power'];

const STAGES_BY_PHASE: Record<LoadingPhase, readonly Stage[]> = {
  foundation: ['foundation'],
  strength: ['foundation', 'strength'],
  maintenance: ['foundation', 'strength'],
  power: ['foundation', 'strength', 'power'],
};

interface Entry {
  slot: Slot;
  exercise: Exercise;
  planned: PlanExercise;
}

/**
 * Turns a session's slots into exercises with sets, reps, tempo, rest and load, then trims it to
 * the runner's minutes. Every choice is checked against what the runner owns (A10).
 */
export const buildSession = (spec: SessionSpec, runner: RunnerContext): BuiltSession => {
  const chosen = new Set<string>();
  const substitutions: Substitution[] = [];
  const unfilled: Slot[] = [];
  const picks: { slot: Slot; exercise: Exercise; order: number }[] = [];
  // Injury protocols choose first, so a clamshell prescribed for the IT band is never taken
  // by an ordinary hip slot before it; the session keeps the slots' own order.
  const byPriority = spec.slots
    .map((slot, order) => ({ slot, order }))
    .sort(
      (a, b) =>
        Number(b.slot.role === 'injury') - Number(a.slot.role === 'injury') || a.order - b.order,
    );
  for (const { slot, order } of byPriority) {
    const ctx: ChoiceContext = {
      owned: runner.owned,
      experience: runner.experience,
      // Injury protocols run by their own schedules (B24–B31), whatever the phase.
      allowedStages: new Set(
        slot.role === 'injury' ? ALL_STAGES : STAGES_BY_PHASE[spec.loadingPhase],
      ),
      plyometricsAllowed: spec.plyometricsAllowed,
      exclude: chosen,
      rotation: spec.sessionIndex,
    };
    const choice = chooseExercise(slot, ctx);
    if (!choice) {
      unfilled.push(slot);
      continue;
    }
    const exercise = hardenIfUnloadable(choice.exercise, slot, spec, runner, ctx);
    if (choice.substitutedFor) {
      substitutions.push({ intended: choice.substitutedFor.id, chosen: exercise.id });
    }
    chosen.add(exercise.id);
    picks.push({ slot, exercise, order });
  }
  picks.sort((a, b) => a.order - b.order);

  const plyometric = picks.filter((p) => p.exercise.plyometric && !p.slot.fixedDose);
  const share = spec.phaseLength <= 1 ? 1 : (spec.weekInPhase - 1) / (spec.phaseLength - 1);
  const plyoDoses = dosePlyometrics(
    plyometric.map((p) => p.exercise),
    runner.experience,
    share,
  );

  let entries: Entry[] = picks.map(({ slot, exercise }) => {
    const plyoDose = plyoDoses.find((d) => d.exercise.id === exercise.id);
    const dose = planDose(exercise, {
      phase: spec.loadingPhase,
      weekInPhase: spec.weekInPhase,
      phaseLength: spec.phaseLength,
      experience: runner.experience,
      role: slot.role,
    });
    const load = chooseLoad(exercise, {
      inventory: runner.inventory,
      experience: runner.experience,
      owned: runner.owned,
      progress: share,
      addLoad: dose.addLoad,
      heavy: dose.heavy,
      reps: exercise.doseKind === 'reps' ? dose.amount : undefined,
      targetRpe: dose.targetRpe,
      preference: runner.loadPreference,
    });
    const withPlyo = plyoDose ? { ...dose, sets: plyoDose.sets, amount: plyoDose.amount } : dose;
    const tuned = overloadWithoutLoad(withPlyo, load, exercise);
    return { slot, exercise, planned: toPlanExercise(exercise, slot, tuned, load) };
  });

  const trimmed: string[] = [];
  // Fit the full session first, then cut sets: a deload or maintenance week keeps the same
  // exercises as the loading week it follows, with fewer sets (B11, B19), never more exercises.
  entries = fitToMinutes(entries, runner, trimmed).map((entry) =>
    entry.slot.fixedDose || spec.setFraction === 1
      ? entry
      : {
          ...entry,
          planned: withSets(
            entry.planned,
            Math.max(1, Math.round(entry.planned.sets * spec.setFraction)),
          ),
        },
  );

  const session: PlanSession = {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    heavy:
      entries.some((e) => e.planned.load.kind === 'kg' && e.slot.role === 'main') ||
      entries.some(
        (e) => e.slot.role === 'main' && e.planned.reps !== undefined && e.planned.reps <= 6,
      ),
    estimatedMinutes: minutesOf(entries, runner.settings.warmUpMinutes),
    exercises: entries.map((e) => e.planned),
    ...(spec.timing ? { timing: spec.timing } : {}),
    notes: [...spec.notes],
  };
  return { session, substitutions, unfilled, trimmed };
};

/**
 * A4: once load is earned but nothing the runner owns can load this movement, a harder
 * variation takes its place (single-leg squat → skater squat), if they can do one.
 */
const hardenIfUnloadable = (
  exercise: Exercise,
  slot: Slot,
  spec: SessionSpec,
  runner: RunnerContext,
  ctx: ChoiceContext,
): Exercise => {
  if (spec.loadingPhase === 'foundation' || slot.fixedDose || exercise.doseKind !== 'reps')
    return exercise;
  if (!['main', 'single-leg', 'hinge'].includes(slot.role)) return exercise;
  const loadable = exercise.loadableWith.some((kind) => runner.owned.has(kind));
  const needsGear = exercise.equipment.length > 0;
  if (loadable || needsGear) return exercise;
  const harder = exercise.progressions
    .map((id) => findExercise(id))
    .find((e): e is Exercise => e !== undefined && isEligible(e, ctx));
  return harder ?? exercise;
};

/** A6: with no load to add, a slow 3 s eccentric is the overload for bodyweight strength work. */
const overloadWithoutLoad = (dose: Dose, load: Load, exercise: Exercise): Dose => {
  if (!dose.addLoad || load.kind !== 'none' || exercise.doseKind !== 'reps') return dose;
  return { ...dose, heavy: false, tempo: SLOW_ECCENTRIC_TEMPO, amount: Math.max(dose.amount, 8) };
};

const toPlanExercise = (exercise: Exercise, slot: Slot, dose: Dose, load: Load): PlanExercise => {
  const fixed = slot.fixedDose;
  const sets = fixed?.sets ?? dose.sets;
  const fixedAmount = exercise.doseKind === 'seconds' ? fixed?.seconds : fixed?.reps;
  const amount = fixedAmount ?? dose.amount;
  const note = [slot.note, fixed?.note].filter(Boolean).join(' ');
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    sets,
    ...(exercise.doseKind === 'reps' ? { reps: amount } : {}),
    ...(exercise.doseKind === 'seconds' ? { seconds: amount } : {}),
    ...(exercise.doseKind === 'contacts' ? { contacts: amount } : {}),
    ...(fixed?.repRange ? { repRange: fixed.repRange } : {}),
    ...(fixed?.repsBySet ? { repsBySet: fixed.repsBySet } : {}),
    perSide: exercise.dosePerSide,
    ...(exercise.dosePerSide ? { side: sideOf(exercise) } : {}),
    tempo: exercise.doseKind === 'seconds' ? null : dose.tempo,
    restSeconds: dose.restSeconds,
    load,
    targetRpe: dose.targetRpe,
    ...(exercise.plyometric
      ? {
          footContacts:
            sets *
            amount *
            (exercise.doseKind === 'contacts' ? 1 : (exercise.contactsPerRep ?? 1)) *
            (exercise.dosePerSide ? 2 : 1),
        }
      : {}),
    cues: exercise.cues,
    ...(note ? { note } : {}),
  };
};

const minutesOf = (entries: readonly Entry[], warmUp: number): number =>
  estimateMinutes(
    entries.map((e) => ({ exercise: e.planned, plyometric: e.exercise.plyometric })),
    warmUp,
  );

/**
 * Fits the session into the runner's minutes: first fewer sets on the least important work
 * (down to two), then that work goes, last the protected slots lose sets. Core and upper-body
 * work (A9) and injury protocols are protected; the slot order is the order of importance.
 */
const fitToMinutes = (entries: Entry[], runner: RunnerContext, trimmed: string[]): Entry[] => {
  const limit = runner.minutesPerSession;
  const warmUp = runner.settings.warmUpMinutes;
  let current = [...entries];
  const over = () => minutesOf(current, warmUp) > limit;
  if (!over()) return current;
  const shrink = (minSets: number, filter: (e: Entry) => boolean) => {
    for (let i = current.length - 1; i >= 0 && over(); i--) {
      const entry = current[i] as Entry;
      if (!filter(entry) || entry.slot.fixedDose) continue;
      while (entry.planned.sets > minSets && over()) {
        entry.planned = withSets(entry.planned, entry.planned.sets - 1);
      }
    }
  };
  shrink(2, (e) => !isProtected(e.slot));
  for (let i = current.length - 1; i >= 0 && over(); i--) {
    const entry = current[i] as Entry;
    if (isProtected(entry.slot) || current.length <= 1) continue;
    trimmed.push(entry.exercise.id);
    current = current.filter((e) => e !== entry);
  }
  shrink(1, () => true);
  return current;
};

/** Jumps keep their contacts whole when time is short (B20); they come first in the session. */
const isProtected = (slot: Slot): boolean => slot.protected === true || slot.role === 'plyometric';

const withSets = (planned: PlanExercise, sets: number): PlanExercise => {
  if (planned.footContacts === undefined) return { ...planned, sets };
  const perSet = planned.footContacts / planned.sets;
  return { ...planned, sets, footContacts: perSet * sets };
};
