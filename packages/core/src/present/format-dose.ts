import type { Exercise, MovementPattern, Tempo } from '../catalogue/exercise.schema';
import type { PlanExercise } from '../plan/plan.schema';

/** Patterns where one side means one leg: "3 × 10 per leg" reads better than "per side". */
const LEG_PATTERNS: ReadonlySet<MovementPattern> = new Set([
  'squat',
  'lunge',
  'step-up',
  'hinge',
  'bridge',
  'knee-flexion',
  'calf-raise',
  'tibialis',
  'foot',
  'jump',
  'hop',
  'bound',
  'running-drill',
]);

/**
 * Which side a one-sided dose counts: set on the plan when it is made, so wording a plan never
 * needs the catalogue (which would pull the whole catalogue into the browser's first screens).
 */
export const sideOf = (exercise: Pick<Exercise, 'region' | 'pattern'>): 'leg' | 'side' =>
  exercise.region === 'lower' && LEG_PATTERNS.has(exercise.pattern) ? 'leg' : 'side';

const amountOf = (e: PlanExercise): string => {
  if (e.repsBySet && e.repsBySet.length > 0) return `${e.repsBySet.join('/')} reps`;
  if (e.seconds !== undefined) return `${e.seconds} s`;
  if (e.contacts !== undefined) return `${e.contacts} contacts`;
  if (e.repRange) return `${e.repRange[0]}–${e.repRange[1]}`;
  return String(e.reps ?? '');
};

/** "3 × 10 per leg", "3 × 30 s per side", "2 × 10 contacts", "3 × 6–8", "3 sets: 12/10/8 reps". */
export const formatDose = (e: PlanExercise): string => {
  const side = e.perSide ? ` per ${e.side ?? 'side'}` : '';
  const amount = amountOf(e);
  if (e.repsBySet && e.repsBySet.length > 0) return `${e.sets} sets: ${amount}${side}`;
  return `${e.sets} × ${amount}${side}`;
};

/** Down-pause-up-pause in seconds, the usual tempo notation (A6, B23); jumps are "explosive". */
export const formatTempo = (tempo: Tempo | null): string => {
  if (tempo === null) return '—';
  if (tempo.intent === 'explosive') return 'explosive';
  return [tempo.down, tempo.holdBottom, tempo.up, tempo.holdTop].join('-');
};

/** "45 s", "2 min", "2 min 30 s". */
export const formatRest = (seconds: number): string => {
  if (seconds <= 0) return 'none';
  if (seconds < 120) return `${seconds} s`;
  const min = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
};
