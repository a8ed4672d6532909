import { centimetres, kilograms, toInches, toPounds } from '@runstrong/core';
import type {
  BandTension,
  Equipment,
  Injury,
  InjuryArea,
  InjuryStatus,
  ProfileDocument,
  Units,
} from './use-profile';

/**
 * The settings screen's pure parts: the export's file name, the equipment editor's text fields to
 * and from the stored profile (in the runner's units), and whether an edit changes the plan.
 */

/** `runstrong-export-2027-01-05.json`, dated by the runner's own calendar. */
export const exportFileName = (today: string): string => `runstrong-export-${today}.json`;

/** The calendar link for apps that open `webcal:` (Apple Calendar, Outlook): same URL. */
export const webcalUrl = (url: string): string => url.replace(/^https?:\/\//, 'webcal://');

// ---------------------------------------------------------------------------------------------
// Units

const POUNDS_PER_KG = toPounds(kilograms(1));
const INCHES_PER_CM = toInches(centimetres(1));

/** At most `decimals` places, without trailing zeros: 44.10 → "44.1", 20.0 → "20". */
const trim = (n: number, decimals: number): string => String(Number(n.toFixed(decimals)));

/** A stored mass as the runner reads it: kg as stored, pounds to one decimal. */
export const massText = (kg: number, units: Units): string =>
  units === 'metric' ? trim(kg, 2) : trim(kg * POUNDS_PER_KG, 1);

/** A mass typed in the runner's units, in kg to the hundredth (45 lb → 20.41 kg). */
export const massKg = (value: number, units: Units): number =>
  units === 'metric' ? value : Number((value / POUNDS_PER_KG).toFixed(2));

/** A stored height as the runner reads it: cm, or the nearest inch (as the plan prints it). */
export const heightText = (cm: number, units: Units): string =>
  units === 'metric' ? trim(cm, 1) : String(Math.round(cm * INCHES_PER_CM));

/**
 * A height typed in the runner's units, in whole centimetres. Inches round down (24 in → 60 cm),
 * so every whole inch reads back as the same inch.
 */
export const heightCm = (value: number, units: Units): number =>
  units === 'metric' ? Math.round(value) : Math.floor(value / INCHES_PER_CM + 1e-9);

/** A typed number: "22.5" or "22,5". Empty or not a number: null. */
export const parseNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
};

/**
 * A typed list of numbers, "12, 16, 20", separated by commas, semicolons or spaces (so a decimal
 * in a list takes a point: "7.5, 10").
 */
export const parseList = (text: string): number[] | null => {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  if (parts.length === 0) return null;
  const numbers = parts.map((part) => parseNumber(part));
  return numbers.every((n): n is number => n !== null) ? numbers : null;
};

// ---------------------------------------------------------------------------------------------
// The equipment editor

export interface EquipmentDraft {
  bands: BandTension[];
  /** The heaviest dumbbell; empty for none. */
  dumbbells: string;
  /** Kettlebell weights, comma separated; empty for none. */
  kettlebells: string;
  weightVest: string;
  /** Box heights, comma separated; empty for none. */
  box: string;
  pullUpBar: boolean;
  bench: boolean;
  barbell: boolean;
}

export type EquipmentField = 'dumbbells' | 'kettlebells' | 'weightVest' | 'box';

const BAND_ORDER: readonly BandTension[] = ['light', 'medium', 'heavy'];

/** The stored equipment as the editor's fields, in the runner's units. */
export const equipmentDraft = (equipment: Equipment | undefined, units: Units): EquipmentDraft => ({
  bands: BAND_ORDER.filter((band) => equipment?.bands?.includes(band)),
  dumbbells: equipment?.dumbbells ? massText(equipment.dumbbells.maxKg, units) : '',
  kettlebells: (equipment?.kettlebells?.kg ?? []).map((kg) => massText(kg, units)).join(', '),
  weightVest: equipment?.weightVest ? massText(equipment.weightVest.kg, units) : '',
  box: (equipment?.box?.heightsCm ?? []).map((cm) => heightText(cm, units)).join(', '),
  pullUpBar: equipment?.pullUpBar ?? false,
  bench: equipment?.bench ?? false,
  barbell: equipment?.barbell ?? false,
});

const convertList = (text: string, convert: (value: number) => string): string => {
  const values = parseList(text);
  return values ? values.map(convert).join(', ') : text;
};

/** The typed masses and heights moved to the other units; text that is not a number stays. */
export const convertDraft = (draft: EquipmentDraft, from: Units, to: Units): EquipmentDraft => {
  if (from === to) return draft;
  const mass = (value: number) => massText(massKg(value, from), to);
  const height = (value: number) => heightText(heightCm(value, from), to);
  const one = (text: string, convert: (value: number) => string) => {
    const value = parseNumber(text);
    return value === null ? text : convert(value);
  };
  return {
    ...draft,
    dumbbells: one(draft.dumbbells, mass),
    kettlebells: convertList(draft.kettlebells, mass),
    weightVest: one(draft.weightVest, mass),
    box: convertList(draft.box, height),
  };
};

export type DraftResult =
  | { ok: true; equipment: Equipment }
  | { ok: false; errors: Partial<Record<EquipmentField, string>> };

