import type { DayExplanation } from '@runstrong/core';
import { longDate } from '@runstrong/core';

/** `explain` output: the day, then what is planned, then every reason with its rule id. */
export const renderDayExplanation = (day: DayExplanation, totalWeeks: number): string => {
  const lines = [
    `${longDate(day.date)} (${day.date})`,
    `Week ${day.week} of ${totalWeeks}, ${day.phase} phase`,
    `Run: ${day.run}`,
    '',
  ];
  if (day.sessions.length === 0) {
    lines.push('No strength session');
  } else {
    lines.push('Sessions:');
    for (const s of day.sessions)
      lines.push(`  - ${s.title} (${s.kind}, about ${s.estimatedMinutes} min)`);
  }
  lines.push('', 'Why this day:');
  lines.push(
    ...(day.reasons.length > 0 ? day.reasons : ['(no day-specific reason recorded)']).map(
      (r) => `  - ${r}`,
    ),
  );
  lines.push('', 'Plan decisions that apply:');
  lines.push(...(day.decisions.length > 0 ? day.decisions : ['(none)']).map((d) => `  - ${d}`));
  return `${lines.join('\n')}\n`;
};
