/**
 * Units live in types. A plain `number` could be kilograms or pounds, seconds or minutes;
 * branding makes the compiler catch a mix-up at the boundary where it would happen.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Kilograms = Brand<number, 'Kilograms'>;
export type Centimetres = Brand<number, 'Centimetres'>;
export type Seconds = Brand<number, 'Seconds'>;
export type Minutes = Brand<number, 'Minutes'>;

export const kilograms = (n: number): Kilograms => n as Kilograms;
export const centimetres = (n: number): Centimetres => n as Centimetres;
export const seconds = (n: number): Seconds => n as Seconds;
export const minutes = (n: number): Minutes => n as Minutes;

const POUNDS_PER_KILOGRAM = 2.2046226218;
const CENTIMETRES_PER_INCH = 2.54;

export const toPounds = (kg: Kilograms): number => kg * POUNDS_PER_KILOGRAM;
export const toInches = (cm: Centimetres): number => cm / CENTIMETRES_PER_INCH;