/**
 * The editor's fields as the profile's equipment, in kg and cm. A field that is not a number (or
 * a list of numbers) is named with what to type; ranges are the server's to check.
 */
export const equipmentFromDraft = (draft: EquipmentDraft, units: Units): DraftResult => {
  const errors: Partial<Record<EquipmentField, string>> = {};
  const mass = units === 'metric' ? 'kg' : 'lb';
  const height = units === 'metric' ? 'cm' : 'in';
  const single = (field: EquipmentField, example: string) => {
    if (draft[field].trim() === '') return undefined;
    const value = parseNumber(draft[field]);
    if (value === null || value <= 0) errors[field] = `Enter a weight in ${mass}, like ${example}.`;
    return value ?? undefined;
  };
  const list = (field: EquipmentField, message: string) => {
    if (draft[field].trim() === '') return undefined;
    const values = parseList(draft[field]);
    if (!values || values.some((v) => v <= 0)) errors[field] = message;
    return values ?? undefined;
  };
  const dumbbells = single('dumbbells', units === 'metric' ? '20' : '45');
  const weightVest = single('weightVest', units === 'metric' ? '10' : '20');
  const kettlebells = list(
    'kettlebells',
    `Enter weights in ${mass} separated by commas, like ${units === 'metric' ? '12, 16' : '26, 35'}.`,
  );
  const box = list(
    'box',
    `Enter heights in ${height} separated by commas, like ${units === 'metric' ? '30, 45' : '12, 18'}.`,
  );
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    equipment: {
      bands: [...draft.bands],
      ...(dumbbells !== undefined ? { dumbbells: { maxKg: massKg(dumbbells, units) } } : {}),
      ...(kettlebells ? { kettlebells: { kg: kettlebells.map((v) => massKg(v, units)) } } : {}),
      ...(weightVest !== undefined ? { weightVest: { kg: massKg(weightVest, units) } } : {}),
      ...(box ? { box: { heightsCm: box.map((v) => heightCm(v, units)) } } : {}),
      pullUpBar: draft.pullUpBar,
      bench: draft.bench,
      barbell: draft.barbell,
    },
  };
};

/**
 * Which editor field a problem from the server belongs to, by its path
 * ("equipment.kettlebells.kg[0]" → kettlebells); undefined for the rest of the profile.
 */
export const fieldOfProblem = (path: string): EquipmentField | 'injuries' | undefined => {
  if (path.startsWith('equipment.dumbbells')) return 'dumbbells';
  if (path.startsWith('equipment.kettlebells')) return 'kettlebells';
  if (path.startsWith('equipment.weightVest')) return 'weightVest';
  if (path.startsWith('equipment.box')) return 'box';
  if (path.startsWith('injuries')) return 'injuries';
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Injuries

export const INJURY_AREAS: readonly { area: InjuryArea; label: string }[] = [
  { area: 'achilles', label: 'Achilles' },
  { area: 'it-band', label: 'IT band' },
  { area: 'knee', label: 'Knee' },
  { area: 'shin', label: 'Shins' },
  { area: 'plantar-fascia', label: 'Plantar fascia' },
  { area: 'hamstring', label: 'Hamstrings' },
];

export type InjuryChoice = 'none' | InjuryStatus;

/** Each area's status in the stored list, "none" when it is not there. */
export const injuryChoices = (injuries: readonly Injury[] | undefined) =>
  Object.fromEntries(
    INJURY_AREAS.map(({ area }) => [
      area,
      injuries?.find((injury) => injury.area === area)?.status ?? 'none',
    ]),
  ) as Record<InjuryArea, InjuryChoice>;

/** The choices as the profile's list, in the catalogue's order of areas. */
export const injuriesFromChoices = (choices: Record<InjuryArea, InjuryChoice>): Injury[] =>
  INJURY_AREAS.flatMap(({ area }) => {
    const status = choices[area];
    return status === 'none' ? [] : [{ area, status }];
  });

// ---------------------------------------------------------------------------------------------
// Does the plan change?

const normalEquipment = (equipment: Equipment | undefined) => {
  const e = equipment ?? {};
  return JSON.stringify([
    BAND_ORDER.filter((band) => e.bands?.includes(band)),
    e.dumbbells?.maxKg ?? null,
    [...(e.kettlebells?.kg ?? [])].sort((a, b) => a - b),
    e.weightVest?.kg ?? null,
    [...(e.box?.heightsCm ?? [])].sort((a, b) => a - b),
    e.pullUpBar ?? false,
    e.bench ?? false,
    e.barbell ?? false,
  ]);
};

const normalInjuries = (injuries: readonly Injury[] | undefined) =>
  JSON.stringify(
    [...(injuries ?? [])]
      .map((i) => `${i.area}:${i.status}`)
      .sort((a, b) => a.localeCompare(b, 'en')),
  );

/**
 * Whether an edit changes what the coach prescribes, so regenerating the weeks ahead is worth
 * offering: equipment or injuries did. Units alone change only how loads are written.
 */
export const changesThePlan = (before: ProfileDocument, after: ProfileDocument): boolean =>
  normalEquipment(before.equipment) !== normalEquipment(after.equipment) ||
  normalInjuries(before.injuries) !== normalInjuries(after.injuries);
