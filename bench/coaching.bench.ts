import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  coachPlan,
  generatePlan,
  type IsoDate,
  type LoggedSetRecord,
  type LoggedWorkoutRecord,
  validateProfile,
} from '@runstrong/core';

/**
 * Issue 6: coaching a whole 16-week plan from a full log (every session logged as prescribed,
 * "today" on the last day), against generating the same plan — the work a cache miss adds to a
 * plan read after a logged session. Timed in the same process so machine noise hits both alike.
 */
const ROUNDS = 20;

const profileResult = validateProfile(
  JSON.parse(readFileSync(new URL('../examples/profile.json', import.meta.url), 'utf8')),
);
if (!profileResult.ok) throw new Error('examples/profile.json is not valid');
const profile = profileResult.value;

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const time = (run: () => unknown): number[] =>
  Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });

export const benchCoaching = (): string[] => {
  const plan = generatePlan(profile);
  const days = plan.weeks.flatMap((w) => w.days);
  const sets: LoggedSetRecord[] = [];
  const workouts: LoggedWorkoutRecord[] = [];
  for (const day of days) {
    for (const session of day.sessions) {
      workouts.push({
        sessionId: session.id,
        performedOn: day.date,
        rpe: 7,
        durationMinutes: session.estimatedMinutes,
        painBefore: 0,
        painNextMorning: 0,
      });
      for (const exercise of session.exercises) {
        for (let n = 1; n <= exercise.sets; n++) {
          sets.push({
            sessionId: session.id,
            exerciseId: exercise.exerciseId,
            setNumber: n,
            performedOn: day.date,
            reps: exercise.reps ?? null,
            seconds: exercise.seconds ?? null,
            loadKg: exercise.load.kind === 'kg' ? (exercise.load.kg ?? 10) : null,
            band: exercise.load.kind === 'band' ? exercise.load.tension : null,
            rpe: 7,
            pain: 0,
          });
        }
      }
    }
  }
  const today = (days.at(-1)?.date ?? plan.startDate) as IsoDate;
  const log = { sets, workouts };
  const generate = median(time(() => generatePlan(profile)));
  const coach = median(time(() => coachPlan({ plan, changes: [], profile, log, today })));
  return [
    `coaching: a ${plan.weeks.length}-week plan from ${sets.length} logged sets and ${workouts.length} sessions`,
    `  generatePlan (baseline)  ${generate.toFixed(1)} ms`,
    `  coachPlan                ${coach.toFixed(1)} ms  (${(coach / generate).toFixed(1)}× the baseline)`,
  ];
};
