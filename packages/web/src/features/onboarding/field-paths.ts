import { DAYS } from './onboarding-options';
import type { DraftProblem } from './profile-draft';

/**
 * Which input shows a problem: each input is named after the profile path it fills
 * (`race.date`, `equipment.box.heightsCm[1]`), and a problem about a whole object or list is
 * shown on the input that stands for it.
 */
const FIELD_LABELS: Record<string, string> = {
  startDate: 'Start date',
  weeks: 'Number of weeks',
  'race.date': 'Race date',
  'race.distance': 'Race distance',
  'race.name': 'Race name',
  experience: 'Experience',
  sessionsPerWeek: 'Sessions a week',
  minutesPerSession: 'Minutes a session',
  units: 'Units',
  unavailableDays: 'Days unavailable for strength',
  'equipment.bands': 'Resistance bands',
  'equipment.dumbbells.maxKg': 'Dumbbells',
  'equipment.weightVest.kg': 'Weight vest',
  'equipment.pullUpBar': 'Pull-up bar',
  'equipment.bench': 'Bench',
  'equipment.barbell': 'Barbell',
  injuries: 'Injuries',
  program: 'Programme',
  ...Object.fromEntries(DAYS.map((d) => [`runningWeek.${d.value}`, `${d.label} run`])),
};

const LIST_ITEM = /^equipment\.(kettlebells\.kg|box\.heightsCm)\[(\d+)\]$/;

/** The field a problem at `path` belongs to, or undefined when no input stands for it. */
export const fieldFor = (path: string): string | undefined => {
  if (path in FIELD_LABELS || LIST_ITEM.test(path)) return path;
  if (path === 'race') return 'race.date';
  if (path === 'runningWeek') return 'runningWeek.mon';
  if (path.startsWith('equipment.kettlebells')) return 'equipment.kettlebells.kg[0]';
  if (path.startsWith('equipment.box')) return 'equipment.box.heightsCm[0]';
  for (const prefix of ['equipment.bands', 'injuries', 'unavailableDays']) {
    if (path.startsWith(prefix)) return prefix;
  }
  return undefined;
};

/** The field's name as the form shows it, for the list of things to fix. */
export const fieldLabel = (field: string): string => {
  const item = LIST_ITEM.exec(field);
  if (item) {
    const n = Number(item[2]) + 1;
    return item[1] === 'kettlebells.kg' ? `Kettlebell ${n}` : `Box ${n}`;
  }
  return FIELD_LABELS[field] ?? field;
};

/** Each field's first problem, and the problems no field stands for. */
export const placeProblems = (
  problems: readonly DraftProblem[],
): { byField: Record<string, string>; elsewhere: DraftProblem[] } => {
  const byField: Record<string, string> = {};
  const elsewhere: DraftProblem[] = [];
  for (const problem of problems) {
    const field = fieldFor(problem.path);
    if (field === undefined) elsewhere.push(problem);
    else byField[field] ??= problem.message;
  }
  return { byField, elsewhere };
};
