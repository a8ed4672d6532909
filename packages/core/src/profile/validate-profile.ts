import { addDays, daysBetween, type IsoDate } from '../calendar/iso-date';
import { WEEKDAYS } from '../calendar/weekday';
import { PROGRAMME_IDS } from '../programmes/registry';
import { fail, ok, type Result } from '../result';
import { type InputProblem, problemsFromZod } from './input-problem';
import {
  MAX_PLAN_WEEKS,
  MIN_PLAN_WEEKS,
  type RunnerProfile,
  runnerProfileSchema,
} from './profile.schema';

/** The calendar a plan covers, settled once from `weeks` or the race date. */
export interface PlanSpan {
  startDate: IsoDate;
  weeks: number;
  /** The last day of the plan: race day when there is a race. */
  endDate: IsoDate;
  raceDate?: IsoDate;
}

export const planSpanOf = (profile: RunnerProfile): PlanSpan => {
  if (profile.race) {
    const weeks = Math.floor(daysBetween(profile.startDate, profile.race.date) / 7) + 1;
    return {
      startDate: profile.startDate,
      weeks,
      endDate: profile.race.date,
      raceDate: profile.race.date,
    };
  }
  const weeks = profile.weeks ?? MIN_PLAN_WEEKS;
  return {
    startDate: profile.startDate,
    weeks,
    endDate: addDays(profile.startDate, weeks * 7 - 1),
  };
};

/**
 * Parses a profile from untrusted JSON and checks what a schema alone cannot: that the dates
 * agree, that some day is free for strength, that the programme exists. Every problem found is
 * reported at once, so a runner fixes their file in one go.
 */
export const validateProfile = (input: unknown): Result<RunnerProfile, InputProblem[]> => {
  const parsed = runnerProfileSchema.safeParse(input);
  if (!parsed.success) return fail(problemsFromZod(parsed.error, input, runnerProfileSchema));
  const profile = parsed.data;
  const problems = [...checkSpan(profile), ...checkDays(profile), ...checkProgramme(profile)];
  return problems.length > 0 ? fail(problems) : ok(profile);
};

const checkSpan = (profile: RunnerProfile): InputProblem[] => {
  const { race, weeks, startDate } = profile;
  if (!race) {
    return weeks === undefined
      ? [
          {
            code: 'missing-field',
            path: 'weeks',
            value: undefined,
            message: 'is required when no race is given',
            accepted: `a whole number of weeks from ${MIN_PLAN_WEEKS} to ${MAX_PLAN_WEEKS}, or a race`,
          },
        ]
      : [];
  }
  const daysToRace = daysBetween(startDate, race.date);
  if (daysToRace <= 0) {
    return [
      {
        code: 'race-before-start',
        path: 'race.date',
        value: race.date,
        message: `${race.date} is not after the start date ${startDate}`,
        accepted: `a date after ${startDate}`,
      },
    ];
  }
  const spanWeeks = Math.floor(daysToRace / 7) + 1;
  if (spanWeeks > MAX_PLAN_WEEKS) {
    return [
      {
        code: 'out-of-range',
        path: 'race.date',
        value: race.date,
        message: `${race.date} is ${spanWeeks} weeks away; a plan covers at most ${MAX_PLAN_WEEKS}`,
        accepted: `a date up to ${addDays(startDate, MAX_PLAN_WEEKS * 7 - 1)}, or a later start date`,
      },
    ];
  }
  if (weeks !== undefined && weeks !== spanWeeks) {
    return [
      {
        code: 'weeks-disagree-with-race',
        path: 'weeks',
        value: weeks,
        message: `${weeks} weeks disagrees with the race on ${race.date}, in week ${spanWeeks} of a plan starting ${startDate}`,
        accepted: `${spanWeeks}, or leave weeks out to run the plan to race day`,
      },
    ];
  }
  return [];
};

const checkDays = (profile: RunnerProfile): InputProblem[] => {
  const unavailable = new Set(profile.unavailableDays);
  if (WEEKDAYS.every((day) => unavailable.has(day))) {
    return [
      {
        code: 'no-free-day',
        path: 'unavailableDays',
        value: profile.unavailableDays,
        message: 'every day of the week is unavailable, so no strength session can be placed',
        accepted: 'at most six weekdays',
      },
    ];
  }
  return [];
};

const checkProgramme = (profile: RunnerProfile): InputProblem[] => {
  if (profile.program === undefined || PROGRAMME_IDS.includes(profile.program)) return [];
  return [
    {
      code: 'unknown-programme',
      path: 'program',
      value: profile.program,
      message: `"${profile.program}" is not a built-in programme`,
      accepted: `one of ${PROGRAMME_IDS.join(', ')}`,
    },
  ];
};
