import { addDays, type IsoDate } from '@runstrong/core';

/** The fields of a logged workout the next-morning question reads. */
export interface MorningWorkout {
  id: string;
  sessionId: string;
  performedOn: string;
  painBefore: number | null;
  painNextMorning: number | null;
}

/** The session to ask about: its day, its workouts still without a score, the pain before it. */
export interface MorningAsk {
  performedOn: string;
  workouts: MorningWorkout[];
  /** The highest pain given before the session(s) that day; null when none was given. */
  painBefore: number | null;
}

/** Asked the morning after, or the one after that for a runner who did not open the app. */
export const MORNING_ASK_DAYS = 2;

/**
 * B26's next-morning pain: the last session logged in the two days before `today` is asked
 * about, as long as none of its workouts has a morning score yet (one answer is about the body,
 * so it goes on every workout of that day). A session answered already, one logged today or
 * three days ago and more, asks nothing.
 */
export const nextMorningAsk = (
  workouts: readonly MorningWorkout[],
  today: string,
): MorningAsk | null => {
  const from = addDays(today as IsoDate, -MORNING_ASK_DAYS);
  const recent = workouts.filter((w) => w.performedOn >= from && w.performedOn < today);
  const last = recent.reduce<string | undefined>(
    (latest, w) => (latest === undefined || w.performedOn > latest ? w.performedOn : latest),
    undefined,
  );
  if (last === undefined) return null;
  const thatDay = recent.filter((w) => w.performedOn === last);
  if (thatDay.some((w) => w.painNextMorning !== null)) return null;
  const before = thatDay.flatMap((w) => (w.painBefore === null ? [] : [w.painBefore]));
  return {
    performedOn: last,
    workouts: thatDay,
    painBefore: before.length > 0 ? Math.max(...before) : null,
  };
};

/** Whether the morning's score makes the coach lighten the next session (B26). */
export const worseThanBefore = (pain: number, painBefore: number | null): boolean =>
  pain > (painBefore ?? 0);
