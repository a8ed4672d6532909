import type {
  BandTension,
  Experience,
  InjuryArea,
  RunDayType,
  RunnerProfileInput,
  Weekday,
} from '@runstrong/core';
import { nextMonday } from './dates';
import {
  convertHeightText,
  convertMassText,
  heightFromCm,
  heightToCm,
  massFromKg,
  massToKg,
  massUnit,
  parseNumber,
} from './draft-units';
import {
  BAND_OPTIONS,
  DAYS,
  EXPERIENCE_OPTIONS,
  INJURY_AREA_OPTIONS,
  type InjuryChoice,
  RACE_DISTANCE_OPTIONS,
  type RaceDistance,
  RUN_TYPES,
  type Units,
} from './onboarding-options';

/**
 * What the form holds while the runner types: numbers as the text typed (in their units), so
 * nothing they type is lost or rewritten under their cursor. `draftToProfile` turns it into the
 * stored profile JSON (always kg and cm), `draftFromProfile` turns a saved profile back into it.
 */
export interface ProfileDraft {
  units: Units;
  runningWeek: Record<Weekday, RunDayType>;
  unavailable: Record<Weekday, boolean>;
  /** Build to a race day, or for a number of weeks. */
  goal: 'race' | 'weeks';
  race: { date: string; distance: RaceDistance; name: string };
  weeks: string;
  startDate: string;
  experience: Experience;
  sessionsPerWeek: 1 | 2 | 3;
  minutesPerSession: string;
  equipment: EquipmentDraft;
  injuries: Record<InjuryArea, InjuryChoice>;
  /** A built-in programme id, or '' for the default build. */
  program: string;
  /** Fields of a saved profile this form does not edit: saved back as they were. */
  kept: KeptFields;
}

export interface EquipmentDraft {
  bands: BandTension[];
  /** The heaviest dumbbell, in the runner's units; empty when they have none. */
  dumbbellsMax: string;
  kettlebells: string[];
  weightVest: string;
  boxHeights: string[];
  pullUpBar: boolean;
  bench: boolean;
  barbell: boolean;
}

type KeptFields = Pick<
  RunnerProfileInput,
  'name' | 'weeklyRunningKm' | 'calfRaiseTest' | 'settings'
>;
const KEPT_KEYS = ['name', 'weeklyRunningKm', 'calfRaiseTest', 'settings'] as const;

/** Something the runner must fix, at the profile path it concerns, in plain words. */
export interface DraftProblem {
  path: string;
  message: string;
}

export const DEFAULT_WEEKS = 12;
export const DEFAULT_SESSIONS = 2;
export const DEFAULT_MINUTES = 35;
const MAX_KG = 200;
const MIN_BOX_CM = 10;
const MAX_BOX_CM = 120;

/** A common week to start from: two quality days, a Sunday long run. */
const DEFAULT_RUNNING_WEEK: Record<Weekday, RunDayType> = {
  mon: 'rest',
  tue: 'quality',
  wed: 'easy',
  thu: 'quality',
  fri: 'rest',
  sat: 'easy',
  sun: 'long',
};

const noDays = (): Record<Weekday, boolean> =>
  Object.fromEntries(DAYS.map((d) => [d.value, false])) as Record<Weekday, boolean>;

const noInjuries = (): Record<InjuryArea, InjuryChoice> =>
  Object.fromEntries(INJURY_AREA_OPTIONS.map((a) => [a.value, 'none'])) as Record<
    InjuryArea,
    InjuryChoice
  >;

/** Pounds and inches where the browser's language says so (the United States, Liberia, Myanmar). */
export const guessUnits = (language: string | undefined): Units =>
  /^(en-US|en-LR|my)(-|$)/i.test(language ?? '') ? 'imperial' : 'metric';

/** A blank form for a new runner, `today` being their local date. */
export const defaultDraft = (today: string, units: Units = 'metric'): ProfileDraft => ({
  units,
  runningWeek: { ...DEFAULT_RUNNING_WEEK },
  unavailable: noDays(),
  goal: 'weeks',
  race: { date: '', distance: 'half-marathon', name: '' },
  weeks: String(DEFAULT_WEEKS),
  startDate: nextMonday(today),
  experience: 'novice',
  sessionsPerWeek: DEFAULT_SESSIONS,
  minutesPerSession: String(DEFAULT_MINUTES),
  equipment: {
    bands: [],
    dumbbellsMax: '',
    kettlebells: [],
    weightVest: '',
    boxHeights: [],
    pullUpBar: false,
    bench: false,
    barbell: false,
  },
  injuries: noInjuries(),
  program: '',
  kept: {},
});

// ---------------------------------------------------------------------------------------------
// Draft → profile

const wholeNumber = (
  text: string,
  path: string,
  min: number,
  max: number,
  what: string,
  problems: DraftProblem[],
): number | undefined => {
  const value = parseNumber(text);
  if (value === null || !Number.isInteger(value)) {
    problems.push({
      path,
      message:
        text.trim() === ''
          ? `Enter ${what}, from ${min} to ${max}.`
          : `Enter ${what} as a whole number from ${min} to ${max}.`,
    });
    return undefined;
  }
  if (value < min || value > max) {
    problems.push({ path, message: `${value} is out of range: from ${min} to ${max}.` });
    return undefined;
  }
  return value;
};

