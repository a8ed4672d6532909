import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import {
  DEMO_FLOOR_Y,
  DEMO_JOINTS,
  DEMO_SEGMENT_LENGTH,
  DEMO_SEGMENTS,
  DEMONSTRATIONS,
  type DemoPosture,
  demoFrameAt,
  demonstrationBounds,
  demonstrationFor,
  demonstrationTempo,
  demoPose,
  demoPostureAt,
  interpolateDemoPosture,
  tempoPosition,
} from './demonstrations';
import { MOVEMENT_PATTERNS, type Tempo } from './exercise.schema';

const tempo = (down: number, holdBottom: number, up: number, holdTop: number): Tempo => ({
  down,
  holdBottom,
  up,
  holdTop,
  intent: 'controlled',
});

describe('A12: every exercise can be shown', () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s has a demonstration with a top and a bottom',
    (_, exercise) => {
      const demo = demonstrationFor(exercise);
      expect(demoPose(demo, 'top')).toBeDefined();
      expect(demoPose(demo, 'bottom')).toBeDefined();
    },
  );

  it.each(MOVEMENT_PATTERNS)(
    'pattern %s has a picture for exercises with none of their own',
    (pattern) => {
      const demo = demonstrationFor({ id: 'not-in-the-catalogue', pattern });
      expect(demoPose(demo, 'top')).toBeDefined();
    },
  );

  it('a timed hold stands still and timed movement has a pace; repeated movements are not holds', () => {
    for (const exercise of CATALOGUE) {
      const demo = demonstrationFor(exercise);
      if (exercise.tempo === null) {
        expect(demo.hold || demo.cadence !== undefined, exercise.id).toBe(true);
      } else {
        expect(demo.hold, exercise.id).toBe(false);
        expect(demonstrationTempo(demo, exercise.tempo)).toEqual(exercise.tempo);
      }
    }
  });
});

