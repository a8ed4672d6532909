import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  type CatalogueProblem,
  canPerform,
  findExercise,
  getExercise,
  validateCatalogue,
} from './catalogue';
import type { EquipmentKind } from './equipment';
import { type Exercise, INJURY_AREAS, type InjuryArea, REGIONS } from './exercise.schema';
import { MUSCLE_GROUPS, type Muscle } from './muscles';

const REQUIRED_IDS = [
  'single-leg-squat',
  'lunge-with-rotation',
  'plank',
  'single-leg-deadlift',
  'calf-raise',
  'band-lateral-walk',
  'step-up',
  'weighted-step-up',
  'glute-bridge',
  'side-plank',
  'clamshell',
  'eccentric-heel-drop',
  'nordic-hamstring-curl',
  'box-jump',
  'band-resisted-box-jump',
  'depth-drop',
  'kettlebell-swing',
  'squat',
  'lunge',
  'deadlift',
  'lateral-shuffle-band',
  'high-knees-band',
  'straight-knee-heel-drop',
  'bent-knee-heel-drop',
  'single-leg-heel-raise-towel',
  'tibialis-raise',
  'bent-knee-calf-raise',
  'single-leg-calf-raise',
  'side-lying-hip-abduction',
  'copenhagen-plank',
  'spanish-squat',
  'wall-sit',
  'step-down',
  'short-foot',
  'dead-bug',
  'bird-dog',
  'pallof-press',
  'suitcase-carry',
  'farmers-carry',
  'hollow-hold',
  'plank-shoulder-tap',
  'push-up',
  'incline-push-up',
  'pike-push-up',
  'dumbbell-row',
  'band-row',
  'kettlebell-row',
  'inverted-row',
  'pull-up',
  'band-pull-apart',
  'prone-ytw',
  'dumbbell-overhead-press',
  'goblet-squat',
  'split-squat',
  'bulgarian-split-squat',
  'reverse-lunge',
  'lateral-lunge',
  'romanian-deadlift',
  'single-leg-glute-bridge',
  'hip-thrust',
  'back-squat',
  'skater-squat',
  'pistol-squat',
  'hamstring-walkout',
  'pogo-hops',
  'squat-jump',
  'broad-jump',
  'bounding',
  'lateral-bound',
  'single-leg-hop',
  'split-squat-jump',
  'depth-jump',
  'ankle-hops',
  'a-skip',
  'band-resisted-march',
];

/** A deep copy of real catalogue entries, to break on purpose. */
const copies = (...ids: string[]): Exercise[] => ids.map((id) => structuredClone(getExercise(id)));
const wholeCatalogueCopy = (): Exercise[] => structuredClone([...CATALOGUE]);
const owning = (...kinds: EquipmentKind[]): ReadonlySet<EquipmentKind> => new Set(kinds);
const serving = (area: InjuryArea): string[] =>
  CATALOGUE.filter((e) => e.injuryAreas.includes(area)).map((e) => e.id);
const musclesOf = (e: Exercise): Muscle[] => [...e.primaryMuscles, ...e.secondaryMuscles];

