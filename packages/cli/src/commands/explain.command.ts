import { explainDay, generatePlan, type IsoDate, isValidIsoDate } from '@runstrong/core';
import { parseOptions, requireOption } from '../args';
import { CliError } from '../cli-error';
import { loadProfile } from '../input/load-profile';
import { renderDayExplanation } from '../render/day-explanation';
import type { Command } from './command';

const OPTIONS = {
  profile: { type: 'string' },
  date: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Explain why a day of the plan has, or lacks, a strength session',
  usage: [
    'runstrong explain --profile FILE --date YYYY-MM-DD',
    '  --profile FILE  the runner profile (JSON)',
    '  --date DATE     a day of the plan, as YYYY-MM-DD',
  ],
  run: async (args, io) => {
    const values = parseOptions('explain', args, OPTIONS);
    const date = requireOption('explain', 'date', values.date);
    if (!isValidIsoDate(date)) {
      throw new CliError(
        'invalid-option',
        `runstrong explain: --date "${date}" is not a calendar date; accepted: YYYY-MM-DD, e.g. 2027-01-05`,
      );
    }
    const profile = await loadProfile(requireOption('explain', 'profile', values.profile), io);
    const plan = generatePlan(profile);
    const result = explainDay(plan, date as IsoDate);
    if (!result.ok) {
      throw new CliError(
        'invalid-option',
        `runstrong explain: --date ${date} is outside the plan, which runs from ${plan.startDate} to ${plan.endDate}`,
      );
    }
    io.stdout(renderDayExplanation(result.value, plan.weeks.length));
  },
};
