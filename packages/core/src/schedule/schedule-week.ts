import { addDays, daysBetween, type IsoDate, weekdayOf } from '../calendar/iso-date';
import { WEEKDAY_NAMES, type Weekday } from '../calendar/weekday';
import type { Experience } from '../catalogue/exercise.schema';
import type { DayReason } from '../plan/decision';
import type { RuleId } from '../plan/rule-id';
import type { RunDayType } from '../profile/profile.schema';

export interface ScheduleWeekInput {
  /** The week's dates in order; fewer than seven when the plan ends on race day. */
  dates: readonly IsoDate[];
  /** The run planned on any date, including days just outside the week. */
  runOn: (date: IsoDate) => RunDayType;
  isAvailable: (date: IsoDate) => boolean;
  sessions: number;
  experience: Experience;
  /** Heavy lower-body sessions obey B5 and B7; race-week activation does not. */
  heavy: boolean;
  /** Strength sessions already fixed around this week (the previous week's last one, say). */
  neighbours: readonly IsoDate[];
  raceDate?: IsoDate;
  /**
   * Whether to keep the pattern repeatable: a Sunday session followed by a Monday one would
   * break A1 across the week boundary, so such a pattern is heavily penalised.
   */
  repeating: boolean;
  /** A fixed programme's own days (the sample week's Monday, Wednesday, Friday). */
  preferredWeekdays?: readonly Weekday[];
}

export interface RelaxedRule {
  rule: RuleId;
  date: IsoDate;
  message: string;
}

export interface ScheduleWeekResult {
  dates: IsoDate[];
  /** Soft rules the chosen days could not keep. */
  relaxed: RelaxedRule[];
  /** Sessions that did not fit under the hard rules, with the reason. */
  dropped: { count: number; message: string } | null;
  reasons: Map<IsoDate, DayReason[]>;
}

/** The rules a day can break outright: these are never relaxed (SPEC's fallback order). */
const hardBlocks = (input: ScheduleWeekInput, date: IsoDate): DayReason[] => {
  const blocks: DayReason[] = [];
  if (!input.isAvailable(date)) {
    blocks.push({ message: `${WEEKDAY_NAMES[weekdayOf(date)]} is marked unavailable` });
  }
  const tomorrow = input.runOn(addDays(date, 1));
  if (tomorrow === 'long') {
    blocks.push({ rule: 'A2', message: 'No strength the day before the long run' });
  } else if (tomorrow === 'race') {
    blocks.push({ rule: 'A2', message: 'No strength the day before a race' });
  }
  if (input.raceDate) {
    const daysToRace = daysBetween(date, input.raceDate);
    if (daysToRace >= 0 && daysToRace <= 2) {
      blocks.push({ rule: 'B12', message: 'Nothing in the last 48 hours before the goal race' });
    }
  }
  if (input.runOn(date) === 'race') {
    blocks.push({ rule: 'B12', message: 'Race day: no strength session' });
  }
  return blocks;
};

interface SoftCost {
  cost: number;
  rule: RuleId;
  message: string;
}

/** Weights are a design choice: they rank preferences, the rules themselves come from SPEC. */
const softCosts = (input: ScheduleWeekInput, date: IsoDate): SoftCost[] => {
  const costs: SoftCost[] = [];
  const preferred = input.preferredWeekdays;
  if (preferred && !preferred.includes(weekdayOf(date))) {
    costs.push({ cost: 10, rule: 'A3', message: `not one of the programme's own days` });
  }
  if (!input.heavy) return costs;
  const run = input.runOn(date);
  const yesterday = input.runOn(addDays(date, -1));
  const tomorrow = input.runOn(addDays(date, 1));
  if (run !== 'quality') {
    costs.push({
      cost: run === 'long' ? 2 : 3,
      rule: 'B5',
      message: `heavy legs on a ${run} day rather than a quality-run day (hard days hard)`,
    });
  }
  if (yesterday === 'quality' && tomorrow === 'quality') {
    costs.push({
      cost: 6,
      rule: 'B5',
      message: 'heavy legs on the recovery day between two quality days',
    });
  }
  if (yesterday === 'long') {
    costs.push({ cost: 6, rule: 'B5', message: 'heavy legs the day after the long run' });
  }
  if (tomorrow === 'quality') {
    costs.push({ cost: 5, rule: 'B7', message: 'a quality run within 24 h after heavy legs' });
  } else if (input.experience === 'novice' && input.runOn(addDays(date, 2)) === 'quality') {
    costs.push({
      cost: 4,
      rule: 'B7',
      message: 'a quality run within 48 h after heavy legs (novice)',
    });
  }
  return costs;
};

