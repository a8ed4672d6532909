import type { Plan, PlanDay, PlanSession, PlanWeek } from '@runstrong/core';
import {
  dateRange,
  formatDose,
  formatLoad,
  formatRest,
  formatTempo,
  longDate,
  type Units,
} from '@runstrong/core';
import { formatDecision } from './format-decision';
import { renderMarkdownTable } from './table';

const RUN_WORDS: Record<PlanDay['run'], string> = {
  rest: 'no run',
  easy: 'easy run',
  quality: 'quality run',
  long: 'long run',
  race: 'race day',
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const header = (plan: Plan): string[] => {
  const lines = [
    `# RunStrong strength plan: ${plan.programme.name}`,
    '',
    `- **Programme:** ${plan.programme.name} (\`${plan.programme.id}\`)`,
    `- **Dates:** ${longDate(plan.startDate)} to ${longDate(plan.endDate)}, ${plan.weeks.length} weeks`,
  ];
  if (plan.race) {
    const name = plan.race.name ? `${plan.race.name}, ` : '';
    lines.push(`- **Race:** ${name}${plan.race.distance} on ${longDate(plan.race.date)}`);
  }
  lines.push(
    `- **Sessions:** ${plan.sessionsPerWeek} a week, about ${plan.minutesPerSession} minutes each; ${plan.experience} level`,
  );
  if (plan.injuries.length > 0) {
    const injuries = plan.injuries.map((i) => `${i.area} (${i.status})`).join(', ');
    lines.push(`- **Injuries looked after:** ${injuries}`);
  }
  return lines;
};

const expectations = (plan: Plan): string[] => [
  '## What to expect',
  '',
  ...plan.expectations.map(
    (e) => `- **${e.outcome}:** ${e.figure}. Source: ${e.source} (${e.rule}).`,
  ),
];

const session = (s: PlanSession, units: Units): string[] => {
  const lines = [`**${s.title}** (${s.kind}, about ${s.estimatedMinutes} min)`, ''];
  if (s.timing) lines.push(`_${s.timing}_`, '');
  lines.push(
    renderMarkdownTable(
      ['Exercise', 'Dose', 'Tempo', 'Rest', 'Load', 'First form cue'],
      s.exercises.map((e) => [
        e.name,
        formatDose(e),
        formatTempo(e.tempo),
        formatRest(e.restSeconds),
        formatLoad(e.load, units),
        e.cues[0] ?? '',
      ]),
    ),
  );
  const notes = [
    ...s.notes,
    ...s.exercises.flatMap((e) => (e.note ? [`${e.name}: ${e.note}`] : [])),
  ];
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines;
};

const day = (d: PlanDay, units: Units): string[] => [
  `### ${longDate(d.date)} · ${RUN_WORDS[d.run]}`,
  ...d.sessions.flatMap((s) => ['', ...session(s, units)]),
];

const week = (w: PlanWeek, total: number, units: Units): string[] => {
  const last = w.days.at(-1)?.date ?? w.startDate;
  const lines = [
    `## Week ${w.index} of ${total} · ${dateRange(w.startDate, last)} · ${capitalise(w.phase)}`,
    '',
    w.summary,
  ];
  if (w.checks.length > 0)
    lines.push('', '**Checks this week:**', '', ...w.checks.map((c) => `- ${c}`));
  const training = w.days.filter((d) => d.sessions.length > 0);
  if (training.length === 0) lines.push('', 'No strength sessions this week.');
  for (const d of training) lines.push('', ...day(d, units));
  return lines;
};

const decisions = (plan: Plan): string[] => [
  '## Why the plan looks like this',
  '',
  ...plan.decisions.map((d) => `- ${formatDecision(d)}`),
];

/**
 * The plan as a printable page: header, the evidence-based expectations (A13), then each week
 * with only the days that have a session, and finally the decisions with their rule ids.
 */
export const renderPlanMarkdown = (plan: Plan): string => {
  const sections = [
    header(plan),
    expectations(plan),
    ...plan.weeks.map((w) => week(w, plan.weeks.length, plan.units)),
    decisions(plan),
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
};
