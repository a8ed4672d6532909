import { centimetres, kilograms, toInches, toPounds } from '@runstrong/core';
import type { Units } from './onboarding-options';

/**
 * What the runner types, in their units, to and from the stored profile's kg and cm. The factors
 * are the core's own (`toPounds`, `toInches`, zod-free, so they cost the first screen nothing),
 * so the plan shows back exactly what was entered.
 */

const POUNDS_PER_KG = toPounds(kilograms(1));
const INCHES_PER_CM = toInches(centimetres(1));

/** Reads a typed number; a decimal comma is accepted (22,5). Empty or not a number: null. */
export const parseNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
};

/** At most `decimals` places, without trailing zeros: 44.10 → "44.1", 20.0 → "20". */
export const formatNumber = (n: number, decimals = 1): string =>
  String(Number(n.toFixed(decimals)));

/**
 * A mass typed in the runner's units, in kg: pounds become the roundest kg (to the tenth, else
 * the hundredth) that reads back as the pounds typed — 45 lb → 20.4 kg, 35 lb → 15.88 kg — so
 * saving the same form twice stores the same number.
 */
export const massToKg = (value: number, units: Units): number => {
  if (units === 'metric') return value;
  const kg = value / POUNDS_PER_KG;
  const typed = formatNumber(value, 1);
  const tenth = Number(kg.toFixed(1));
  return formatNumber(tenth * POUNDS_PER_KG, 1) === typed ? tenth : Number(kg.toFixed(2));
};

/** A stored kg mass as the runner reads it: kg as stored, pounds to one decimal. */
export const massFromKg = (kg: number, units: Units): string =>
  units === 'metric' ? formatNumber(kg, 2) : formatNumber(kg * POUNDS_PER_KG, 1);

/**
 * A box height typed in the runner's units, in whole centimetres. Inches round down, so A5's
 * 12–24 in boxes are 30–60 cm (24 in = 60.96 cm → 60), the range the coach uses for jumps, and
 * every whole inch comes back as the same inch (`heightFromCm`).
 */
export const heightToCm = (value: number, units: Units): number =>
  units === 'metric' ? value : Math.floor(value / INCHES_PER_CM + 1e-9);

/** A stored height as the runner reads it: cm, or the nearest inch (as the core prints it). */
export const heightFromCm = (cm: number, units: Units): string =>
  units === 'metric' ? formatNumber(cm, 1) : String(Math.round(cm * INCHES_PER_CM));

export const massUnit = (units: Units): string => (units === 'metric' ? 'kg' : 'lb');
export const heightUnit = (units: Units): string => (units === 'metric' ? 'cm' : 'in');

/** A typed mass moved to the other units; text that is not a number is left as typed. */
export const convertMassText = (text: string, from: Units, to: Units): string => {
  const value = parseNumber(text);
  if (value === null || from === to) return text;
  // Typed kg are shown to one decimal, like pounds: 35.3 lb → 16 kg, not 16.01.
  return to === 'metric' ? formatNumber(value / POUNDS_PER_KG, 1) : massFromKg(value, 'imperial');
};

/** A typed height moved to the other units; text that is not a number is left as typed. */
export const convertHeightText = (text: string, from: Units, to: Units): string => {
  const value = parseNumber(text);
  if (value === null || from === to) return text;
  return heightFromCm(heightToCm(value, from), to);
};
