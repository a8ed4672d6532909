import {
  DEFAULT_PROGRAMME_ID,
  type Decision,
  dateRange,
  generatePlan,
  type Phase,
  type PlanDay,
  PROGRAMMES,
  type RunDayType,
  shortDate,
  validateProfile,
  WEEKDAY_NAMES,
} from '@runstrong/core';
import { plainProblem } from './problem-words';
import type { DraftProblem } from './profile-draft';

/**
 * The browser's own run of the coach, for the live preview. This module is loaded lazily (it
 * pulls in the whole core: zod and the exercise catalogue), so the form appears before it does.
 */

export const PREVIEW_WEEKS = 3;

export interface PreviewSession {
  id: string;
  title: string;
  minutes: number;
}

export interface PreviewDay {
  date: string;
  /** "Tuesday 5 Jan" */
  label: string;
  run: RunDayType;
  sessions: PreviewSession[];
  /** Why the session sits here, each with its rule: "B5: Quality-run day: …". */
  reasons: string[];
}

export interface PreviewWeek {
  index: number;
  phase: Phase;
  phaseLabel: string;
  dates: string;
  /** The days that carry a session. */
  days: PreviewDay[];
}

export interface PreviewNote {
  kind: 'relaxed' | 'dropped' | 'warning';
  rule: string;
  message: string;
  /** "Weeks 1–3", "Week 2 and later", "Whole plan". */
  when: string;
}

export type Preview =
  | {
      ok: true;
      programme: string;
      totalWeeks: number;
      dates: string;
      weeks: PreviewWeek[];
      notes: PreviewNote[];
    }
  | { ok: false; problems: DraftProblem[] };

const PHASE_LABELS: Record<Phase, string> = {
  foundation: 'Foundation',
  strength: 'Max strength',
  power: 'Power',
  taper: 'Taper',
  deload: 'Deload',
  maintenance: 'Maintenance',
};

const dayLabel = (day: PlanDay): string =>
  `${WEEKDAY_NAMES[day.weekday]} ${shortDate(day.date).replace(/ \d{4}$/, '')}`;

/** "Week 2", "Weeks 1–3", "Weeks 1 and 3", with "and later" when the note runs on. */
export const weeksLabel = (weeks: readonly number[], shown: number): string => {
  if (weeks.length === 0) return 'Whole plan';
  const inView = [...new Set(weeks.filter((w) => w <= shown))].sort((a, b) => a - b);
  const later = weeks.some((w) => w > shown) ? ' and later' : '';
  const first = inView[0];
  const last = inView.at(-1);
  if (first === undefined || last === undefined) return `After week ${shown}`;
  if (inView.length === 1) return `Week ${first}${later}`;
  const run = last - first + 1 === inView.length;
  const list = run ? `${first}–${last}` : `${inView.slice(0, -1).join(', ')} and ${last}`;
  return `Weeks ${list}${later}`;
};

const isNote = (d: Decision): d is Decision & { kind: PreviewNote['kind'] } =>
  d.kind === 'relaxed' || d.kind === 'dropped' || d.kind === 'warning';

/**
 * The first weeks of the plan the profile would make, or its problems in plain words: the same
 * `validateProfile` and `generatePlan` the server runs when the runner saves.
 */
export const previewOf = (profile: unknown, shown = PREVIEW_WEEKS): Preview => {
  const valid = validateProfile(profile);
  if (!valid.ok) return { ok: false, problems: valid.error.map(plainProblem) };
  const plan = generatePlan(valid.value);
  const weeks = plan.weeks.slice(0, shown).map(
    (week): PreviewWeek => ({
      index: week.index,
      phase: week.phase,
      phaseLabel: PHASE_LABELS[week.phase],
      dates: dateRange(week.startDate, week.days.at(-1)?.date ?? week.startDate),
      days: week.days
        .filter((day) => day.sessions.length > 0)
        .map((day) => ({
          date: day.date,
          label: dayLabel(day),
          run: day.run,
          sessions: day.sessions.map((s) => ({
            id: s.id,
            title: s.title,
            minutes: s.estimatedMinutes,
          })),
          reasons: day.reasons.map((r) => (r.rule ? `${r.rule}: ${r.message}` : r.message)),
        })),
    }),
  );
  const notes = plan.decisions
    .filter(isNote)
    .filter((d) => d.weeks.length === 0 || d.weeks.some((w) => w <= shown))
    .map((d) => ({
      kind: d.kind,
      rule: d.rule,
      message: d.message,
      when: weeksLabel(d.weeks, shown),
    }));
  return {
    ok: true,
    programme: plan.programme.name,
    totalWeeks: plan.weeks.length,
    dates: dateRange(plan.startDate, plan.endDate),
    weeks,
    notes,
  };
};

/** The profile's problems alone, without making a plan: the check before saving. */
export const problemsOf = (profile: unknown): DraftProblem[] => {
  const valid = validateProfile(profile);
  return valid.ok ? [] : valid.error.map(plainProblem);
};

export interface ProgrammeChoice {
  id: string;
  name: string;
  summary: string;
  isDefault: boolean;
}

/** The built-in programmes the runner can pick, the default build first. */
export const PROGRAMME_CHOICES: readonly ProgrammeChoice[] = PROGRAMMES.map((p) => ({
  id: p.id,
  name: p.name,
  summary: p.summary,
  isDefault: p.id === DEFAULT_PROGRAMME_ID,
}));