/** An optional mass in the runner's units, in kg; empty is "none". */
const mass = (
  text: string,
  path: string,
  units: Units,
  problems: DraftProblem[],
): number | undefined => {
  if (text.trim() === '') return undefined;
  const value = parseNumber(text);
  const unit = massUnit(units);
  const most = massFromKg(MAX_KG, units).replace(/\..*/, '');
  if (value === null) {
    problems.push({ path, message: `Enter a weight in ${unit}, such as 20, or leave it empty.` });
    return undefined;
  }
  const kg = massToKg(value, units);
  if (value <= 0 || kg > MAX_KG) {
    problems.push({ path, message: `Enter a weight above 0 and at most ${most} ${unit}.` });
    return undefined;
  }
  return kg;
};

const boxHeight = (
  text: string,
  path: string,
  units: Units,
  problems: DraftProblem[],
): number | undefined => {
  const value = parseNumber(text);
  const least = heightFromCm(MIN_BOX_CM, units);
  const most = heightFromCm(MAX_BOX_CM - 1, units);
  const range = units === 'metric' ? `${MIN_BOX_CM}–${MAX_BOX_CM} cm` : `${least}–${most} in`;
  if (value === null) {
    problems.push({ path, message: `Enter a height of ${range}, or remove this box.` });
    return undefined;
  }
  if (units === 'metric' && !Number.isInteger(value)) {
    problems.push({ path, message: 'Enter the height in whole centimetres, such as 45.' });
    return undefined;
  }
  const cm = heightToCm(value, units);
  if (cm < MIN_BOX_CM || cm > MAX_BOX_CM) {
    problems.push({ path, message: `${text.trim()} is out of range: ${range}.` });
    return undefined;
  }
  return cm;
};

/** The profile JSON as the form stands (version 1, kg and cm), and what stops it from being saved. */
export const draftToProfile = (
  draft: ProfileDraft,
): { profile: RunnerProfileInput; problems: DraftProblem[] } => {
  const problems: DraftProblem[] = [];
  const { equipment: e, units } = draft;

  if (draft.startDate === '')
    problems.push({ path: 'startDate', message: 'Enter the first day of the plan.' });

  let span: Pick<RunnerProfileInput, 'weeks' | 'race'>;
  if (draft.goal === 'race') {
    if (draft.race.date === '')
      problems.push({ path: 'race.date', message: 'Enter the date of your race.' });
    const name = draft.race.name.trim();
    span = {
      race: {
        date: draft.race.date,
        distance: draft.race.distance,
        ...(name ? { name } : {}),
      },
    };
  } else {
    const weeks = wholeNumber(draft.weeks, 'weeks', 1, 52, 'a number of weeks', problems);
    span = weeks === undefined ? {} : { weeks };
  }

  const minutes = wholeNumber(
    draft.minutesPerSession,
    'minutesPerSession',
    20,
    120,
    'the minutes you have',
    problems,
  );
  const dumbbells = mass(e.dumbbellsMax, 'equipment.dumbbells.maxKg', units, problems);
  const vest = mass(e.weightVest, 'equipment.weightVest.kg', units, problems);
  const kettlebells = e.kettlebells.flatMap((text, i) => {
    if (text.trim() === '') return [];
    const kg = mass(text, `equipment.kettlebells.kg[${i}]`, units, problems);
    return kg === undefined ? [] : [kg];
  });
  const boxes = e.boxHeights.flatMap((text, i) => {
    if (text.trim() === '') return [];
    const cm = boxHeight(text, `equipment.box.heightsCm[${i}]`, units, problems);
    return cm === undefined ? [] : [cm];
  });

  const profile: RunnerProfileInput = {
    version: 1,
    ...draft.kept,
    startDate: draft.startDate,
    ...span,
    experience: draft.experience,
    units,
    sessionsPerWeek: draft.sessionsPerWeek,
    ...(minutes === undefined ? {} : { minutesPerSession: minutes }),
    runningWeek: { ...draft.runningWeek },
    unavailableDays: DAYS.map((d) => d.value).filter((day) => draft.unavailable[day]),
    equipment: {
      bands: BAND_OPTIONS.map((b) => b.value).filter((t) => e.bands.includes(t)),
      ...(dumbbells === undefined ? {} : { dumbbells: { maxKg: dumbbells } }),
      ...(kettlebells.length === 0 ? {} : { kettlebells: { kg: sortedUnique(kettlebells) } }),
      ...(vest === undefined ? {} : { weightVest: { kg: vest } }),
      ...(boxes.length === 0 ? {} : { box: { heightsCm: sortedUnique(boxes) } }),
      pullUpBar: e.pullUpBar,
      bench: e.bench,
      barbell: e.barbell,
    },
    injuries: INJURY_AREA_OPTIONS.flatMap(({ value: area }) => {
      const status = draft.injuries[area];
      return status === 'none' ? [] : [{ area, status }];
    }),
    ...(draft.program ? { program: draft.program } : {}),
  };
  return { profile, problems };
};

