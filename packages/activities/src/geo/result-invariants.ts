import type { Activity, ImportProblemCode, ParseResult } from '../activity';

const CODES: ReadonlySet<ImportProblemCode> = new Set([
  'truncated',
  'corrupted',
  'not-an-activity',
  'unsupported-format',
  'unsafe-xml',
  'too-large',
  'empty',
]);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const finiteOrNull = (value: number | null, min: number): boolean =>
  value === null || (Number.isFinite(value) && value >= min);

function activityViolations(a: Activity): string[] {
  const bad: string[] = [];
  if (a.start !== null && (!ISO_WITH_OFFSET.test(a.start) || Number.isNaN(Date.parse(a.start)))) {
    bad.push(`start ${a.start} is not ISO-8601 with an offset`);
  }
  if (!Number.isFinite(a.elapsedSeconds) || a.elapsedSeconds < 0) bad.push('elapsed not ≥ 0');
  if (!finiteOrNull(a.movingSeconds, 0)) bad.push('moving not ≥ 0');
  if (a.movingSeconds !== null && a.movingSeconds > a.elapsedSeconds + 0.001) {
    bad.push(`moving ${a.movingSeconds} > elapsed ${a.elapsedSeconds}`);
  }
  if (!finiteOrNull(a.distanceMeters, 0)) bad.push('distance not ≥ 0');
  if (!finiteOrNull(a.elevationGainMeters, 0)) bad.push('elevation gain not ≥ 0');
  for (const hr of [a.avgHeartRate, a.maxHeartRate]) {
    if (hr !== null && !(Number.isInteger(hr) && hr > 0 && hr < 260)) bad.push(`heart rate ${hr}`);
  }
  if (a.avgHeartRate !== null && a.maxHeartRate !== null && a.avgHeartRate > a.maxHeartRate) {
    bad.push('average heart rate above maximum');
  }
  for (const lap of a.laps) {
    if (!Number.isFinite(lap.elapsedSeconds) || lap.elapsedSeconds < 0) bad.push('lap elapsed');
    if (!finiteOrNull(lap.movingSeconds, 0) || !finiteOrNull(lap.distanceMeters, 0))
      bad.push('lap value');
  }
  return bad;
}

/**
 * What every ParseResult must satisfy, whatever the input: known problem codes, and activities
 * whose numbers are finite, non-negative and consistent. Empty when all is well. Used by the
 * fuzz tests; cheap enough to assert in production too.
 */
export function resultViolations(result: ParseResult): string[] {
  const bad: string[] = [];
  if (!Array.isArray(result.activities) || !Array.isArray(result.problems))
    return ['not a ParseResult'];
  if (result.activities.length === 0 && result.problems.length === 0)
    bad.push('neither activities nor problems');
  for (const p of result.problems) {
    if (!CODES.has(p.code)) bad.push(`unknown problem code ${p.code}`);
    if (p.message === '') bad.push('problem without message');
  }
  for (const a of result.activities)
    bad.push(...activityViolations(a).map((v) => `${a.indexInFile}: ${v}`));
  return bad;
}
