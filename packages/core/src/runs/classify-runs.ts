import {
  type Baseline,
  easyHeartRate,
  HARD_HEART_RATE_FACTOR,
  RACE_PACE_FACTOR,
  usualPace,
} from './effort';
import { describeLapStructure, type LapStructure, lapStructure } from './lap-structure';
import { judgeLongRun, type LongRunJudgement } from './long-run';
import { RACE_DISTANCE_TOLERANCE, raceDistanceOf } from './race-distance';
import { type DatedRun, runningHistory, runsBefore } from './run-history';
import {
  isRunning,
  type RunClassification,
  type RunKind,
  type RunRecord,
  runKm,
  runMinutes,
  runPace,
} from './run-record';
import { formatPace, formatPercent } from './run-wording';

interface Shape {
  long: LongRunJudgement;
  laps: LapStructure;
}

/**
 * Each running run judged against the runner's own runs in the 8 weeks before it: long (the
 * week's longest and well above their typical run), quality (work and recovery laps, or heart
 * rate well above their easy runs) or easy, with a race flag, and one reason per fact.
 *
 * Two passes, because "easy runs" for the heart-rate comparison means the earlier runs that
 * are neither long nor structured: those two are settled first, from distance, time and laps.
 */
export const classifyRuns = (runs: readonly RunRecord[]): RunClassification[] => {
  const history = runningHistory(runs);
  const weeks = new Map<string, DatedRun[]>();
  for (const r of history) weeks.set(r.week, [...(weeks.get(r.week) ?? []), r]);

  const shapes = new Map<DatedRun, Shape>(
    history.map((r) => [
      r,
      {
        long: judgeLongRun(r, weeks.get(r.week) ?? [r], runsBefore(history, r)),
        laps: lapStructure(r.run.laps),
      },
    ]),
  );
  const judged = new Map<RunRecord, RunClassification>(
    history.map((r) => {
      const prior = runsBefore(history, r);
      const easyish = prior.filter((p) => {
        const shape = shapes.get(p);
        return !shape?.long.long && !shape?.laps.structured;
      });
      return [
        r.run,
        judge(r.run, shapes.get(r) as Shape, easyHeartRate(easyish), usualPace(prior)),
      ];
    }),
  );
  return runs.filter(isRunning).map(
    (run) =>
      judged.get(run) ?? {
        runId: run.id,
        kind: 'easy',
        race: false,
        reasons: [`The start time "${run.start}" has no readable date: counted as easy.`],
      },
  );
};

const judge = (
  run: RunRecord,
  shape: Shape,
  easyHr: Baseline,
  pace: Baseline,
): RunClassification => {
  const classified = (kind: RunKind, race: boolean, reasons: string[]): RunClassification => ({
    runId: run.id,
    kind,
    race,
    reasons,
  });
  if (runKm(run) === undefined && runMinutes(run) === undefined) {
    return classified('easy', false, ['No distance or time recorded: counted as easy.']);
  }
  const heart = heartRateFacts(run, easyHr);
  const race = raceFacts(run, heart.hard, pace);
  if (shape.long.long) {
    return classified('long', race.race, [
      shape.long.reason ?? '',
      ...race.reasons,
      ...(race.race && heart.hard ? [heart.reason] : []),
    ]);
  }
  if (shape.laps.structured || heart.hard || race.race) {
    return classified('quality', race.race, [
      ...(shape.laps.structured ? [describeLapStructure(shape.laps)] : []),
      ...(heart.hard ? [heart.reason] : []),
      ...race.reasons,
    ]);
  }
  return classified('easy', false, ['No lap structure.', heart.reason]);
};

/** The heart-rate fact: well above the runner's easy runs, within them, or nothing to compare. */
const heartRateFacts = (run: RunRecord, easy: Baseline): { hard: boolean; reason: string } => {
  const hr = run.avgHeartRate;
  if (hr === null || hr <= 0) return { hard: false, reason: 'No heart rate recorded.' };
  if (easy.value === undefined) {
    return {
      hard: false,
      reason: `Average heart rate ${Math.round(hr)}; too few earlier easy runs with heart rate to compare (${easy.runs}).`,
    };
  }
  const above = hr / easy.value - 1;
  return hr >= easy.value * HARD_HEART_RATE_FACTOR
    ? {
        hard: true,
        reason: `Average heart rate ${Math.round(hr)}, ${formatPercent(above)} above your easy runs' ${Math.round(easy.value)}.`,
      }
    : {
        hard: false,
        reason: `Average heart rate ${Math.round(hr)}, within your easy range (your easy runs average ${Math.round(easy.value)}).`,
      };
};

/**
 * A race: a race distance, run hard — heart rate well above easy, or pace at least 10 % faster
 * than usual. A 10 km easy loop is not a race.
 */
const raceFacts = (
  run: RunRecord,
  hardHeart: boolean,
  usual: Baseline,
): { race: boolean; reasons: string[] } => {
  const distance = run.distanceMeters === null ? undefined : raceDistanceOf(run.distanceMeters);
  const pace = runPace(run);
  if (!distance) return { race: false, reasons: [] };
  const fast =
    pace !== undefined && usual.value !== undefined && pace <= usual.value * RACE_PACE_FACTOR;
  if (!fast && !hardHeart) return { race: false, reasons: [] };
  return {
    race: true,
    reasons: [
      `${((run.distanceMeters ?? 0) / 1000).toFixed(2)} km, within ${formatPercent(RACE_DISTANCE_TOLERANCE)} of the ${distance.name} race distance, run hard: a race.`,
      ...(fast && pace !== undefined && usual.value !== undefined
        ? [
            `Pace ${formatPace(pace)}, ${formatPercent(1 - pace / usual.value)} faster than your usual ${formatPace(usual.value)}.`,
          ]
        : []),
    ],
  };
};
