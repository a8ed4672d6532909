import type { Decision } from '@runstrong/core';

/** [1, 2, 3, 5, 7, 8] → "weeks 1–3, 5, 7–8"; a decision with no weeks applies to the whole plan. */
export const formatWeeks = (weeks: readonly number[]): string => {
  if (weeks.length === 0) return 'whole plan';
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0] as number;
  let previous = start;
  for (const week of [...sorted.slice(1), Number.NaN]) {
    if (week === previous + 1) {
      previous = week;
      continue;
    }
    runs.push(start === previous ? String(start) : `${start}–${previous}`);
    start = week;
    previous = week;
  }
  return `${sorted.length === 1 ? 'week' : 'weeks'} ${runs.join(', ')}`;
};

/** "**B5**, relaxed B7 (weeks 3–4): message" with the rule first, as SPEC.md numbers them. */
export const formatDecision = (decision: Decision): string => {
  const relaxed = decision.relaxed ? `, relaxed ${decision.relaxed}` : '';
  const kind = decision.kind === 'placed' ? '' : `${decision.kind}; `;
  return `**${decision.rule}**${relaxed} (${kind}${formatWeeks(decision.weeks)}): ${decision.message}`;
};
