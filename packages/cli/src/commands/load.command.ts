import {
  addDays,
  classifyRuns,
  heartRatesOf,
  type IsoDate,
  isValidIsoDate,
  type LoadPicture,
  loadPicture,
  loadPictureJson,
  type RunRecord,
  strengthLoadsOf,
  toRunRecord,
} from '@runstrong/core';
import { chooseOne, parseOptions, splitPositionals } from '../args';
import { CliError } from '../cli-error';
import { loadProfile } from '../input/load-profile';
import { type ExportForLoad, readExportForLoad } from '../input/read-export';
import type { ResolvedIo } from '../io';
import { renderTable } from '../render/table';
import type { Command } from './command';
import { importPaths } from './import.command';

const FORMATS = ['table', 'json'] as const;
const MIN_DAYS = 7;
const MAX_DAYS = 366;
const DEFAULT_DAYS = 84;

const OPTIONS = {
  export: { type: 'string' },
  profile: { type: 'string' },
  days: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const localToday = (now: Date): IsoDate =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}` as IsoDate;

const parseDays = (value: string | undefined): number => {
  if (value === undefined) return DEFAULT_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
    throw new CliError(
      'invalid-option',
      `runstrong load: --days "${value}" is not accepted; accepted: a whole number of days from ${MIN_DAYS} to ${MAX_DAYS}`,
    );
  }
  return days;
};

const parseTo = (value: string | undefined, io: ResolvedIo): IsoDate => {
  if (value === undefined) return localToday(io.now());
  if (!isValidIsoDate(value)) {
    throw new CliError(
      'invalid-option',
      `runstrong load: --to "${value}" is not a calendar date; accepted: YYYY-MM-DD, e.g. 2027-01-05`,
    );
  }
  return value as IsoDate;
};

const round = (value: number | undefined): string =>
  value === undefined ? '—' : String(Math.round(value));

const renderText = (picture: LoadPicture, from: IsoDate, to: IsoDate, problems: string[]) => {
  const rows = picture.weeks.map((w) => [
    `${w.start}`,
    round(w.running),
    round(w.strength),
    round(w.load),
    w.monotony === undefined ? '—' : w.monotony.toFixed(2),
    round(w.strain),
  ]);
  const lines = [
    `Training load ${from} to ${to} (session RPE × minutes, B33; weeks of 7 days ending ${to})`,
    renderTable(['week from', 'running', 'strength', 'total', 'monotony', 'strain'], rows),
  ];
  const last = picture.fitnessFatigue.at(-1);
  if (last) {
    lines.push(
      `Fitness ${round(last.fitness)}, fatigue ${round(last.fatigue)}, form ${round(last.form)} on ${last.date} (Banister, B36; from zero on ${from}).`,
    );
  }
  const ratio = picture.acuteChronic.ratio;
  lines.push(
    `Acute:chronic ${ratio === undefined ? '—' : ratio.toFixed(2)}. ${picture.acuteChronic.note}`,
  );
  const methods = new Map<string, number>();
  for (const run of picture.runLoads) methods.set(run.method, (methods.get(run.method) ?? 0) + 1);
  if (methods.size > 0) {
    lines.push(
      `Run loads by ${[...methods].map(([method, count]) => `${method}: ${count}`).join(', ')} (rpe: your RPE × minutes; heart-rate: TRIMP; duration: an estimate from time and the run's kind).`,
    );
  }
  for (const problem of problems) lines.push(`problem: ${problem}`);
  return `${lines.join('\n')}\n`;
};

export const loadCommand: Command = {
  name: 'load',
  summary: 'Running and strength load together, week by week (B33–B36)',
  usage: [
    'runstrong load [FILE|DIR|ZIP...] [--export FILE] [--profile FILE] [--days N] [--to DATE] [--format table|json]',
    '  FILE|DIR|ZIP      activity files, as for `runstrong import`',
    '  --export FILE     a RunStrong export (Settings → Export): its runs and logged strength sessions',
    '  --profile FILE    a runner profile, for restingHeartRate and maxHeartRate (else the export’s)',
    `  --days N          days to show, ${MIN_DAYS}–${MAX_DAYS} (default ${DEFAULT_DAYS})`,
    '  --to DATE         the last day, YYYY-MM-DD (default today)',
    '  --format FORMAT   table (default) or json',
    'Runs: your RPE × minutes when the export has it, else a heart-rate TRIMP, else an estimate from',
    'duration and the run’s kind. Strength: session RPE × minutes from the log. The acute:chronic',
    'ratio is a description only (B35).',
  ],
  run: async (args, io) => {
    const split = splitPositionals(args, OPTIONS);
    const values = parseOptions('load', split.options, OPTIONS);
    const format = chooseOne('load', 'format', values.format, FORMATS, 'table');
    const days = parseDays(values.days);
    const to = parseTo(values.to, io);
    if (split.positionals.length === 0 && values.export === undefined) {
      throw new CliError(
        'missing-option',
        'runstrong load: give activity files or folders, or --export FILE (or both)',
      );
    }
    const exported: ExportForLoad | undefined =
      values.export === undefined ? undefined : await readExportForLoad(values.export, io);
    const profile =
      values.profile === undefined ? undefined : await loadProfile(values.profile, io);
    const imported =
      split.positionals.length === 0 ? undefined : await importPaths(split.positionals, io);

    const runs: RunRecord[] = [
      ...(exported?.activities ?? []).map((a) => toRunRecord(a.id, a, a.rpe)),
      ...(imported?.activities ?? []).map((a) => toRunRecord(`${a.file}#${a.indexInFile}`, a)),
    ].filter((r): r is RunRecord => r !== undefined);
    const from = addDays(to, 1 - days);
    const strength = exported ? strengthLoadsOf(exported.workouts, exported.sets, undefined) : [];
    const heart = heartRatesOf(exported?.heart, profile);
    const picture = loadPicture({
      runs,
      classifications: classifyRuns(runs),
      strength,
      heart,
      from,
      to,
    });
    const problems = (imported?.problems ?? []).map((p) => `${p.file}: ${p.code}: ${p.message}`);
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify({ ...loadPictureJson(picture, from, to), problems: imported?.problems ?? [] }, null, 2)}\n`,
      );
    } else {
      io.stdout(renderText(picture, from, to, problems));
    }
  },
};