describe('the built-in catalogue', () => {
  it('passes the schema and the graph check', () => {
    expect(validateCatalogue(CATALOGUE)).toEqual([]);
  });

  it('holds at least 70 exercises', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(70);
  });

  it('contains every required exercise', () => {
    const missing = REQUIRED_IDS.filter((id) => findExercise(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('links regressions and progressions both ways', () => {
    const oneWay: string[] = [];
    for (const exercise of CATALOGUE) {
      for (const id of exercise.progressions) {
        if (!getExercise(id).regressions.includes(exercise.id))
          oneWay.push(`${exercise.id} → ${id}`);
      }
      for (const id of exercise.regressions) {
        if (!getExercise(id).progressions.includes(exercise.id))
          oneWay.push(`${id} → ${exercise.id}`);
      }
    }
    expect(oneWay).toEqual([]);
  });

  it('looks exercises up by id', () => {
    expect(findExercise('plank')?.name).toBe('Plank');
    expect(findExercise('no-such-exercise')).toBeUndefined();
    expect(getExercise('squat').id).toBe('squat');
    expect(() => getExercise('no-such-exercise')).toThrow(/no-such-exercise/);
  });
});

describe('SPEC A: the seed article', () => {
  it('A3: every exercise of the sample week exists with its dose', () => {
    const week = [
      { id: 'single-leg-squat', sets: 3, amount: 10, kind: 'reps', perSide: true },
      { id: 'lunge-with-rotation', sets: 3, amount: 10, kind: 'reps', perSide: true },
      { id: 'plank', sets: 3, amount: 30, kind: 'seconds', perSide: false },
      { id: 'single-leg-deadlift', sets: 3, amount: 8, kind: 'reps', perSide: true },
      { id: 'calf-raise', sets: 3, amount: 15, kind: 'reps', perSide: false },
      { id: 'band-lateral-walk', sets: 3, amount: 12, kind: 'reps', perSide: true },
      { id: 'step-up', sets: 3, amount: 10, kind: 'reps', perSide: true },
      { id: 'glute-bridge', sets: 3, amount: 12, kind: 'reps', perSide: false },
      { id: 'side-plank', sets: 3, amount: 20, kind: 'seconds', perSide: true },
    ] as const;
    for (const { id, sets, amount, kind, perSide } of week) {
      const exercise = getExercise(id);
      expect(exercise.defaultDose, id).toEqual({ sets, amount });
      expect(exercise.doseKind, id).toBe(kind);
      expect(exercise.dosePerSide, id).toBe(perSide);
    }
  });

  it('A4: bodyweight moves can be loaded with a vest, weights or band tension', () => {
    for (const id of ['single-leg-squat', 'step-up', 'lunge', 'squat', 'push-up']) {
      expect(getExercise(id).loadableWith, id).toContain('weight-vest');
    }
    expect(getExercise('single-leg-squat').loadableWith).toContain('dumbbells');
    expect(getExercise('clamshell').loadableWith).toContain('band');
    expect(getExercise('step-up').progressions).toContain('weighted-step-up');
  });

  it('A5: box jumps and depth drops are power-stage plyometrics on a box', () => {
    for (const id of ['box-jump', 'depth-drop', 'depth-jump', 'band-resisted-box-jump']) {
      const exercise = getExercise(id);
      expect(exercise.plyometric, id).toBe(true);
      expect(exercise.stage, id).toBe('power');
      expect(
        exercise.equipment.every((set) => set.includes('box')),
        id,
      ).toBe(true);
    }
  });

  it('A5: every plyometric belongs to the power stage and basics are bodyweight foundation work', () => {
    const plyometrics = CATALOGUE.filter((e) => e.plyometric);
    expect(plyometrics.length).toBeGreaterThanOrEqual(10);
    expect(plyometrics.filter((e) => e.stage !== 'power').map((e) => e.id)).toEqual([]);
    for (const id of ['squat', 'lunge', 'single-leg-squat', 'glute-bridge', 'plank', 'push-up']) {
      expect(getExercise(id).stage, id).toBe('foundation');
    }
    for (const id of ['goblet-squat', 'weighted-step-up', 'back-squat', 'deadlift']) {
      expect(getExercise(id).stage, id).toBe('strength');
    }
  });

  it('A6: eccentric work lowers slower than it rises', () => {
    for (const id of ['eccentric-heel-drop', 'straight-knee-heel-drop', 'bent-knee-heel-drop']) {
      expect(getExercise(id).tempo, id).toMatchObject({ down: 3, up: 1, intent: 'controlled' });
    }
    const nordic = getExercise('nordic-hamstring-curl').tempo;
    expect(nordic?.down).toBeGreaterThan(nordic?.up ?? Number.POSITIVE_INFINITY);
  });

  it('A7: each injury area has exercises that serve it', () => {
    for (const area of INJURY_AREAS) {
      expect(serving(area).length, area).toBeGreaterThanOrEqual(2);
    }
    expect(serving('achilles')).toEqual(
      expect.arrayContaining([
        'eccentric-heel-drop',
        'straight-knee-heel-drop',
        'bent-knee-heel-drop',
      ]),
    );
    expect(serving('it-band')).toEqual(
      expect.arrayContaining(['clamshell', 'band-lateral-walk', 'side-lying-hip-abduction']),
    );
    expect(serving('knee')).toEqual(
      expect.arrayContaining(['glute-bridge', 'step-up', 'single-leg-squat', 'spanish-squat']),
    );
    expect(serving('shin')).toEqual(
      expect.arrayContaining(['calf-raise', 'tibialis-raise', 'bent-knee-calf-raise']),
    );
    expect(serving('plantar-fascia')).toEqual(
      expect.arrayContaining(['single-leg-heel-raise-towel', 'short-foot', 'calf-raise']),
    );
    expect(serving('hamstring')).toEqual(
      expect.arrayContaining(['nordic-hamstring-curl', 'romanian-deadlift', 'single-leg-deadlift']),
    );
  });

  it('A7: clamshells are 3 × 15 per side and take a band', () => {
    const clamshell = getExercise('clamshell');
    expect(clamshell.defaultDose).toEqual({ sets: 3, amount: 15 });
    expect(clamshell.dosePerSide).toBe(true);
    expect(clamshell.loadableWith).toContain('band');
    expect(clamshell.primaryMuscles).toContain('gluteus-medius');
    expect(getExercise('band-lateral-walk').primaryMuscles).toContain('gluteus-medius');
  });

  it('A7: heel drops load the soleus and the gastrocnemius', () => {
    expect(musclesOf(getExercise('eccentric-heel-drop'))).toEqual(
      expect.arrayContaining(['soleus', 'gastrocnemius']),
    );
  });

  it('A8: the priority muscles and calf, shin and hip muscles are all trained', () => {
    const named = new Set(CATALOGUE.flatMap(musclesOf));
    for (const muscle of [
      'gluteus-medius',
      'soleus',
      'gastrocnemius',
      'tibialis-anterior',
    ] as const) {
      expect(named.has(muscle), muscle).toBe(true);
    }
    const primary = new Set(CATALOGUE.flatMap((e) => e.primaryMuscles));
    for (const [group, muscles] of Object.entries(MUSCLE_GROUPS)) {
      expect(
        muscles.some((m) => primary.has(m)),
        group,
      ).toBe(true);
    }
  });

  it('A8: single-leg work is well represented in the lower body', () => {
    const lower = CATALOGUE.filter((e) => e.region === 'lower' && !e.plyometric);
    const unilateral = lower.filter((e) => e.unilateral);
    expect(unilateral.length / lower.length).toBeGreaterThanOrEqual(0.4);
  });

  it('A9: every exercise carries at least three form cues and one fault', () => {
    const short = CATALOGUE.filter((e) => e.cues.length < 3 || e.faults.length < 1).map(
      (e) => e.id,
    );
    expect(short).toEqual([]);
  });

  it('A9: the catalogue is not legs only', () => {
    for (const region of REGIONS) {
      expect(CATALOGUE.filter((e) => e.region === region).length, region).toBeGreaterThan(0);
    }
    expect(CATALOGUE.filter((e) => e.region === 'core').length).toBeGreaterThanOrEqual(8);
    expect(CATALOGUE.filter((e) => e.region === 'upper').length).toBeGreaterThanOrEqual(8);
  });

  it('A10: bodyweight exercises need no equipment', () => {
    for (const id of ['single-leg-squat', 'lunge', 'plank', 'glute-bridge', 'step-up', 'push-up']) {
      expect(getExercise(id).equipment, id).toEqual([]);
    }
  });

  it('A10: a runner with no equipment can still train every region', () => {
    const none = owning();
    for (const region of ['lower', 'core', 'upper'] as const) {
      const doable = CATALOGUE.filter((e) => e.region === region && canPerform(e, none));
      expect(doable.length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it('A11: bands resist running drills and box jumps', () => {
    for (const id of ['high-knees-band', 'lateral-shuffle-band', 'band-resisted-march']) {
      expect(getExercise(id).equipment, id).toEqual([['band']]);
    }
    expect(getExercise('band-resisted-box-jump').equipment).toEqual([['box', 'band']]);
    expect(getExercise('box-jump').progressions).toContain('band-resisted-box-jump');
  });
});

describe('SPEC B: the research', () => {
  it('B20: plyometrics dosed in reps say how many foot contacts a rep makes', () => {
    const expected = {
      'box-jump': 1,
      'band-resisted-box-jump': 1,
      'broad-jump': 1,
      bounding: 1,
      'lateral-bound': 1,
      'depth-drop': 1,
      'depth-jump': 2,
      'squat-jump': 1,
      'split-squat-jump': 1,
      'single-leg-hop': 1,
    };
    for (const [id, contacts] of Object.entries(expected)) {
      expect(getExercise(id).contactsPerRep, id).toBe(contacts);
    }
    expect(getExercise('pogo-hops').doseKind).toBe('contacts');
    expect(getExercise('ankle-hops').doseKind).toBe('contacts');
  });

  it('B20: no default plyometric dose exceeds a beginner session of 100 contacts', () => {
    for (const e of CATALOGUE.filter((x) => x.plyometric)) {
      const perSet =
        e.doseKind === 'contacts'
          ? e.defaultDose.amount
          : e.defaultDose.amount * (e.contactsPerRep ?? 0);
      const total = e.defaultDose.sets * perSet * (e.dosePerSide ? 2 : 1);
      expect(total, e.id).toBeGreaterThan(0);
      expect(total, e.id).toBeLessThanOrEqual(100);
    }
  });

  it('B3: heavy lifts rest 2–3 minutes', () => {
    for (const id of ['back-squat', 'deadlift']) {
      const exercise = getExercise(id);
      expect(exercise.restSeconds, id).toBeGreaterThanOrEqual(120);
      expect(exercise.restSeconds, id).toBeLessThanOrEqual(180);
      expect(exercise.defaultDose.amount, id).toBeLessThanOrEqual(6);
    }
  });

  it('B23: strength tempos are 1–2 s each way and power moves are explosive', () => {
    for (const id of ['squat', 'goblet-squat', 'push-up', 'single-leg-deadlift', 'dumbbell-row']) {
      const tempo = getExercise(id).tempo;
      expect(tempo?.up, id).toBeGreaterThanOrEqual(1);
      expect(tempo?.up, id).toBeLessThanOrEqual(2);
      expect(tempo?.down, id).toBeGreaterThanOrEqual(1);
      expect(tempo?.down, id).toBeLessThanOrEqual(2);
    }
    for (const id of ['box-jump', 'pogo-hops', 'squat-jump', 'bounding', 'kettlebell-swing']) {
      const tempo = getExercise(id).tempo;
      expect(tempo?.intent, id).toBe('explosive');
      expect(tempo?.up, id).toBeLessThanOrEqual(1);
    }
  });

  it('B23: timed holds have no tempo and repeated movements have one', () => {
    for (const e of CATALOGUE) {
      expect(e.tempo === null, e.id).toBe(e.doseKind === 'seconds');
    }
  });

  it('B24: Alfredson heel drops are 3 × 15 per leg, straight knee and bent knee', () => {
    const straight = getExercise('straight-knee-heel-drop');
    const bent = getExercise('bent-knee-heel-drop');
    for (const drop of [straight, bent]) {
      expect(drop.defaultDose).toEqual({ sets: 3, amount: 15 });
      expect(drop.dosePerSide).toBe(true);
      expect(drop.injuryAreas).toContain('achilles');
      expect(drop.loadableWith.length).toBeGreaterThan(0);
    }
    expect(straight.primaryMuscles).toContain('gastrocnemius');
    expect(bent.primaryMuscles).toContain('soleus');
  });

  it('B27: the Nordic hamstring curl starts at 2 × 5 with a walkout as regression', () => {
    const nordic = getExercise('nordic-hamstring-curl');
    expect(nordic.defaultDose).toEqual({ sets: 2, amount: 5 });
    expect(nordic.equipment).toEqual([]);
    expect(nordic.regressions).toContain('hamstring-walkout');
    expect(nordic.injuryAreas).toContain('hamstring');
  });

  it('B28: the IT band programme has clamshells, lateral walks and side-lying abduction', () => {
    for (const id of ['clamshell', 'band-lateral-walk', 'side-lying-hip-abduction']) {
      const exercise = getExercise(id);
      expect(exercise.pattern, id).toBe('hip-abduction');
      expect(exercise.injuryAreas, id).toContain('it-band');
    }
  });

  it('B30: the Rathleff heel raise is 3 s up, 2 s hold, 3 s down, 12 reps × 3 per leg', () => {
    const raise = getExercise('single-leg-heel-raise-towel');
    expect(raise.tempo).toEqual({
      down: 3,
      holdBottom: 0,
      up: 3,
      holdTop: 2,
      intent: 'controlled',
    });
    expect(raise.defaultDose).toEqual({ sets: 3, amount: 12 });
    expect(raise.dosePerSide).toBe(true);
    expect(raise.injuryAreas).toContain('plantar-fascia');
  });

  it('B31: soleus, gastrocnemius and tibialis each have dedicated work', () => {
    expect(getExercise('bent-knee-calf-raise').primaryMuscles).toContain('soleus');
    expect(getExercise('single-leg-calf-raise').primaryMuscles).toContain('gastrocnemius');
    expect(getExercise('single-leg-calf-raise').unilateral).toBe(true);
    expect(getExercise('tibialis-raise').primaryMuscles).toContain('tibialis-anterior');
  });
});

describe('validateCatalogue', () => {
  const withProblem = (problems: CatalogueProblem[], expected: Partial<CatalogueProblem>) =>
    expect(problems).toContainEqual(expect.objectContaining(expected));

  it('catches a regression that names an unknown exercise', () => {
    const entries = wholeCatalogueCopy();
    const squat = entries.find((e) => e.id === 'squat');
    squat?.regressions.push('no-such-exercise');
    const problems = validateCatalogue(entries);
    expect(problems).toHaveLength(1);
    withProblem(problems, {
      exerciseId: 'squat',
      path: `regressions.${(squat?.regressions.length ?? 0) - 1}`,
      message: expect.stringContaining('no-such-exercise'),
    });
  });

  it('catches a two-exercise progression cycle', () => {
    const [stepUp, weighted] = copies('step-up', 'weighted-step-up');
    if (!stepUp || !weighted) throw new Error('missing test entries');
    weighted.regressions = [];
    weighted.progressions = ['step-up'];
    const problems = validateCatalogue([stepUp, weighted]);
    withProblem(problems, {
      exerciseId: 'step-up',
      path: 'progressions.0',
      message: expect.stringContaining('list each other as progressions'),
    });
    withProblem(problems, {
      path: '',
      message: expect.stringMatching(
        /cycle: (step-up → weighted-step-up → step-up|weighted-step-up → step-up → weighted-step-up)/,
      ),
    });
  });

  it('catches a cycle made of regressions, and a longer one across both lists', () => {
    const [a, b] = copies('split-squat', 'bulgarian-split-squat');
    if (!a || !b) throw new Error('missing test entries');
    a.progressions = [];
    a.regressions = ['bulgarian-split-squat'];
    expect(validateCatalogue([a, b])).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('cycle') }),
    );

    const [squat, goblet, back] = copies('squat', 'goblet-squat', 'back-squat');
    if (!squat || !goblet || !back) throw new Error('missing test entries');
    squat.regressions = ['back-squat'];
    squat.progressions = ['goblet-squat'];
    const problems = validateCatalogue([squat, goblet, back]);
    expect(problems.filter((p) => p.message.includes('cycle'))).toHaveLength(1);
  });

  it('catches an exercise that lists itself', () => {
    const [plank] = copies('plank');
    if (!plank) throw new Error('missing test entry');
    plank.regressions = [];
    plank.progressions = ['plank'];
    expect(validateCatalogue([plank])).toEqual([
      { exerciseId: 'plank', path: 'progressions.0', message: 'an exercise cannot list itself' },
    ]);
  });

  it('catches a duplicate id', () => {
    const entries = wholeCatalogueCopy();
    const [plank] = copies('plank');
    entries.push(plank as Exercise);
    const problems = validateCatalogue(entries);
    expect(problems).toHaveLength(1);
    withProblem(problems, { exerciseId: 'plank', path: 'id' });
  });

  it('catches a schema violation such as only two cues', () => {
    const entries = wholeCatalogueCopy();
    const plank = entries.find((e) => e.id === 'plank');
    if (!plank) throw new Error('missing test entry');
    plank.cues = plank.cues.slice(0, 2);
    const problems = validateCatalogue(entries);
    expect(problems).toHaveLength(1);
    withProblem(problems, { exerciseId: 'plank', path: 'cues' });
  });

  it('catches the schema’s own rules: a plyometric dosed in reps without contacts per rep', () => {
    const [boxJump] = copies('box-jump');
    if (!boxJump) throw new Error('missing test entry');
    boxJump.progressions = [];
    delete boxJump.contactsPerRep;
    expect(validateCatalogue([boxJump])).toContainEqual(
      expect.objectContaining({ exerciseId: 'box-jump', path: 'contactsPerRep' }),
    );
  });

  it('still checks the links of an entry that fails the schema', () => {
    const [plank] = copies('plank');
    if (!plank) throw new Error('missing test entry');
    plank.cues = plank.cues.slice(0, 2);
    plank.regressions = ['no-such-exercise'];
    plank.progressions = [];
    const problems = validateCatalogue([plank]);
    withProblem(problems, { exerciseId: 'plank', path: 'cues' });
    withProblem(problems, { exerciseId: 'plank', path: 'regressions.0' });
  });

  it('names entries without an id by their position', () => {
    const problems = validateCatalogue([42, { id: 'half-an-exercise' }]);
    expect(problems.some((p) => p.exerciseId === '#0')).toBe(true);
    expect(problems.some((p) => p.exerciseId === 'half-an-exercise')).toBe(true);
  });

  it('accepts an empty catalogue', () => {
    expect(validateCatalogue([])).toEqual([]);
  });
});

describe('canPerform', () => {
  it('A10: exercises that need nothing can always be done', () => {
    expect(canPerform(getExercise('plank'), owning())).toBe(true);
    expect(canPerform(getExercise('clamshell'), owning())).toBe(true);
  });

  it('any one alternative set suffices', () => {
    const goblet = getExercise('goblet-squat');
    expect(canPerform(goblet, owning('kettlebell'))).toBe(true);
    expect(canPerform(goblet, owning('dumbbells'))).toBe(true);
    expect(canPerform(goblet, owning('band', 'box'))).toBe(false);
    expect(canPerform(getExercise('deadlift'), owning('barbell'))).toBe(true);
    expect(canPerform(getExercise('weighted-step-up'), owning('weight-vest'))).toBe(true);
  });

  it('every item of a set is needed', () => {
    const resisted = getExercise('band-resisted-box-jump');
    expect(canPerform(resisted, owning('box'))).toBe(false);
    expect(canPerform(resisted, owning('band'))).toBe(false);
    expect(canPerform(resisted, owning('box', 'band'))).toBe(true);
  });

  it('A10: a plan never prescribes equipment the runner lacks', () => {
    expect(canPerform(getExercise('band-lateral-walk'), owning())).toBe(false);
    expect(canPerform(getExercise('pull-up'), owning('band'))).toBe(false);
    expect(canPerform(getExercise('hip-thrust'), owning('barbell', 'dumbbells'))).toBe(false);
  });
});
