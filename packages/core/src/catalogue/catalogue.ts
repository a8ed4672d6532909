import type { EquipmentKind } from './equipment';
import { type Exercise, exerciseSchema } from './exercise.schema';
import { calfFootExercises } from './exercises/calf-foot';
import { coreExercises } from './exercises/core';
import { drillExercises } from './exercises/drills';
import { hipExercises } from './exercises/hips';
import { lowerBodyExercises } from './exercises/lower-body';
import { plyometricExercises } from './exercises/plyometrics';
import { upperBodyExercises } from './exercises/upper-body';

export type { ExerciseInput } from './exercise-input';

/**
 * One thing wrong with a catalogue entry. `exerciseId` is the entry's id, or `#index` when it has
 * none; `path` is the dotted path of the offending field, empty for a cycle in the graph.
 */
export type CatalogueProblem = { exerciseId: string; path: string; message: string };

const ENTRIES = [
  ...lowerBodyExercises,
  ...hipExercises,
  ...calfFootExercises,
  ...coreExercises,
  ...upperBodyExercises,
  ...plyometricExercises,
  ...drillExercises,
] as const;

/** Every id the built-in catalogue knows, as a type: programmes can name exercises checked. */
export type ExerciseId = (typeof ENTRIES)[number]['id'];

const LINK_FIELDS = ['regressions', 'progressions'] as const;

const idOf = (entry: unknown, index: number): string => {
  if (typeof entry === 'object' && entry !== null && 'id' in entry) {
    const { id } = entry;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return `#${index}`;
};

/** The links of an entry, read loosely so that a broken field elsewhere does not hide them. */
type Links = { id: string; regressions: readonly unknown[]; progressions: readonly unknown[] };

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

const linksOf = (entry: unknown): Links | undefined => {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  if (typeof entry.id !== 'string') return undefined;
  return {
    id: entry.id,
    regressions: 'regressions' in entry ? list(entry.regressions) : [],
    progressions: 'progressions' in entry ? list(entry.progressions) : [],
  };
};

/**
 * Checks catalogue entries one by one against the schema, then the regression/progression graph
 * they form: unique ids, links to known exercises only, no exercise linked to itself, no pair
 * listing each other as progressions, and no cycle. A regression `r` of `a` counts as the edge
 * r → a, a progression `p` of `a` as a → p: following the edges must always get harder.
 */
export function validateCatalogue(entries: readonly unknown[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];

  for (const [index, entry] of entries.entries()) {
    const result = exerciseSchema.safeParse(entry);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push({
        exerciseId: idOf(entry, index),
        path: issue.path.map(String).join('.'),
        message: issue.message,
      });
    }
  }

  // Ids: every entry that names an id counts as known, even if another field is wrong, so that one
  // broken entry does not also show up as a stream of unknown links.
  const linked = entries.map(linksOf).filter((links): links is Links => links !== undefined);
  const firstIndex = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const id = linksOf(entry)?.id;
    if (id === undefined) continue;
    const seen = firstIndex.get(id);
    if (seen === undefined) {
      firstIndex.set(id, index);
    } else {
      problems.push({
        exerciseId: id,
        path: 'id',
        message: `duplicate id: entry ${index} repeats entry ${seen}`,
      });
    }
  }

  // Links (the first of any duplicates stands for its id).
  const byId = new Map<string, Links>();
  for (const links of linked) {
    if (!byId.has(links.id)) byId.set(links.id, links);
  }
  const edges = new Map<string, string[]>();
  const addEdge = (from: string, to: string): void => {
    const list = edges.get(from);
    if (list === undefined) edges.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };

  for (const exercise of linked) {
    for (const field of LINK_FIELDS) {
      const seen = new Set<string>();
      for (const [position, target] of exercise[field].entries()) {
        if (typeof target !== 'string') continue; // the schema has reported it
        const path = `${field}.${position}`;
        if (target === exercise.id) {
          problems.push({
            exerciseId: exercise.id,
            path,
            message: 'an exercise cannot list itself',
          });
          continue;
        }
        if (seen.has(target)) {
          problems.push({ exerciseId: exercise.id, path, message: `"${target}" is listed twice` });
          continue;
        }
        seen.add(target);
        if (!firstIndex.has(target)) {
          problems.push({ exerciseId: exercise.id, path, message: `unknown exercise "${target}"` });
          continue;
        }
        if (field === 'progressions') addEdge(exercise.id, target);
        else addEdge(target, exercise.id);
      }
    }
    for (const [position, target] of exercise.progressions.entries()) {
      if (typeof target !== 'string') continue;
      const other = byId.get(target);
      if (other?.progressions.includes(exercise.id) && exercise.id < target) {
        problems.push({
          exerciseId: exercise.id,
          path: `progressions.${position}`,
          message: `"${exercise.id}" and "${target}" list each other as progressions`,
        });
      }
    }
  }

  problems.push(...findCycles(linked, edges));
  return problems;
}

/** Depth-first search for back edges; each one found closes a cycle, reported with its path. */
function findCycles(
  exercises: readonly Links[],
  edges: ReadonlyMap<string, readonly string[]>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];

  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        problems.push({
          exerciseId: next,
          path: '',
          message: `regressions and progressions form a cycle: ${cycle.join(' → ')}`,
        });
      } else if (seen === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const exercise of exercises) {
    if (!state.has(exercise.id)) visit(exercise.id);
  }
  return problems;
}

function loadCatalogue(entries: readonly unknown[]): readonly Exercise[] {
  const problems = validateCatalogue(entries);
  if (problems.length > 0) {
    const lines = problems.map(
      (p) => `  ${p.exerciseId}${p.path ? ` (${p.path})` : ''}: ${p.message}`,
    );
    throw new Error(`The built-in exercise catalogue is invalid:\n${lines.join('\n')}`);
  }
  return Object.freeze(entries.map((entry) => exerciseSchema.parse(entry)));
}

/** Every built-in exercise, checked and parsed when the module loads. */
export const CATALOGUE: readonly Exercise[] = loadCatalogue(ENTRIES);

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOGUE.map((e) => [e.id, e]));

export function findExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The exercise with this id; throws for an id the catalogue does not know. */
export function getExercise(id: string): Exercise {
  const exercise = BY_ID.get(id);
  if (exercise === undefined) throw new Error(`unknown exercise id "${id}"`);
  return exercise;
}

/**
 * Whether a runner who owns `owned` can do the exercise (A10): it needs nothing, or every item of
 * at least one of its alternative equipment sets is owned.
 */
export function canPerform(
  exercise: Pick<Exercise, 'equipment'>,
  owned: ReadonlySet<EquipmentKind>,
): boolean {
  return (
    exercise.equipment.length === 0 ||
    exercise.equipment.some((alternative) => alternative.every((kind) => owned.has(kind)))
  );
}
