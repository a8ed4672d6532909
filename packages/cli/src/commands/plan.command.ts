import { generatePlan, renderPlanIcs } from '@runstrong/core';
import { chooseOne, parseOptions, requireOption } from '../args';
import { checkProgramId, loadProfile } from '../input/load-profile';
import { emit } from '../output';
import { renderPlanMarkdown } from '../render/plan-markdown';
import type { Command } from './command';

const FORMATS = ['json', 'md', 'ics'] as const;

const OPTIONS = {
  profile: { type: 'string' },
  program: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const planCommand: Command = {
  name: 'plan',
  summary: 'Generate a strength plan from a runner profile (JSON, Markdown or iCalendar)',
  usage: [
    'runstrong plan --profile FILE [--program ID] [--format json|md|ics] [--out FILE]',
    '  --profile FILE   the runner profile (JSON); see `runstrong schema`',
    "  --program ID     use this built-in programme instead of the profile's (see `runstrong programs`)",
    '  --format FORMAT  json (default), md for a printable plan, ics for your calendar',
    '  --out FILE       write to FILE (parent folders are created) instead of standard output',
  ],
  run: async (args, io) => {
    const values = parseOptions('plan', args, OPTIONS);
    // Flags are checked before the file is read: a typo in a flag is reported as such.
    const format = chooseOne('plan', 'format', values.format, FORMATS, 'json');
    const program = checkProgramId('plan', values.program);
    const profilePath = requireOption('plan', 'profile', values.profile);
    const profile = await loadProfile(profilePath, io, program);
    const plan = generatePlan(profile);
    const text =
      format === 'md'
        ? renderPlanMarkdown(plan)
        : format === 'ics'
          ? renderPlanIcs(plan, { now: io.now() })
          : `${JSON.stringify(plan, null, 2)}\n`;
    await emit(text, values.out, io);
  },
};