const combinations = <T>(items: readonly T[], size: number): T[][] => {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
};

/** A1 and B8: strength sessions at least two calendar days (48 h) apart. */
const spacedApart = (dates: readonly IsoDate[]): boolean =>
  dates.every((a, i) => dates.every((b, j) => i === j || Math.abs(daysBetween(a, b)) >= 2));

const WRAP_PENALTY = 50;

/** Prefers sessions spread over the week: Monday/Thursday over Monday/Wednesday (A1's example). */
const spreadCost = (dates: readonly IsoDate[], repeating: boolean): number => {
  if (dates.length < 2) return 0;
  const first = dates[0] as IsoDate;
  const offsets = dates.map((d) => daysBetween(first, d));
  const gaps = offsets.slice(1).map((o, i) => o - (offsets[i] as number));
  gaps.push(7 - (offsets.at(-1) as number));
  const wrapCost = repeating && (gaps.at(-1) as number) < 2 ? WRAP_PENALTY : 0;
  return wrapCost + gaps.reduce((sum, gap) => sum + Math.max(0, 3 - gap), 0);
};

/**
 * Chooses the strength days of one week. A1, A2, B8, B12 and the runner's unavailable days are
 * hard: a session that cannot be placed under them is dropped and said so. B5 and B7 are soft:
 * every combination of free days is scored and the cheapest wins, ties going to earlier days,
 * so the same week always gets the same days.
 */
export const scheduleWeek = (input: ScheduleWeekInput): ScheduleWeekResult => {
  const reasons = new Map<IsoDate, DayReason[]>();
  const free: IsoDate[] = [];
  for (const date of input.dates) {
    const blocks = hardBlocks(input, date);
    const tooClose = input.neighbours.some((n) => Math.abs(daysBetween(n, date)) < 2);
    if (tooClose) {
      blocks.push({
        rule: 'A1',
        message: 'Too close to another strength session (48 h apart, B8)',
      });
    }
    reasons.set(date, blocks);
    if (blocks.length === 0) free.push(date);
  }

  // Each free day's soft costs do not depend on the other days chosen: score them once.
  const costOf = new Map(
    free.map((date) => {
      const costs = softCosts(input, date);
      return [date, { total: costs.reduce((sum, c) => sum + c.cost, 0), costs }] as const;
    }),
  );
  for (let count = Math.min(input.sessions, free.length); count >= 0; count--) {
    let best: { dates: IsoDate[]; cost: number } | null = null;
    for (const dates of combinations(free, count)) {
      if (!spacedApart(dates)) continue;
      const cost =
        dates.reduce((sum, date) => sum + (costOf.get(date)?.total ?? 0), 0) +
        spreadCost(dates, input.repeating);
      if (best === null || cost < best.cost) best = { dates, cost };
    }
    if (best === null) continue;
    const relaxed = best.dates.flatMap((date) =>
      (costOf.get(date)?.costs ?? []).map(({ rule, message }) => ({ rule, date, message })),
    );
    for (const date of best.dates) {
      (reasons.get(date) as DayReason[]).push(...placementReasons(input, date));
    }
    const missing = input.sessions - count;
    return {
      dates: best.dates,
      relaxed,
      dropped:
        missing > 0
          ? {
              count: missing,
              message: `only ${count} of ${input.sessions} sessions fit on non-consecutive free days that are not the day before a long run or race (A1, A2, B8)`,
            }
          : null,
      reasons,
    };
  }
  return { dates: [], relaxed: [], dropped: null, reasons };
};

const placementReasons = (input: ScheduleWeekInput, date: IsoDate): DayReason[] => {
  const run = input.runOn(date);
  if (!input.heavy) {
    return [{ rule: 'A1', message: 'Light session on a free day, 48 h from other strength work' }];
  }
  if (run === 'quality') {
    return [
      {
        rule: 'B5',
        message: 'Quality-run day: lift after the run so hard days stay hard and easy days easy',
      },
    ];
  }
  return [{ rule: 'A1', message: `Strength on a ${run} day, 48 h from other strength work` }];
};
