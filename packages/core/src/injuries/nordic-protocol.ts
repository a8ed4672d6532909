import type { FixedDose } from '../prescription/slot';

/**
 * B27, Petersen 2011: the Nordic hamstring programme. Sessions a week and the dose, by week of
 * the programme (1-based); after week 10 one session a week keeps the effect.
 */
export const nordicWeek = (week: number): { sessions: number; dose: FixedDose } => {
  if (week <= 1) return { sessions: 1, dose: { sets: 2, reps: 5 } };
  if (week === 2) return { sessions: 2, dose: { sets: 2, reps: 6 } };
  if (week === 3) return { sessions: 3, dose: { sets: 3, reps: 6, repRange: [6, 8] } };
  if (week === 4) return { sessions: 3, dose: { sets: 3, reps: 8, repRange: [8, 10] } };
  const dose: FixedDose = { sets: 3, reps: 12, repsBySet: [12, 10, 8] };
  return week <= 10 ? { sessions: 3, dose } : { sessions: 1, dose };
};

export const NORDIC_PROGRAMME_WEEKS = 10;
