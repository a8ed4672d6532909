import {
  CATALOGUE,
  canPerform,
  EQUIPMENT_KINDS,
  type EquipmentKind,
  type Exercise,
  INJURY_AREAS,
  type InjuryArea,
} from '@runstrong/core';
import { chooseOne, oneOf, parseOptions } from '../args';
import { CliError } from '../cli-error';
import { renderTable } from '../render/table';
import type { Command } from './command';

const FORMATS = ['table', 'json'] as const;
const NONE = 'none';

const OPTIONS = {
  equipment: { type: 'string' },
  injury: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** "band,dumbbells" → the set of kinds; "none" → bodyweight only. Every unknown item is reported. */
export const parseEquipment = (list: string): ReadonlySet<EquipmentKind> => {
  const items = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const accepted = `${NONE}, ${EQUIPMENT_KINDS.join(', ')}`;
  if (items.length === 0) {
    throw new CliError(
      'invalid-option',
      `runstrong exercises: --equipment is empty; accepted: ${accepted}`,
    );
  }
  if (items.includes(NONE)) {
    if (items.length > 1) {
      throw new CliError(
        'invalid-option',
        `runstrong exercises: --equipment "${list}" mixes "none" with equipment; give "none" alone or a list of kinds`,
      );
    }
    return new Set();
  }
  const unknown = items.filter((item) => !(EQUIPMENT_KINDS as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new CliError(
      'invalid-option',
      unknown.map(
        (item) =>
          `runstrong exercises: --equipment "${item}" is not an equipment kind; accepted: ${accepted}`,
      ),
    );
  }
  return new Set(items as EquipmentKind[]);
};

/** `[]` → "none"; `[['dumbbells'], ['kettlebell']]` → "dumbbells or kettlebell". */
const equipmentNeeded = (exercise: Exercise): string =>
  exercise.equipment.length === 0
    ? NONE
    : exercise.equipment.map((set) => set.join(' + ')).join(' or ');

export const exercisesCommand: Command = {
  name: 'exercises',
  summary: 'List the exercise catalogue, filtered by the equipment you own or an injury area',
  usage: [
    'runstrong exercises [--equipment LIST] [--injury AREA] [--format table|json]',
    `  --equipment LIST  comma-separated kinds you own: ${EQUIPMENT_KINDS.join(', ')}; "none" for bodyweight only`,
    `  --injury AREA     only exercises that look after ${INJURY_AREAS.join(', ')}`,
    '  --format FORMAT   table (default) or json',
  ],
  run: async (args, io) => {
    const values = parseOptions('exercises', args, OPTIONS);
    const format = chooseOne('exercises', 'format', values.format, FORMATS, 'table');
    const owned = values.equipment === undefined ? undefined : parseEquipment(values.equipment);
    const injury: InjuryArea | undefined =
      values.injury === undefined
        ? undefined
        : oneOf('exercises', 'injury', values.injury, INJURY_AREAS);
    const list = CATALOGUE.filter(
      (e) =>
        (owned === undefined || canPerform(e, owned)) &&
        (injury === undefined || e.injuryAreas.includes(injury)),
    );
    if (format === 'json') {
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    if (list.length === 0) {
      io.stdout('No exercise matches these filters.\n');
      return;
    }
    const rows = list.map((e) => [
      e.id,
      e.name,
      e.stage,
      e.level,
      equipmentNeeded(e),
      e.injuryAreas.length > 0 ? e.injuryAreas.join(', ') : '—',
    ]);
    io.stdout(
      `${renderTable(['id', 'name', 'stage', 'level', 'equipment needed', 'injury areas'], rows)}\n`,
    );
  },
};