const sortedUnique = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);

// ---------------------------------------------------------------------------------------------
// Profile → draft

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(
  options: readonly { value: T }[],
  value: unknown,
  fallback: T,
): T => options.find((o) => o.value === value)?.value ?? fallback;

const numbersIn = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];

const kgOf = (value: unknown): number | undefined =>
  isRecord(value) && typeof value.kg === 'number' ? value.kg : undefined;

/**
 * A saved profile (as `GET /api/profile` returns it) back into the form, in its own units. The
 * server has validated it; anything missing or odd falls back to the blank form's value.
 */
export const draftFromProfile = (saved: unknown, today: string): ProfileDraft => {
  const base = defaultDraft(today);
  if (!isRecord(saved)) return base;
  const units: Units = saved.units === 'imperial' ? 'imperial' : 'metric';
  const week = isRecord(saved.runningWeek) ? saved.runningWeek : {};
  const unavailable = Array.isArray(saved.unavailableDays) ? saved.unavailableDays : [];
  const race = isRecord(saved.race) ? saved.race : undefined;
  const eq = isRecord(saved.equipment) ? saved.equipment : {};
  const injuries = Array.isArray(saved.injuries) ? saved.injuries.filter(isRecord) : [];
  const sessions = saved.sessionsPerWeek;
  const kept: KeptFields = {};
  for (const key of KEPT_KEYS) {
    if (saved[key] !== undefined) Object.assign(kept, { [key]: saved[key] });
  }
  const dumbbells = isRecord(eq.dumbbells) ? eq.dumbbells.maxKg : undefined;
  const vestKg = kgOf(eq.weightVest);

  return {
    units,
    runningWeek: Object.fromEntries(
      DAYS.map(({ value: day }) => [day, oneOf(RUN_TYPES, week[day], 'rest')]),
    ) as Record<Weekday, RunDayType>,
    unavailable: Object.fromEntries(
      DAYS.map(({ value: day }) => [day, unavailable.includes(day)]),
    ) as Record<Weekday, boolean>,
    goal: race ? 'race' : 'weeks',
    race: {
      date: typeof race?.date === 'string' ? race.date : '',
      distance: oneOf(RACE_DISTANCE_OPTIONS, race?.distance, base.race.distance),
      name: typeof race?.name === 'string' ? race.name : '',
    },
    weeks: typeof saved.weeks === 'number' ? String(saved.weeks) : base.weeks,
    startDate: typeof saved.startDate === 'string' ? saved.startDate : base.startDate,
    experience: oneOf(EXPERIENCE_OPTIONS, saved.experience, base.experience),
    sessionsPerWeek: sessions === 1 || sessions === 2 || sessions === 3 ? sessions : 2,
    minutesPerSession:
      typeof saved.minutesPerSession === 'number'
        ? String(saved.minutesPerSession)
        : base.minutesPerSession,
    equipment: {
      bands: BAND_OPTIONS.map((b) => b.value).filter(
        (t) => Array.isArray(eq.bands) && eq.bands.includes(t),
      ),
      dumbbellsMax: typeof dumbbells === 'number' ? massFromKg(dumbbells, units) : '',
      kettlebells: numbersIn(isRecord(eq.kettlebells) ? eq.kettlebells.kg : undefined).map((kg) =>
        massFromKg(kg, units),
      ),
      weightVest: vestKg === undefined ? '' : massFromKg(vestKg, units),
      boxHeights: numbersIn(isRecord(eq.box) ? eq.box.heightsCm : undefined).map((cm) =>
        heightFromCm(cm, units),
      ),
      pullUpBar: eq.pullUpBar === true,
      bench: eq.bench === true,
      barbell: eq.barbell === true,
    },
    injuries: Object.fromEntries(
      INJURY_AREA_OPTIONS.map(({ value: area }) => {
        const status = injuries.find((i) => i.area === area)?.status;
        return [area, status === 'history' || status === 'current' ? status : 'none'];
      }),
    ) as Record<InjuryArea, InjuryChoice>,
    program: typeof saved.program === 'string' ? saved.program : '',
    kept,
  };
};

// ---------------------------------------------------------------------------------------------
// Units

/** The same draft in other units: every typed weight and height is converted, not lost. */
export const withUnits = (draft: ProfileDraft, units: Units): ProfileDraft => {
  if (units === draft.units) return draft;
  const from = draft.units;
  const e = draft.equipment;
  return {
    ...draft,
    units,
    equipment: {
      ...e,
      dumbbellsMax: convertMassText(e.dumbbellsMax, from, units),
      kettlebells: e.kettlebells.map((t) => convertMassText(t, from, units)),
      weightVest: convertMassText(e.weightVest, from, units),
      boxHeights: e.boxHeights.map((t) => convertHeightText(t, from, units)),
    },
  };
};