describe('every pose is whole and on or above the floor', () => {
  const poses = DEMONSTRATIONS.flatMap((d) =>
    d.poses.map((p) => [`${d.id} ${p.name}`, d, p] as const),
  );

  it.each(poses)('%s places every joint', (_, demo, pose) => {
    for (const joint of DEMO_JOINTS) {
      const at = pose.joints[joint];
      expect(Number.isFinite(at.x) && Number.isFinite(at.y), joint).toBe(true);
      expect(at.y, `${joint} below the floor`).toBeLessThanOrEqual(DEMO_FLOOR_Y + 0.5);
    }
    for (const segment of DEMO_SEGMENTS) {
      expect(Number.isFinite(pose.posture.angles[segment]), segment).toBe(true);
      // Foreshortening only shortens; in a side view the trunk and legs are in the picture's plane
      // (an arm may reach across the body, toward the viewer).
      expect(pose.posture.scales[segment], segment).toBeLessThanOrEqual(1.05);
      if (demo.view === 'side' && /^(trunk|head|thigh|shin)/.test(segment)) {
        expect(pose.posture.scales[segment], segment).toBeCloseTo(1, 2);
      }
    }
  });

  it('bones keep their length in a side view', () => {
    const squat = demonstrationFor({ id: 'squat', pattern: 'squat' });
    const bottom = demoPose(squat, 'bottom');
    if (!bottom) throw new Error('no bottom');
    const { hipR, kneeR, ankleR } = bottom.joints;
    expect(Math.hypot(kneeR.x - hipR.x, kneeR.y - hipR.y)).toBeCloseTo(
      DEMO_SEGMENT_LENGTH.thighR,
      5,
    );
    expect(Math.hypot(ankleR.x - kneeR.x, ankleR.y - kneeR.y)).toBeCloseTo(
      DEMO_SEGMENT_LENGTH.shinR,
      5,
    );
  });

  it('the bounds hold every joint of every pose', () => {
    for (const demo of DEMONSTRATIONS) {
      const b = demonstrationBounds(demo);
      for (const pose of demo.poses) {
        for (const joint of DEMO_JOINTS) {
          expect(pose.joints[joint].x).toBeGreaterThanOrEqual(b.minX);
          expect(pose.joints[joint].x).toBeLessThanOrEqual(b.maxX);
          expect(pose.joints[joint].y).toBeGreaterThanOrEqual(b.minY);
        }
      }
    }
  });

  it('demonstration ids are unique', () => {
    const ids = DEMONSTRATIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('A6/B23: the picture moves at the prescribed tempo', () => {
  it('3 s down and 1 s up really takes 4 s a repetition', () => {
    const t = tempo(3, 0, 1, 0);
    expect(tempoPosition(t, 0)).toMatchObject({ rep: 0, phase: 'down', progress: 0 });
    expect(tempoPosition(t, 1.5)).toMatchObject({ rep: 0, phase: 'down', progress: 0.5 });
    expect(tempoPosition(t, 3.5)).toMatchObject({
      rep: 0,
      phase: 'up',
      progress: 0.5,
      phaseStart: 3,
    });
    expect(tempoPosition(t, 4)).toMatchObject({ rep: 1, phase: 'down', progress: 0 });
    expect(tempoPosition(t, 40).rep).toBe(10);
  });

  it('holds at the bottom and the top come in order, and 0 s phases are skipped', () => {
    const t = tempo(3, 2, 3, 1);
    expect(tempoPosition(t, 4).phase).toBe('holdBottom');
    expect(tempoPosition(t, 6).phase).toBe('up');
    expect(tempoPosition(t, 8.5).phase).toBe('holdTop');
    expect(tempoPosition(t, 9)).toMatchObject({ rep: 1, phase: 'down' });
    expect(tempoPosition(tempo(2, 0, 1, 0), 2.2).phase).toBe('up');
  });

  it('the figure is at the top when a repetition starts and at the bottom when the lowering ends', () => {
    const demo = demonstrationFor({ id: 'squat', pattern: 'squat' });
    const t = tempo(3, 0, 1, 0);
    const top = demoPose(demo, 'top')?.joints;
    const bottom = demoPose(demo, 'bottom')?.joints;
    expect(demoFrameAt(demo, t, 0).hipR.y).toBeCloseTo(top?.hipR.y ?? Number.NaN, 5);
    expect(demoFrameAt(demo, t, 2.9999).hipR.y).toBeCloseTo(bottom?.hipR.y ?? Number.NaN, 2);
    expect(demoFrameAt(demo, t, 4).hipR.y).toBeCloseTo(top?.hipR.y ?? Number.NaN, 5);
    // Halfway down the hips are between the two.
    const half = demoFrameAt(demo, t, 1.5).hipR.y;
    expect(half).toBeGreaterThan(top?.hipR.y ?? 0);
    expect(half).toBeLessThan(bottom?.hipR.y ?? 0);
  });

  it('a jump passes through its flight on the way up', () => {
    const demo = demonstrationFor({ id: 'squat-jump', pattern: 'jump' });
    const flight = demoPose(demo, 'upVia')?.joints;
    const t = tempo(1, 0, 0.5, 0);
    expect(demoFrameAt(demo, t, 1.25).hipR.y).toBeCloseTo(flight?.hipR.y ?? Number.NaN, 5);
  });

  it('a hold shows its position without a tempo', () => {
    const plank = demonstrationFor({ id: 'plank', pattern: 'anti-extension' });
    expect(demonstrationTempo(plank, null)).toBeNull();
    expect(demoPostureAt(plank, null, 12)).toEqual(demoPose(plank, 'bottom')?.posture);
    const carry = demonstrationFor({ id: 'farmers-carry', pattern: 'carry' });
    expect(demonstrationTempo(carry, null)).toEqual(carry.cadence);
  });

  it('joints turn the short way round between poses', () => {
    const base: DemoPosture = {
      pelvis: { x: 0, y: 0 },
      angles: Object.fromEntries(DEMO_SEGMENTS.map((s) => [s, 170])) as DemoPosture['angles'],
      scales: Object.fromEntries(DEMO_SEGMENTS.map((s) => [s, 1])) as DemoPosture['scales'],
      hipTilt: 0,
    };
    const other = { ...base, angles: { ...base.angles, trunk: -170 } };
    expect(interpolateDemoPosture(base, other, 0.5).angles.trunk).toBeCloseTo(180, 5);
  });
});
