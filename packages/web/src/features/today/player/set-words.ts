import {
  findExercise,
  kilograms,
  type PainVerdict,
  type PlanExercise,
  painGateVerdict,
  sideOf,
  type Tempo,
  toPounds,
} from '@runstrong/core';
import type { SetBody } from '../../offline/log-queue';
import type { Side } from './player-machine';

export type Units = 'metric' | 'imperial';

/** What one set asks for: reps (contacts count as reps in the log) or seconds. */
export const prescribedAmount = (
  e: PlanExercise,
  setNumber: number,
): { reps: number } | { seconds: number } => {
  if (e.seconds !== undefined) return { seconds: e.seconds };
  if (e.contacts !== undefined) return { reps: e.contacts };
  return { reps: e.repsBySet?.[setNumber - 1] ?? e.reps ?? 1 };
};

/** "leg" or "side", as the plan writes the dose (older plans: from the catalogue). */
const perWord = (e: PlanExercise): 'leg' | 'side' => {
  if (e.side) return e.side;
  const exercise = findExercise(e.exerciseId);
  return exercise ? sideOf(exercise) : 'side';
};

/** "Left leg", "Right side". */
export const sideLabel = (e: PlanExercise, side: Side): string =>
  `${side === 'left' ? 'Left' : 'Right'} ${perWord(e)}`;

/** "10 reps per leg", "30 s", "6–8 reps", "15 contacts". */
export const amountWords = (e: PlanExercise, setNumber: number): string => {
  const per = e.perSide ? ` per ${perWord(e)}` : '';
  if (e.seconds !== undefined) return `${e.seconds} s${per}`;
  if (e.contacts !== undefined) return `${e.contacts} contacts${per}`;
  if (e.repRange && !e.repsBySet) return `${e.repRange[0]}–${e.repRange[1]} reps${per}`;
  const reps = e.repsBySet?.[setNumber - 1] ?? e.reps ?? 1;
  return `${reps} ${reps === 1 ? 'rep' : 'reps'}${per}`;
};

/** The most repetitions the runner is asked for in a set (a range's top). */
export const targetReps = (e: PlanExercise, setNumber: number): number | undefined => {
  if (e.seconds !== undefined) return undefined;
  if (e.contacts !== undefined) return e.contacts;
  if (e.repRange && !e.repsBySet) return e.repRange[1];
  return e.repsBySet?.[setNumber - 1] ?? e.reps;
};

/** "2 s down, 1 s up", "3 s down, 2 s hold, 3 s up", "1 s down, up explosively". */
export const tempoWords = (tempo: Tempo | null): string => {
  if (!tempo) return 'hold still';
  const parts = [`${tempo.down} s down`];
  if (tempo.holdBottom > 0) parts.push(`${tempo.holdBottom} s hold`);
  parts.push(tempo.intent === 'explosive' ? 'up explosively' : `${tempo.up} s up`);
  if (tempo.holdTop > 0) parts.push(`${tempo.holdTop} s hold at the top`);
  return parts.join(', ');
};

/** RPE on the CR-10 scale in half points, as the log accepts it. */
export const RPE_CHOICES = Array.from({ length: 19 }, (_, i) => 1 + i / 2);

const rpeOf = (target: number | undefined): number | null =>
  target === undefined ? null : Math.min(10, Math.max(1, Math.round(target * 2) / 2));

/** Kilograms the prescription names: a kettlebell the runner owns, the vest. */
export const prescribedKg = (e: PlanExercise): number | null => {
  if (e.load.kind === 'vest') return e.load.kg;
  if (e.load.kind === 'kg') return e.load.kg;
  return null;
};

/** Whether a weight can be logged for this exercise (dumbbells, kettlebells, a barbell, a vest). */
export const takesWeight = (e: PlanExercise): boolean =>
  e.load.kind === 'kg' || e.load.kind === 'vest';

const POUNDS_PER_KG = toPounds(kilograms(1));

/** A weight typed in the runner's units, in kg for the log (to 0.01 kg, so 35 lb reads back 35). */
export const kgFromInput = (value: number, units: Units): number =>
  Math.round((units === 'imperial' ? value / POUNDS_PER_KG : value) * 100) / 100;

/** A logged weight in the runner's units, to one decimal. */
export const weightInUnits = (kg: number, units: Units): number =>
  Math.round((units === 'imperial' ? kg * POUNDS_PER_KG : kg) * 10) / 10;

export const unitLabel = (units: Units): string => (units === 'imperial' ? 'lb' : 'kg');

export interface SetContext {
  sessionId: string;
  date: string;
  setNumber: number;
  /** The weight used for this exercise last time, when the prescription chooses by feel. */
  lastKg?: number | null;
}

/** The set exactly as prescribed: the one-tap log. */
export const asPrescribedBody = (e: PlanExercise, context: SetContext): SetBody => {
  const kg = prescribedKg(e) ?? (e.load.kind === 'kg' ? (context.lastKg ?? null) : null);
  return {
    sessionId: context.sessionId,
    exerciseId: e.exerciseId,
    setNumber: context.setNumber,
    performedOn: context.date,
    ...prescribedAmount(e, context.setNumber),
    loadKg: kg,
    band: e.load.kind === 'band' ? e.load.tension : null,
    rpe: rpeOf(e.targetRpe),
    pain: null,
    notes: null,
  };
};

/** What a logged set was, in a line: "10 reps · 12 kg · RPE 7 · pain 2/10". */
export const loggedWords = (body: SetBody, units: Units): string =>
  [
    body.seconds != null ? `${body.seconds} s` : `${body.reps ?? 0} reps`,
    body.loadKg != null ? `${weightInUnits(body.loadKg, units)} ${unitLabel(units)}` : '',
    body.band ? `${body.band} band` : '',
    body.rpe != null ? `RPE ${body.rpe}` : '',
    body.pain != null ? `pain ${body.pain}/10` : '',
  ]
    .filter(Boolean)
    .join(' · ');

/** B26's words for a pain score during exercise. */
export const PAIN_WORDS: Record<PainVerdict, string> = {
  fine: 'fine',
  acceptable: 'acceptable',
  stop: 'stop',
};

/** "4/10: acceptable" */
export const painWords = (pain: number): string =>
  `${pain}/10: ${PAIN_WORDS[painGateVerdict(pain)]}`;

/** B26's scale in a line, beside a pain score not given yet. */
export const PAIN_GATE_WORDS = 'Pain gate: 0–3 fine, 4–5 acceptable, above 5 stop.';

/** The 0–10 choices in B26's words ("4/10: acceptable"), after one for no answer. */
export const painOptions = (none: string): { value: string; label: string }[] => [
  { value: '', label: none },
  ...Array.from({ length: 11 }, (_, pain) => ({ value: String(pain), label: painWords(pain) })),
];

/** Above 5/10 the pain gate says stop: the player offers to end the exercise. */
export const painSaysStop = (pain: number | null | undefined): boolean =>
  pain != null && painGateVerdict(pain) === 'stop';
