// A12: guided workouts show the movement. Each demonstration is a stick figure's key poses, named
// by the phases of a repetition, so a player can move it at the prescribed tempo (A6, B23):
// `top` → `bottom` over `down` seconds, hold, `bottom` → `top` over `up` seconds, hold.
import type { Exercise, MovementPattern, Tempo } from './exercise.schema';

/** Every point a pose places. Side views face right and show the runner's right side nearest. */
export const DEMO_JOINTS = [
  'head',
  'shoulderL',
  'shoulderR',
  'elbowL',
  'elbowR',
  'handL',
  'handR',
  'hipL',
  'hipR',
  'kneeL',
  'kneeR',
  'ankleL',
  'ankleR',
  'toeL',
  'toeR',
] as const;
export type DemoJoint = (typeof DEMO_JOINTS)[number];

/** Picture coordinates: x to the right, y down; a standing figure is about 80 tall. */
export interface DemoPoint {
  readonly x: number;
  readonly y: number;
}
export type DemoJoints = Readonly<Record<DemoJoint, DemoPoint>>;

/** The bones, each drawn from its root joint in a direction (see `DemoPosture.angles`). */
export const DEMO_SEGMENTS = [
  'trunk',
  'head',
  'upperArmL',
  'forearmL',
  'upperArmR',
  'forearmR',
  'thighL',
  'shinL',
  'thighR',
  'shinR',
  'footL',
  'footR',
] as const;
export type DemoSegment = (typeof DEMO_SEGMENTS)[number];

/** Lengths in picture units: trunk is pelvis → neck, head is neck → the head's centre. */
export const DEMO_SEGMENT_LENGTH: Readonly<Record<DemoSegment, number>> = {
  trunk: 26,
  head: 8,
  upperArmL: 13,
  forearmL: 12,
  upperArmR: 13,
  forearmR: 12,
  thighL: 19,
  shinL: 19,
  thighR: 19,
  shinR: 19,
  footL: 6,
  footR: 6,
};

/** The floor's surface; a flat foot's ankle and toe sit at `DEMO_ANKLE_Y`. */
export const DEMO_FLOOR_Y = 94;
export const DEMO_ANKLE_Y = 92;

export type DemoView = 'side' | 'front';

/**
 * Joint angles as the picture shows them. Each segment's direction is in degrees: 0 points
 * down, 90 right (the way a side view faces), 180 up, 270 (or −90) left. `scales` foreshorten a
 * segment that points toward the viewer (1 = its full length in the picture's plane).
 */
export interface DemoPosture {
  readonly pelvis: DemoPoint;
  readonly angles: Readonly<Record<DemoSegment, number>>;
  readonly scales: Readonly<Record<DemoSegment, number>>;
  /** Degrees the line through the hips turns from square to the trunk (a hip hike). */
  readonly hipTilt: number;
}

/**
 * `top` is where a repetition starts and the lift ends, `bottom` the end of the lowering
 * (eccentric). `downVia` and `upVia`, when present, are passed through halfway (the flight of a
 * jump, the step off a box).
 */
export const DEMO_POSE_NAMES = ['top', 'downVia', 'bottom', 'upVia'] as const;
export type DemoPoseName = (typeof DEMO_POSE_NAMES)[number];

export interface DemoPose {
  readonly name: DemoPoseName;
  readonly posture: DemoPosture;
  readonly joints: DemoJoints;
}

/** Things drawn with the figure: furniture as rectangles, a bar end-on, bands and weights. */
export type DemoProp =
  | {
      readonly kind: 'box' | 'bench' | 'step' | 'wall';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'bar'; readonly x: number; readonly y: number }
  | {
      readonly kind: 'band';
      readonly from: DemoJoint | DemoPoint;
      readonly to: DemoJoint | DemoPoint;
    }
  | { readonly kind: 'weight'; readonly at: DemoJoint };

export interface Demonstration {
  readonly id: string;
  readonly view: DemoView;
  /** A position held still (a plank): the player shows `bottom` and does not move it. */
  readonly hold: boolean;
  /** For timed work that still moves (a carry, high knees): the pace to animate it at. */
  readonly cadence?: Tempo;
  readonly poses: readonly DemoPose[];
  readonly props: readonly DemoProp[];
}

// ---------------------------------------------------------------------------------------------
// Geometry

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

const step = (from: DemoPoint, angle: number, length: number): DemoPoint => ({
  x: from.x + Math.sin(toRadians(angle)) * length,
  y: from.y + Math.cos(toRadians(angle)) * length,
});

const directionTo = (from: DemoPoint, to: DemoPoint): number =>
  toDegrees(Math.atan2(to.x - from.x, to.y - from.y));

const distance = (a: DemoPoint, b: DemoPoint): number => Math.hypot(b.x - a.x, b.y - a.y);

const HALF_WIDTH: Readonly<Record<DemoView, { hips: number; shoulders: number }>> = {
  side: { hips: 0, shoulders: 0 },
  front: { hips: 4, shoulders: 6 },
};

const segment = (posture: DemoPosture, from: DemoPoint, name: DemoSegment): DemoPoint =>
  step(from, posture.angles[name], DEMO_SEGMENT_LENGTH[name] * posture.scales[name]);

interface Roots {
  neck: DemoPoint;
  shoulderL: DemoPoint;
  shoulderR: DemoPoint;
  hipL: DemoPoint;
  hipR: DemoPoint;
}

const rootsOf = (
  pelvis: DemoPoint,
  trunk: number,
  trunkLength: number,
  hipTilt: number,
  view: DemoView,
): Roots => {
  const neck = step(pelvis, trunk, trunkLength);
  const width = HALF_WIDTH[view];
  // Square to the trunk, the runner's left is 90° clockwise of "up the trunk" in the picture.
  const hipLine = trunk - 90 + hipTilt;
  return {
    neck,
    shoulderL: step(neck, trunk - 90, width.shoulders),
    shoulderR: step(neck, trunk + 90, width.shoulders),
    hipL: step(pelvis, hipLine, width.hips),
    hipR: step(pelvis, hipLine + 180, width.hips),
  };
};

/** Where every joint of a posture is drawn. */
export const demoJointsOf = (posture: DemoPosture, view: DemoView): DemoJoints => {
  const roots = rootsOf(
    posture.pelvis,
    posture.angles.trunk,
    DEMO_SEGMENT_LENGTH.trunk * posture.scales.trunk,
    posture.hipTilt,
    view,
  );
  const elbowL = segment(posture, roots.shoulderL, 'upperArmL');
  const elbowR = segment(posture, roots.shoulderR, 'upperArmR');
  const kneeL = segment(posture, roots.hipL, 'thighL');
  const kneeR = segment(posture, roots.hipR, 'thighR');
  const ankleL = segment(posture, kneeL, 'shinL');
  const ankleR = segment(posture, kneeR, 'shinR');
  return {
    head: segment(posture, roots.neck, 'head'),
    shoulderL: roots.shoulderL,
    shoulderR: roots.shoulderR,
    elbowL,
    elbowR,
    handL: segment(posture, elbowL, 'forearmL'),
    handR: segment(posture, elbowR, 'forearmR'),
    hipL: roots.hipL,
    hipR: roots.hipR,
    kneeL,
    kneeR,
    ankleL,
    ankleR,
    toeL: segment(posture, ankleL, 'footL'),
    toeR: segment(posture, ankleR, 'footR'),
  };
};

/** The smallest turn from `from` to `to`, in degrees (−180..180). */
const turn = (from: number, to: number): number => {
  const d = (((to - from) % 360) + 540) % 360;
  return d - 180;
};

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

const mapSegments = (f: (segment: DemoSegment) => number): Record<DemoSegment, number> =>
  Object.fromEntries(DEMO_SEGMENTS.map((s) => [s, f(s)])) as Record<DemoSegment, number>;

/** The posture `t` (0..1) of the way from `a` to `b`: joint angles turn the short way round. */
export const interpolateDemoPosture = (a: DemoPosture, b: DemoPosture, t: number): DemoPosture => ({
  pelvis: { x: lerp(a.pelvis.x, b.pelvis.x, t), y: lerp(a.pelvis.y, b.pelvis.y, t) },
  angles: mapSegments((s) => a.angles[s] + turn(a.angles[s], b.angles[s]) * t),
  scales: mapSegments((s) => lerp(a.scales[s], b.scales[s], t)),
  hipTilt: lerp(a.hipTilt, b.hipTilt, t),
});

// ---------------------------------------------------------------------------------------------
// Tempo

export const TEMPO_PHASES = ['down', 'holdBottom', 'up', 'holdTop'] as const;
export type TempoPhase = (typeof TEMPO_PHASES)[number];

export interface TempoPosition {
  /** Repetitions completed before this moment. */
  rep: number;
  phase: TempoPhase;
  /** How far through the phase, 0..1. */
  progress: number;
  /** Seconds into the repetition at which this phase began. */
  phaseStart: number;
}

/**
 * Where a repetition stands `seconds` after the set began, at this tempo: down, hold at the
 * bottom, up, hold at the top, then the next repetition. Phases of 0 s are skipped.
 */
export const tempoPosition = (tempo: Tempo, seconds: number): TempoPosition => {
  const total = tempo.down + tempo.holdBottom + tempo.up + tempo.holdTop;
  if (total <= 0) return { rep: 0, phase: 'holdTop', progress: 1, phaseStart: 0 };
  const elapsed = Math.max(0, seconds);
  const rep = Math.floor(elapsed / total);
  let into = elapsed - rep * total;
  let start = 0;
  let last: TempoPosition = { rep, phase: 'holdTop', progress: 1, phaseStart: 0 };
  for (const phase of TEMPO_PHASES) {
    const length = tempo[phase];
    if (length <= 0) continue;
    if (into < length) return { rep, phase, progress: into / length, phaseStart: start };
    last = { rep, phase, progress: 1, phaseStart: start };
    into -= length;
    start += length;
  }
  return last;
};

const ease = (t: number): number => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));

/** A named pose of a demonstration. */
export const demoPose = (demo: Demonstration, name: DemoPoseName): DemoPose | undefined =>
  demo.poses.find((p) => p.name === name);

const postureNamed = (demo: Demonstration, name: DemoPoseName): DemoPosture => {
  const pose = demoPose(demo, name) ?? demo.poses[0];
  if (!pose) throw new Error(`demonstration ${demo.id} has no poses`);
  return pose.posture;
};

const along = (path: readonly DemoPosture[], t: number): DemoPosture => {
  const legs = path.length - 1;
  const at = Math.min(legs - 1e-9, Math.max(0, t * legs));
  const index = Math.floor(at);
  const from = path[index] ?? path[0];
  const to = path[index + 1] ?? from;
  if (!from || !to) throw new Error('an empty path');
  return interpolateDemoPosture(from, to, at - index);
};

/**
 * The tempo a demonstration moves at: the prescribed one; for timed work that moves, its own
 * cadence; for a still hold, none.
 */
export const demonstrationTempo = (demo: Demonstration, prescribed: Tempo | null): Tempo | null =>
  demo.hold ? null : (prescribed ?? demo.cadence ?? null);

/** The posture `seconds` after the set began. With no tempo (a hold) it is `bottom`, still. */
export const demoPostureAt = (
  demo: Demonstration,
  tempo: Tempo | null,
  seconds: number,
): DemoPosture => {
  if (tempo === null) return postureNamed(demo, 'bottom');
  const at = tempoPosition(tempo, seconds);
  const top = postureNamed(demo, 'top');
  const bottom = postureNamed(demo, 'bottom');
  const downVia = demoPose(demo, 'downVia')?.posture;
  const upVia = demoPose(demo, 'upVia')?.posture;
  switch (at.phase) {
    case 'down':
      return along(downVia ? [top, downVia, bottom] : [top, bottom], ease(at.progress));
    case 'holdBottom':
      return bottom;
    case 'up':
      return along(upVia ? [bottom, upVia, top] : [bottom, top], ease(at.progress));
    case 'holdTop':
      return top;
  }
};

/** Where every joint is drawn `seconds` after the set began, at this tempo. */
export const demoFrameAt = (
  demo: Demonstration,
  tempo: Tempo | null,
  seconds: number,
): DemoJoints => demoJointsOf(demoPostureAt(demo, tempo, seconds), demo.view);

export interface DemoBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box every pose and prop fits in (the floor included), for a picture's viewBox. */
export const demonstrationBounds = (demo: Demonstration): DemoBounds => {
  const xs: number[] = [];
  const ys: number[] = [DEMO_FLOOR_Y];
  for (const pose of demo.poses) {
    for (const joint of DEMO_JOINTS) {
      xs.push(pose.joints[joint].x);
      ys.push(pose.joints[joint].y);
    }
  }
  for (const prop of demo.props) {
    if (prop.kind === 'bar') {
      xs.push(prop.x);
      ys.push(prop.y);
    } else if (prop.kind !== 'band' && prop.kind !== 'weight') {
      xs.push(prop.x, prop.x + prop.width);
      ys.push(prop.y, prop.y + prop.height);
    } else if (prop.kind === 'band') {
      for (const end of [prop.from, prop.to]) {
        if (typeof end !== 'string') {
          xs.push(end.x);
          ys.push(end.y);
        }
      }
    }
  }
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
};

// ---------------------------------------------------------------------------------------------
// Authoring: a pose is written as the pelvis, the trunk and each limb — by its two angles, by
// where its end reaches (solved for the bend), by where its joints are seen, or as a straight
// line toward a point — and stored as angles and foreshortening.

type LimbSpec =
  /** The upper and lower segment's directions. */
  | readonly [number, number]
  /** The hand or ankle at this point, the elbow or knee bent to the side `bend` turns to. */
  | { readonly reach: DemoPoint; readonly bend: 1 | -1 }
  /** The elbow or knee and the hand or ankle exactly here, foreshortened if need be. */
  | { readonly via: DemoPoint; readonly to: DemoPoint }
  /** Straight toward this point, foreshortened when it is nearer than the limb is long. */
  | { readonly line: DemoPoint };

interface PostureSpec {
  readonly pelvis: DemoPoint;
  /** The trunk's direction, or a point the neck lies toward. */
  readonly trunk?: number | DemoPoint;
  readonly head?: number;
  readonly armL?: LimbSpec;
  readonly armR?: LimbSpec;
  readonly legL?: LimbSpec;
  readonly legR?: LimbSpec;
  readonly footL?: number;
  readonly footR?: number;
  readonly footScale?: number;
  readonly hipTilt?: number;
  /**
   * Moves the finished figure so this joint lands here (`pelvis` then only places it roughly;
   * limb targets move with it). For poses easier to describe from a contact: a side plank's elbow.
   */
  readonly anchor?: { readonly joint: DemoJoint; readonly at: DemoPoint };
}

interface SolvedLimb {
  upper: number;
  lower: number;
  upperScale: number;
  lowerScale: number;
}

const isAngles = (spec: LimbSpec): spec is readonly [number, number] => Array.isArray(spec);

const solveLimb = (root: DemoPoint, spec: LimbSpec, upper: number, lower: number): SolvedLimb => {
  if (isAngles(spec)) return { upper: spec[0], lower: spec[1], upperScale: 1, lowerScale: 1 };
  if ('reach' in spec) {
    const full = distance(root, spec.reach);
    const d = Math.max(Math.abs(upper - lower) + 1e-6, Math.min(full, (upper + lower) * 0.99999));
    const base = directionTo(root, spec.reach);
    const cos = (upper * upper + d * d - lower * lower) / (2 * upper * d);
    const bend = toDegrees(Math.acos(Math.min(1, Math.max(-1, cos))));
    const first = base + spec.bend * bend;
    const middle = step(root, first, upper);
    return { upper: first, lower: directionTo(middle, spec.reach), upperScale: 1, lowerScale: 1 };
  }
  if ('via' in spec) {
    return {
      upper: directionTo(root, spec.via),
      lower: directionTo(spec.via, spec.to),
      upperScale: distance(root, spec.via) / upper,
      lowerScale: distance(spec.via, spec.to) / lower,
    };
  }
  const direction = directionTo(root, spec.line);
  const share = Math.min(1, distance(root, spec.line) / (upper + lower));
  return { upper: direction, lower: direction, upperScale: share, lowerScale: share };
};

const round = (n: number): number => Math.round(n * 100) / 100;

const posture = (view: DemoView, spec: PostureSpec): DemoPosture => {
  const side = view === 'side';
  const trunk =
    spec.trunk === undefined
      ? 180
      : typeof spec.trunk === 'number'
        ? spec.trunk
        : directionTo(spec.pelvis, spec.trunk);
  const roots = rootsOf(spec.pelvis, trunk, DEMO_SEGMENT_LENGTH.trunk, spec.hipTilt ?? 0, view);
  const arm = (root: DemoPoint, given: LimbSpec | undefined, hang: readonly [number, number]) =>
    solveLimb(root, given ?? hang, DEMO_SEGMENT_LENGTH.upperArmL, DEMO_SEGMENT_LENGTH.forearmL);
  const leg = (root: DemoPoint, given: LimbSpec | undefined) =>
    solveLimb(root, given ?? [0, 0], DEMO_SEGMENT_LENGTH.thighL, DEMO_SEGMENT_LENGTH.shinL);
  const armL = arm(roots.shoulderL, spec.armL, side ? [4, 10] : [10, 4]);
  const armR = arm(roots.shoulderR, spec.armR, side ? [4, 10] : [-10, -4]);
  const legL = leg(roots.hipL, spec.legL);
  const legR = leg(roots.hipR, spec.legR);
  const footScale = spec.footScale ?? (side ? 1 : 0.5);
  const angles: Record<DemoSegment, number> = {
    trunk,
    head: spec.head ?? trunk,
    upperArmL: armL.upper,
    forearmL: armL.lower,
    upperArmR: armR.upper,
    forearmR: armR.lower,
    thighL: legL.upper,
    shinL: legL.lower,
    thighR: legR.upper,
    shinR: legR.lower,
    footL: spec.footL ?? (side ? 90 : 70),
    footR: spec.footR ?? (side ? 90 : -70),
  };
  const scales: Record<DemoSegment, number> = {
    ...mapSegments(() => 1),
    upperArmL: armL.upperScale,
    forearmL: armL.lowerScale,
    upperArmR: armR.upperScale,
    forearmR: armR.lowerScale,
    thighL: legL.upperScale,
    shinL: legL.lowerScale,
    thighR: legR.upperScale,
    shinR: legR.lowerScale,
    footL: footScale,
    footR: footScale,
  };
  const solved: DemoPosture = { pelvis: spec.pelvis, angles, scales, hipTilt: spec.hipTilt ?? 0 };
  let pelvis = spec.pelvis;
  if (spec.anchor) {
    const placed = demoJointsOf(solved, view)[spec.anchor.joint];
    pelvis = {
      x: pelvis.x + spec.anchor.at.x - placed.x,
      y: pelvis.y + spec.anchor.at.y - placed.y,
    };
  }
  return {
    pelvis: { x: round(pelvis.x), y: round(pelvis.y) },
    angles: mapSegments((s) => round(angles[s])),
    scales: mapSegments((s) => round(scales[s])),
    hipTilt: solved.hipTilt,
  };
};

interface DemoSpec {
  readonly view?: DemoView;
  readonly top: PostureSpec;
  readonly bottom?: PostureSpec;
  readonly downVia?: PostureSpec;
  readonly upVia?: PostureSpec;
  readonly hold?: boolean;
  readonly cadence?: Tempo;
  readonly props?: readonly DemoProp[];
}

const demo = (id: string, spec: DemoSpec): Demonstration => {
  const view = spec.view ?? 'side';
  const named: [DemoPoseName, PostureSpec | undefined][] = [
    ['top', spec.top],
    ['downVia', spec.downVia],
    ['bottom', spec.bottom ?? spec.top],
    ['upVia', spec.upVia],
  ];
  const poses = named.flatMap(([name, given]) => {
    if (!given) return [];
    const p = posture(view, given);
    return [{ name, posture: p, joints: demoJointsOf(p, view) }];
  });
  return {
    id,
    view,
    hold: spec.hold ?? false,
    ...(spec.cadence ? { cadence: spec.cadence } : {}),
    poses,
    props: spec.props ?? [],
  };
};

// Shorthands for the poses below.
const A = DEMO_ANKLE_Y;
const F = DEMO_FLOOR_Y;
/** Lying on the floor, the body's line sits this high. */
const L = 89;
const STAND = A - 38;
const p = (x: number, y: number): DemoPoint => ({ x, y });
const reach = (x: number, y: number, bend: 1 | -1 = 1): LimbSpec => ({ reach: p(x, y), bend });
const line = (x: number, y: number): LimbSpec => ({ line: p(x, y) });
const via = (vx: number, vy: number, x: number, y: number): LimbSpec => ({
  via: p(vx, vy),
  to: p(x, y),
});
const box = (kind: 'box' | 'bench' | 'step', x: number, width: number, height: number) =>
  ({ kind, x, y: F - height, width, height }) as const;
const wall = (x: number) => ({ kind: 'wall', x, y: 6, width: 4, height: F - 6 }) as const;
const band = (from: DemoJoint | DemoPoint, to: DemoJoint | DemoPoint): DemoProp => ({
  kind: 'band',
  from,
  to,
});
const weights = (...at: DemoJoint[]): DemoProp[] => at.map((j) => ({ kind: 'weight', at: j }));
const cadence = (down: number, up: number): Tempo => ({
  down,
  holdBottom: 0,
  up,
  holdTop: 0,
  intent: 'controlled',
});
/** The direction of a straight body rising `degrees` toward the right. */
const bodyAngle = (degrees: number): number => 90 + degrees;

// ---------------------------------------------------------------------------------------------
// The demonstrations. Side views face right; a one-sided exercise works the right side (drawn
// nearest), and the player mirrors the picture for the left.

const squat = demo('squat', {
  top: { pelvis: p(50, STAND), legL: reach(50, A), legR: reach(50, A) },
  bottom: {
    pelvis: p(40, 72),
    trunk: 145,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(50, A),
    legR: reach(50, A),
  },
});

const gobletArms = { armL: [15, 150], armR: [15, 150] } as const;
const gobletSquat = demo('goblet-squat', {
  top: { pelvis: p(50, STAND), ...gobletArms, legL: reach(50, A), legR: reach(50, A) },
  bottom: {
    pelvis: p(40, 72),
    trunk: 150,
    armL: [35, 165],
    armR: [35, 165],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  props: weights('handR'),
});

const backSquat = demo('back-squat', {
  top: {
    pelvis: p(50, STAND),
    armL: [-60, 150],
    armR: [-60, 150],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  bottom: {
    pelvis: p(40, 72),
    trunk: 140,
    armL: [-90, 120],
    armR: [-90, 120],
    legL: reach(50, A),
    legR: reach(50, A),
  },
});

const chairSquat = demo('chair-squat', {
  top: {
    pelvis: p(50, STAND),
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  bottom: {
    pelvis: p(37, 71),
    trunk: 140,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  props: [box('box', 20, 18, 20)],
});

const singleLegSquat = demo('single-leg-squat', {
  top: {
    pelvis: p(50, STAND),
    armL: [90, 90],
    armR: [90, 90],
    legR: reach(50, A),
    legL: [30, 15],
  },
  bottom: {
    pelvis: p(43, 68),
    trunk: 148,
    armL: [95, 95],
    armR: [95, 95],
    legR: reach(50, A),
    legL: [60, 45],
  },
});

const pistolSquat = demo('pistol-squat', {
  top: {
    pelvis: p(50, STAND),
    armL: [90, 90],
    armR: [90, 90],
    legR: reach(50, A),
    legL: [40, 40],
  },
  bottom: {
    pelvis: p(42, 76),
    trunk: 140,
    armL: [95, 95],
    armR: [95, 95],
    legR: reach(50, A),
    legL: [84, 88],
  },
});

const skaterSquat = demo('skater-squat', {
  top: {
    pelvis: p(50, STAND),
    armL: [60, 80],
    armR: [60, 80],
    legR: reach(50, A),
    legL: [-5, -75],
  },
  bottom: {
    pelvis: p(44, 68),
    trunk: 145,
    armL: [95, 95],
    armR: [95, 95],
    legR: reach(50, A),
    legL: [-8, -80],
    footL: -60,
  },
});

const stepDown = demo('step-down', {
  top: { pelvis: p(48, A - 14 - 38), legR: reach(48, A - 14), legL: [12, 0], footL: 95 },
  bottom: {
    pelvis: p(42, 60),
    trunk: 150,
    armL: [85, 85],
    armR: [85, 85],
    legR: reach(48, A - 14),
    legL: reach(64, A - 1),
    footL: 100,
  },
  props: [box('box', 34, 20, 14)],
});

const wallSit = demo('wall-sit', {
  hold: true,
  top: {
    pelvis: p(40, 73),
    armL: [0, 0],
    armR: [0, 0],
    legL: reach(59, A),
    legR: reach(59, A),
  },
  props: [wall(32)],
});

const spanishSquat = demo('spanish-squat', {
  hold: true,
  top: {
    pelvis: p(40, 68),
    trunk: 172,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(54, A),
    legR: reach(54, A),
  },
  props: [band('kneeR', p(78, 74))],
});

// Lunges: the right foot in front, the left behind on its toes.
const splitSquat = demo('split-squat', {
  top: { pelvis: p(47, 57), legR: reach(62, A), legL: reach(31, A - 4), footL: 45 },
  bottom: { pelvis: p(46, 69), legR: reach(62, A), legL: reach(31, A - 4), footL: 45 },
});

const forwardLunge = demo('lunge', {
  top: { pelvis: p(34, STAND), legR: reach(34, A), legL: reach(34, A) },
  bottom: { pelvis: p(47, 69), legR: reach(63, A), legL: reach(32, A - 4), footL: 45 },
});

const reverseLunge = demo('reverse-lunge', {
  top: { pelvis: p(60, STAND), legR: reach(60, A), legL: reach(60, A) },
  bottom: { pelvis: p(45, 69), legR: reach(60, A), legL: reach(29, A - 4), footL: 45 },
});

const lungeWithRotation = demo('lunge-with-rotation', {
  top: {
    pelvis: p(34, STAND),
    armL: [150, 100],
    armR: [150, 100],
    legR: reach(34, A),
    legL: reach(34, A),
  },
  bottom: {
    pelvis: p(47, 69),
    armL: [95, 95],
    armR: [-80, -80],
    legR: reach(63, A),
    legL: reach(32, A - 4),
    footL: 45,
  },
});

const bulgarianSplitSquat = demo('bulgarian-split-squat', {
  top: { pelvis: p(45, 56), legR: reach(60, A), legL: reach(27, F - 20 - 3), footL: -80 },
  bottom: {
    pelvis: p(43, 68),
    trunk: 168,
    legR: reach(60, A),
    legL: reach(27, F - 20 - 3),
    footL: -80,
  },
  props: [box('bench', 4, 24, 20)],
});

const lateralLunge = demo('lateral-lunge', {
  view: 'front',
  top: { pelvis: p(62, STAND), legR: line(57, A), legL: line(67, A) },
  bottom: {
    pelvis: p(40, 66),
    trunk: 188,
    armL: [-20, -10],
    armR: [-30, -20],
    legR: reach(22, A, -1),
    legL: line(67, A),
  },
});

const stepUp = demo('step-up', {
  top: {
    pelvis: p(60, A - 14 - 38),
    armL: [-35, -15],
    armR: [45, 120],
    legR: reach(60, A - 14),
    legL: [80, 0],
  },
  bottom: {
    pelvis: p(45, 57),
    trunk: 165,
    armL: [5, 20],
    armR: [5, 20],
    legR: reach(58, A - 14),
    legL: reach(40, A),
  },
  props: [box('box', 48, 24, 14)],
});

const weightedStepUp = demo('weighted-step-up', {
  top: {
    pelvis: p(60, A - 14 - 38),
    legR: reach(60, A - 14),
    legL: [80, 0],
    armL: [0, 0],
    armR: [0, 0],
  },
  bottom: {
    pelvis: p(45, 57),
    trunk: 165,
    armL: [0, 0],
    armR: [0, 0],
    legR: reach(58, A - 14),
    legL: reach(40, A),
  },
  props: [box('box', 48, 24, 14), ...weights('handL', 'handR')],
});

// Hinges: the hips go back, the back stays long.
const romanianDeadlift = demo('romanian-deadlift', {
  top: { pelvis: p(50, STAND), armL: [0, 0], armR: [0, 0], legL: reach(50, A), legR: reach(50, A) },
  bottom: {
    pelvis: p(36, 58),
    trunk: 118,
    armL: [0, 0],
    armR: [0, 0],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  props: weights('handR'),
});

const deadlift = demo('deadlift', {
  top: { pelvis: p(50, STAND), armL: [0, 0], armR: [0, 0], legL: reach(50, A), legR: reach(50, A) },
  bottom: {
    pelvis: p(37, 67),
    trunk: 128,
    armL: [0, 0],
    armR: [0, 0],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  props: weights('handR'),
});

const singleLegDeadlift = demo('single-leg-deadlift', {
  top: {
    pelvis: p(50, STAND),
    armL: [0, 0],
    armR: [0, 0],
    legR: reach(50, A),
    legL: [-6, -20],
    footL: 70,
  },
  bottom: {
    pelvis: p(44, 57),
    trunk: 98,
    armL: [0, 0],
    armR: [0, 0],
    legR: reach(50, A),
    legL: [-82, -82],
    footL: 0,
  },
});

const kickstandDeadlift = demo('kickstand-rdl', {
  top: {
    pelvis: p(50, STAND),
    armL: [0, 0],
    armR: [0, 0],
    legR: reach(52, A),
    legL: reach(40, A - 4),
    footL: 45,
  },
  bottom: {
    pelvis: p(38, 59),
    trunk: 115,
    armL: [0, 0],
    armR: [0, 0],
    legR: reach(52, A),
    legL: reach(40, A - 4),
    footL: 45,
  },
  props: weights('handR'),
});

const kettlebellSwing = demo('kettlebell-swing', {
  top: {
    pelvis: p(50, STAND),
    armL: [88, 88],
    armR: [88, 88],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  bottom: {
    pelvis: p(37, 60),
    trunk: 122,
    armL: [-15, -25],
    armR: [-15, -25],
    legL: reach(50, A),
    legR: reach(50, A),
  },
  props: weights('handR'),
});

// Bridges: lying on the back, head to the left, feet flat.
const shouldersDown = p(22, L);
const gluteBridge = demo('glute-bridge', {
  top: {
    pelvis: p(48, 73),
    trunk: shouldersDown,
    head: 270,
    armL: [88, 90],
    armR: [88, 90],
    legL: reach(68, A),
    legR: reach(68, A),
  },
  bottom: {
    pelvis: p(47, L),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(68, A),
    legR: reach(68, A),
  },
});

const singleLegBridge = demo('single-leg-glute-bridge', {
  top: {
    pelvis: p(48, 73),
    trunk: shouldersDown,
    head: 270,
    armL: [88, 90],
    armR: [88, 90],
    legR: reach(68, A),
    legL: [122, 122],
  },
  bottom: {
    pelvis: p(47, L),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legR: reach(68, A),
    legL: [128, 128],
  },
});

const hipThrust = demo('hip-thrust', {
  top: {
    pelvis: p(46, 70),
    trunk: 270,
    head: 270,
    armL: [60, 90],
    armR: [60, 90],
    legL: reach(65, A),
    legR: reach(65, A),
  },
  bottom: {
    pelvis: p(34, 86),
    trunk: p(20, 71),
    head: 240,
    armL: [80, 90],
    armR: [80, 90],
    legL: reach(65, A),
    legR: reach(65, A),
  },
  props: [box('bench', 0, 22, 20)],
});

// Hip abduction, seen from the front with the band above the knees.
const bandLateralWalk = demo('band-lateral-walk', {
  view: 'front',
  top: { pelvis: p(55, 57), legR: line(48, A), legL: line(62, A) },
  bottom: { pelvis: p(48, 58), legR: line(33, A), legL: line(60, A) },
  props: [band('kneeL', 'kneeR')],
});

const monsterWalk = demo('monster-walk', {
  view: 'front',
  top: { pelvis: p(55, 61), trunk: 178, legR: line(46, A), legL: line(64, A) },
  bottom: { pelvis: p(48, 62), trunk: 178, legR: line(31, A), legL: line(62, A) },
  props: [band('ankleL', 'ankleR')],
});

// Side-lying, seen from the front: the head to the right, the right (working) side on top.
const lyingOnSide = {
  pelvis: p(48, 84),
  trunk: 92,
  head: 90,
  armL: [150, 120],
  armR: [60, 90],
} as const;
const clamshell = demo('clamshell', {
  view: 'front',
  top: {
    ...lyingOnSide,
    legL: via(38, 90, 24, 89),
    legR: via(36, 72, 24, 85),
  },
  bottom: {
    ...lyingOnSide,
    legL: via(38, 90, 24, 89),
    legR: via(37, 83, 24, 85),
  },
  props: [band('kneeL', 'kneeR')],
});

const sideLyingAbduction = demo('side-lying-hip-abduction', {
  view: 'front',
  top: { ...lyingOnSide, legL: line(10, 90), legR: [-122, -122] },
  bottom: { ...lyingOnSide, legL: line(10, 90), legR: [-94, -94] },
});

/** Seen from the front, head to the left, on the right forearm: the body rises `degrees`. */
const onForearm = (
  degrees: number,
  legs: Pick<PostureSpec, 'legL' | 'legR' | 'armL'>,
): PostureSpec => ({
  pelvis: p(50, 80),
  trunk: 270 - degrees,
  head: 270 - degrees,
  armR: [0, 270],
  armL: [60, 100],
  legL: [90 - degrees, 90 - degrees],
  legR: [90 - degrees, 90 - degrees],
  ...legs,
  anchor: { joint: 'elbowR', at: p(24, A - 1) },
});
const sidePlankLegRaise = demo('side-plank-hip-abduction', {
  view: 'front',
  top: onForearm(14, { legL: [108, 108] }),
  bottom: onForearm(14, { legL: [77, 77] }),
});

const hipHike = demo('hip-hike', {
  view: 'front',
  top: {
    pelvis: p(50, A - 14 - 37),
    hipTilt: -12,
    legR: line(45, A - 14),
    legL: [5, 5],
    footL: 70,
  },
  bottom: {
    pelvis: p(50, A - 14 - 37),
    hipTilt: 12,
    legR: line(45, A - 14),
    legL: [-8, -8],
    footL: 70,
  },
  props: [box('step', 34, 20, 14)],
});

// Side-lying with the head to the left: the right leg underneath lifts toward the top one.
const lyingHeadLeft = {
  pelvis: p(52, 85),
  trunk: 270,
  head: 270,
  armR: [270, 270],
  armL: [80, 100],
} as const;
const sideLyingAdduction = demo('side-lying-hip-adduction', {
  view: 'front',
  top: { ...lyingHeadLeft, legL: via(64, 72, 68, 90), legR: [100, 100] },
  bottom: { ...lyingHeadLeft, legL: via(64, 72, 68, 90), legR: [90, 90] },
});

const copenhagenPlank = demo('copenhagen-plank', {
  view: 'front',
  hold: true,
  top: onForearm(-3, { legL: [93, 93], legR: [70, 70] }),
  bottom: onForearm(-3, { legL: [93, 93], legR: [70, 70] }),
  props: [box('bench', 62, 30, 24)],
});

const shortLeverCopenhagen = demo('copenhagen-plank-short-lever', {
  view: 'front',
  hold: true,
  top: onForearm(-3, { legL: [93, 10], legR: [70, 120] }),
  bottom: onForearm(-3, { legL: [93, 10], legR: [70, 120] }),
  props: [box('bench', 48, 30, 24)],
});

const bandKneeDrive = demo('band-knee-drive', {
  top: {
    pelvis: p(52, STAND),
    armL: [50, 150],
    armR: [-30, 60],
    legL: reach(52, A),
    legR: [85, 0],
  },
  bottom: {
    pelvis: p(52, STAND),
    armL: [-20, 40],
    armR: [30, 120],
    legL: reach(52, A),
    legR: [-22, -35],
    footR: 40,
  },
  props: [band('ankleR', p(12, A))],
});

// Knee flexion.
const kneeOnFloor = p(50, A - 1);
const nordicCurl = demo('nordic-hamstring-curl', {
  top: {
    pelvis: p(kneeOnFloor.x, kneeOnFloor.y - 19),
    armL: [30, 120],
    armR: [30, 120],
    legL: [0, -90],
    legR: [0, -90],
    footL: -70,
    footR: -70,
  },
  bottom: {
    pelvis: step(kneeOnFloor, 112, 19),
    trunk: 112,
    armL: reach(88, A, -1),
    armR: reach(88, A, -1),
    legL: [-68, -90],
    legR: [-68, -90],
    footL: -70,
    footR: -70,
  },
  props: [{ kind: 'bar', x: 30, y: A - 3 }],
});

const sliderCurl = demo('slider-hamstring-curl', {
  top: {
    pelvis: p(48, 74),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(66, A, 1),
    legR: reach(66, A, 1),
    footL: 160,
    footR: 160,
  },
  bottom: {
    pelvis: p(47, 84),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(85, A, 1),
    legR: reach(85, A, 1),
    footL: 160,
    footR: 160,
  },
});

const hamstringWalkout = demo('hamstring-walkout', {
  top: {
    pelvis: p(48, 74),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(66, A, 1),
    legR: reach(66, A, 1),
    footL: 160,
    footR: 160,
  },
  bottom: {
    pelvis: p(47, 80),
    trunk: shouldersDown,
    head: 270,
    armL: [90, 90],
    armR: [90, 90],
    legL: reach(84, A, 1),
    legR: reach(80, A, 1),
    footL: 160,
    footR: 160,
  },
});

// Calves: on a step edge, heels free (a flat floor works too).
const STEP_TOP = F - 8;
const toeOnStep = p(52, STEP_TOP - 2);
/** On the toes: the ankle up and behind the toe (the foot at 45°). */
const raised = step(toeOnStep, 225, 6);
const lowered = step(toeOnStep, 300, 6);
const calfStep = [box('step', 49, 26, 8)] as const;

const calfRaise = demo('calf-raise', {
  top: {
    pelvis: p(raised.x, raised.y - 38),
    legL: reach(raised.x, raised.y),
    legR: reach(raised.x, raised.y),
    footL: 45,
    footR: 45,
  },
  bottom: {
    pelvis: p(lowered.x, lowered.y - 38),
    legL: reach(lowered.x, lowered.y),
    legR: reach(lowered.x, lowered.y),
    footL: 120,
    footR: 120,
  },
  props: calfStep,
});

const bentKneeCalfRaise = demo('bent-knee-calf-raise', {
  top: {
    pelvis: p(raised.x - 6, raised.y - 35),
    trunk: 172,
    legR: reach(raised.x, raised.y),
    legL: [10, -70],
    footR: 45,
    footL: 60,
  },
  bottom: {
    pelvis: p(lowered.x - 6, lowered.y - 35),
    trunk: 172,
    legR: reach(lowered.x, lowered.y),
    legL: [10, -70],
    footR: 120,
    footL: 60,
  },
  props: calfStep,
});

const singleLegCalfRaise = demo('single-leg-calf-raise', {
  top: {
    pelvis: p(raised.x, raised.y - 38),
    legR: reach(raised.x, raised.y),
    legL: [-4, -75],
    footR: 45,
    footL: 30,
  },
  bottom: {
    pelvis: p(lowered.x, lowered.y - 38),
    legR: reach(lowered.x, lowered.y),
    legL: [-4, -75],
    footR: 120,
    footL: 30,
  },
  props: calfStep,
});

const heelDropBothFeet = demo('eccentric-heel-drop', {
  top: {
    pelvis: p(raised.x, raised.y - 38),
    legL: reach(raised.x, raised.y),
    legR: reach(raised.x, raised.y),
    footL: 45,
    footR: 45,
  },
  bottom: {
    pelvis: p(lowered.x, lowered.y - 38),
    legL: reach(lowered.x, lowered.y),
    legR: reach(lowered.x, lowered.y),
    footL: 120,
    footR: 120,
  },
  props: calfStep,
});

const seatedCalfRaise = demo('seated-calf-raise', {
  top: {
    pelvis: p(34, F - 24),
    armL: [30, 80],
    armR: [30, 80],
    legL: reach(54, A - 4),
    legR: reach(54, A - 4),
    footL: 45,
    footR: 45,
  },
  bottom: {
    pelvis: p(34, F - 24),
    armL: [30, 80],
    armR: [30, 80],
    legL: reach(53, A),
    legR: reach(53, A),
    footL: 90,
    footR: 90,
  },
  props: [box('bench', 16, 24, 20), ...weights('kneeR')],
});

const tibialisRaise = demo('tibialis-raise', {
  top: {
    pelvis: p(36, STAND + 1),
    trunk: 184,
    legL: reach(49, A),
    legR: reach(49, A),
    footL: 130,
    footR: 130,
  },
  bottom: {
    pelvis: p(36, STAND + 1),
    trunk: 184,
    legL: reach(49, A),
    legR: reach(49, A),
    footL: 92,
    footR: 92,
  },
  props: [wall(28)],
});

const heelWalk = demo('heel-walk', {
  cadence: cadence(0.5, 0.5),
  top: {
    pelvis: p(50, STAND + 1),
    armL: [-25, -10],
    armR: [25, 60],
    legR: reach(58, A),
    legL: reach(42, A - 2),
    footR: 140,
    footL: 130,
  },
  bottom: {
    pelvis: p(50, STAND + 1),
    armL: [25, 60],
    armR: [-25, -10],
    legL: reach(58, A),
    legR: reach(42, A - 2),
    footR: 130,
    footL: 140,
  },
});

const shortFoot = demo('short-foot', {
  top: { pelvis: p(50, STAND), legR: reach(50, A), legL: [0, -60], footR: 90, footScale: 0.8 },
  bottom: { pelvis: p(50, STAND), legR: reach(50, A), legL: [0, -60], footR: 90, footScale: 1 },
});

const singleLegBalance = demo('single-leg-balance', {
  hold: true,
  top: {
    pelvis: p(50, STAND),
    armL: [20, 30],
    armR: [20, 30],
    legR: reach(50, A),
    legL: [25, -30],
  },
});

// Trunk.
const plankNeck = p(78, A - 13);
const forearmPlank = demo('plank', {
  hold: true,
  top: {
    pelvis: step(plankNeck, bodyAngle(8) + 180, 26),
    trunk: bodyAngle(8),
    head: 98,
    armL: [0, 90],
    armR: [0, 90],
    legL: [bodyAngle(8) + 180, bodyAngle(8) + 180],
    legR: [bodyAngle(8) + 180, bodyAngle(8) + 180],
    footL: 10,
    footR: 10,
  },
});

const kneePlank = demo('knee-plank', {
  hold: true,
  top: {
    pelvis: step(plankNeck, bodyAngle(17) + 180, 26),
    trunk: bodyAngle(17),
    head: 100,
    armL: [0, 90],
    armR: [0, 90],
    legL: [bodyAngle(17) + 180, 270],
    legR: [bodyAngle(17) + 180, 270],
    footL: 270,
    footR: 270,
  },
});

const hollowHold = demo('hollow-hold', {
  hold: true,
  top: {
    pelvis: p(50, L),
    trunk: 258,
    head: 252,
    armL: [252, 252],
    armR: [252, 252],
    legL: [103, 103],
    legR: [103, 103],
  },
});

const deadBug = demo('dead-bug', {
  top: {
    pelvis: p(50, L),
    trunk: 270,
    head: 270,
    armL: [180, 180],
    armR: [180, 180],
    legL: [180, 90],
    legR: [180, 90],
  },
  bottom: {
    pelvis: p(50, L),
    trunk: 270,
    head: 270,
    armL: [255, 262],
    armR: [180, 180],
    legL: [180, 90],
    legR: [97, 95],
  },
});

// On hands and knees: hands under the shoulders, knees under the hips.
const table = { pelvis: p(42, A - 2 - 19), trunk: 98, head: 100 } as const;
const birdDog = demo('bird-dog', {
  top: {
    ...table,
    armL: [0, 0],
    armR: [98, 98],
    legL: [-90, -90],
    legR: [0, -90],
    footL: -90,
    footR: -80,
  },
  bottom: {
    ...table,
    armL: [0, 0],
    armR: [0, 0],
    legL: [0, -90],
    legR: [0, -90],
    footL: -80,
    footR: -80,
  },
});

const pallofPress = demo('pallof-press', {
  top: {
    pelvis: p(48, STAND + 3),
    armL: [88, 90],
    armR: [88, 90],
    legL: reach(46, A),
    legR: reach(54, A),
  },
  bottom: {
    pelvis: p(48, STAND + 3),
    armL: [20, 150],
    armR: [20, 150],
    legL: reach(46, A),
    legR: reach(54, A),
  },
  props: [band('handR', p(96, 30))],
});

const highPlankNeck = p(72, A - 25);
const highPlank = {
  pelvis: step(highPlankNeck, bodyAngle(15) + 180, 26),
  trunk: bodyAngle(15),
  head: 100,
  legL: [bodyAngle(15) + 180, bodyAngle(15) + 180],
  legR: [bodyAngle(15) + 180, bodyAngle(15) + 180],
  footL: 10,
  footR: 10,
} as const;
const shoulderTap = demo('plank-shoulder-tap', {
  top: { ...highPlank, armL: reach(72, A, -1), armR: reach(72, A, -1) },
  bottom: { ...highPlank, armL: reach(72, A, -1), armR: via(76, 74, 73, 66) },
});

const sidePlank = demo('side-plank', {
  view: 'front',
  hold: true,
  top: onForearm(15, {}),
  bottom: onForearm(15, {}),
});

const kneeSidePlank = demo('knee-side-plank', {
  view: 'front',
  hold: true,
  top: onForearm(24, { legL: [66, 100], legR: [66, 100] }),
  bottom: onForearm(24, { legL: [66, 100], legR: [66, 100] }),
});

const woodchop = demo('band-woodchop', {
  view: 'front',
  top: {
    pelvis: p(50, 56),
    armR: reach(74, 16),
    armL: reach(74, 16),
    legR: line(43, A),
    legL: line(57, A),
  },
  bottom: {
    pelvis: p(50, 60),
    trunk: 186,
    armR: reach(28, 64),
    armL: reach(28, 64),
    legR: line(43, A),
    legL: line(57, A),
  },
  props: [band('handR', p(96, 8))],
});

// Upper body.
const pushUpNeck = p(70, A - 25);
const pushUp = demo('push-up', {
  top: {
    pelvis: step(pushUpNeck, bodyAngle(16) + 180, 26),
    trunk: bodyAngle(16),
    head: 100,
    armL: reach(70, A, -1),
    armR: reach(70, A, -1),
    legL: [bodyAngle(16) + 180, bodyAngle(16) + 180],
    legR: [bodyAngle(16) + 180, bodyAngle(16) + 180],
    footL: 30,
    footR: 30,
  },
  bottom: {
    pelvis: step(p(70, A - 10), bodyAngle(6) + 180, 26),
    trunk: bodyAngle(6),
    head: 96,
    armL: reach(72, A, -1),
    armR: reach(72, A, -1),
    legL: [bodyAngle(6) + 180, bodyAngle(6) + 180],
    legR: [bodyAngle(6) + 180, bodyAngle(6) + 180],
    footL: 30,
    footR: 30,
  },
});

const BOX_TOP = F - 20;
const inclineNeck = p(72, BOX_TOP - 26);
const inclinePushUp = demo('incline-push-up', {
  top: {
    pelvis: step(inclineNeck, bodyAngle(34) + 180, 26),
    trunk: bodyAngle(34),
    head: 120,
    armL: reach(74, BOX_TOP - 2, -1),
    armR: reach(74, BOX_TOP - 2, -1),
    legL: [bodyAngle(34) + 180, bodyAngle(34) + 180],
    legR: [bodyAngle(34) + 180, bodyAngle(34) + 180],
    footL: 20,
    footR: 20,
  },
  bottom: {
    pelvis: step(p(73, BOX_TOP - 13), bodyAngle(25) + 180, 26),
    trunk: bodyAngle(25),
    head: 112,
    armL: reach(74, BOX_TOP - 2, -1),
    armR: reach(74, BOX_TOP - 2, -1),
    legL: [bodyAngle(25) + 180, bodyAngle(25) + 180],
    legR: [bodyAngle(25) + 180, bodyAngle(25) + 180],
    footL: 20,
    footR: 20,
  },
  props: [box('box', 66, 24, 20)],
});

const pikePushUp = demo('pike-push-up', {
  top: {
    pelvis: p(46, 50),
    trunk: p(64, 70),
    head: 30,
    armL: reach(70, A, -1),
    armR: reach(70, A, -1),
    legL: reach(28, A),
    legR: reach(28, A),
    footL: 45,
    footR: 45,
  },
  bottom: {
    pelvis: p(47, 52),
    trunk: p(66, 76),
    head: 20,
    armL: reach(70, A, -1),
    armR: reach(70, A, -1),
    legL: reach(28, A),
    legR: reach(28, A),
    footL: 45,
    footR: 45,
  },
});

const overheadPress = demo('dumbbell-overhead-press', {
  top: {
    pelvis: p(50, STAND),
    armL: [178, 180],
    armR: [178, 180],
    legL: reach(48, A),
    legR: reach(52, A),
  },
  bottom: {
    pelvis: p(50, STAND),
    armL: [30, 175],
    armR: [30, 175],
    legL: reach(48, A),
    legR: reach(52, A),
  },
  props: weights('handR'),
});

const bandRow = demo('band-row', {
  top: {
    pelvis: p(44, STAND + 2),
    trunk: 176,
    armL: [-55, 90],
    armR: [-55, 90],
    legL: reach(42, A),
    legR: reach(48, A),
  },
  bottom: {
    pelvis: p(44, STAND + 2),
    trunk: 170,
    armL: [88, 90],
    armR: [88, 90],
    legL: reach(42, A),
    legR: reach(48, A),
  },
  props: [band('handR', p(96, 32))],
});

const oneArmRow = demo('dumbbell-row', {
  top: {
    pelvis: p(34, STAND + 2),
    trunk: 98,
    armL: reach(62, F - 22),
    armR: [-115, -5],
    legL: reach(30, A),
    legR: reach(40, A),
  },
  bottom: {
    pelvis: p(34, STAND + 2),
    trunk: 98,
    armL: reach(62, F - 22),
    armR: [2, 2],
    legL: reach(30, A),
    legR: reach(40, A),
  },
  props: [box('bench', 54, 30, 20), ...weights('handR')],
});

const barHigh = p(66, 52);
const invertedRow = demo('inverted-row', {
  top: {
    pelvis: step(p(64, 57), bodyAngle(32) + 180, 26),
    trunk: bodyAngle(32),
    head: 126,
    armL: reach(barHigh.x, barHigh.y, -1),
    armR: reach(barHigh.x, barHigh.y, -1),
    legL: [bodyAngle(32) + 180, bodyAngle(32) + 180],
    legR: [bodyAngle(32) + 180, bodyAngle(32) + 180],
    footL: 160,
    footR: 160,
  },
  bottom: {
    pelvis: step(p(68, 76), bodyAngle(16) + 180, 26),
    trunk: bodyAngle(16),
    head: 110,
    armL: reach(barHigh.x, barHigh.y, -1),
    armR: reach(barHigh.x, barHigh.y, -1),
    legL: [bodyAngle(16) + 180, bodyAngle(16) + 180],
    legR: [bodyAngle(16) + 180, bodyAngle(16) + 180],
    footL: 160,
    footR: 160,
  },
  props: [{ kind: 'bar', ...barHigh }],
});

const pullBar = p(50, 4);
const hang = { legL: [8, -30], legR: [12, -25] } as const;
const pullUp = demo('pull-up', {
  top: {
    pelvis: p(49, 37),
    head: 182,
    armL: reach(pullBar.x, pullBar.y, 1),
    armR: reach(pullBar.x, pullBar.y, 1),
    ...hang,
  },
  bottom: {
    pelvis: p(50, 55),
    armL: reach(pullBar.x, pullBar.y),
    armR: reach(pullBar.x, pullBar.y),
    ...hang,
  },
  props: [{ kind: 'bar', ...pullBar }],
});

const bandAssistedPullUp = demo('band-assisted-pull-up', {
  top: {
    pelvis: p(49, 37),
    head: 182,
    armL: reach(50, 4, 1),
    armR: reach(50, 4, 1),
    legL: [30, -60],
    legR: [30, -60],
  },
  bottom: {
    pelvis: p(50, 55),
    armL: reach(50, 4),
    armR: reach(50, 4),
    legL: [30, -60],
    legR: [30, -60],
  },
  props: [{ kind: 'bar', ...pullBar }, band(p(52, 4), 'kneeR')],
});

const bandPullApart = demo('band-pull-apart', {
  view: 'front',
  top: {
    pelvis: p(50, STAND),
    armR: [-90, -90],
    armL: [90, 90],
    legR: line(45, A),
    legL: line(55, A),
  },
  bottom: {
    pelvis: p(50, STAND),
    armR: via(44, 28.5, 47, 29),
    armL: via(56, 28.5, 53, 29),
    legR: line(45, A),
    legL: line(55, A),
  },
  props: [band('handL', 'handR')],
});

const proneYtw = demo('prone-ytw', {
  top: {
    pelvis: p(40, L),
    trunk: 92,
    head: 94,
    armL: [118, 118],
    armR: [118, 118],
    legL: [-90, -90],
    legR: [-90, -90],
    footL: -60,
    footR: -60,
  },
  bottom: {
    pelvis: p(40, L),
    trunk: 90,
    head: 92,
    armL: [92, 92],
    armR: [92, 92],
    legL: [-90, -90],
    legR: [-90, -90],
    footL: -60,
    footR: -60,
  },
});

// Carries, jumps and drills.
const walkingStride = (forward: 'R' | 'L'): PostureSpec => {
  const front = reach(58, A);
  const back = reach(42, A - 3);
  return forward === 'R'
    ? { pelvis: p(50, STAND + 1), legR: front, legL: back, footL: 60, armL: [0, 0], armR: [0, 0] }
    : { pelvis: p(50, STAND + 1), legL: front, legR: back, footR: 60, armL: [0, 0], armR: [0, 0] };
};
const farmersCarry = demo('farmers-carry', {
  cadence: cadence(0.6, 0.6),
  top: walkingStride('R'),
  bottom: walkingStride('L'),
  props: weights('handL', 'handR'),
});
const suitcaseCarry = demo('suitcase-carry', {
  cadence: cadence(0.6, 0.6),
  top: walkingStride('R'),
  bottom: walkingStride('L'),
  props: weights('handR'),
});

const quarterSquat = (x: number, armsBack = true): PostureSpec => ({
  pelvis: p(x - 8, 66),
  trunk: 140,
  ...(armsBack ? { armL: [-45, -40], armR: [-45, -40] } : {}),
  legL: reach(x, A),
  legR: reach(x, A),
});
const standingAt = (x: number, ankleY = A): PostureSpec => ({
  pelvis: p(x, ankleY - 38),
  legL: reach(x, ankleY),
  legR: reach(x, ankleY),
});
const flying = (x: number, y: number, tuck = false): PostureSpec => ({
  pelvis: p(x, y),
  trunk: tuck ? 160 : 176,
  armL: tuck ? [100, 120] : [165, 170],
  armR: tuck ? [100, 120] : [165, 170],
  legL: tuck ? [70, -20] : [2, 0],
  legR: tuck ? [70, -20] : [2, 0],
  footL: tuck ? 90 : 20,
  footR: tuck ? 90 : 20,
});

const squatJump = demo('squat-jump', {
  top: { ...standingAt(50) },
  bottom: quarterSquat(50),
  upVia: flying(50, 42),
});

const BOX_JUMP_TOP = F - 18;
const boxJump = demo('box-jump', {
  top: standingAt(72, BOX_JUMP_TOP - 2),
  downVia: standingAt(38),
  bottom: quarterSquat(38),
  upVia: flying(56, 32, true),
  props: [box('box', 60, 26, 18)],
});

const bandResistedBoxJump = demo('band-resisted-box-jump', {
  top: standingAt(72, BOX_JUMP_TOP - 2),
  downVia: standingAt(38),
  bottom: quarterSquat(38),
  upVia: flying(56, 32, true),
  props: [box('box', 60, 26, 18), band('hipR', p(14, F))],
});

const broadJump = demo('broad-jump', {
  top: { ...quarterSquat(72, false), trunk: 150, armL: [90, 90], armR: [90, 90] },
  downVia: standingAt(28),
  bottom: quarterSquat(28),
  upVia: flying(50, 44),
});

const DROP_BOX_TOP = F - 18;
const depthDrop = demo('depth-drop', {
  top: standingAt(34, DROP_BOX_TOP - 2),
  downVia: {
    pelvis: p(52, 46),
    armL: [60, 70],
    armR: [60, 70],
    legL: [10, 10],
    legR: [14, 8],
    footL: 60,
    footR: 60,
  },
  bottom: { ...quarterSquat(64, false), pelvis: p(55, 68), armL: [70, 80], armR: [70, 80] },
  props: [box('box', 18, 24, 18)],
});

const depthJump = demo('depth-jump', {
  top: standingAt(34, DROP_BOX_TOP - 2),
  downVia: {
    pelvis: p(50, 46),
    armL: [-30, -30],
    armR: [-30, -30],
    legL: [8, 8],
    legR: [12, 6],
    footL: 60,
    footR: 60,
  },
  bottom: quarterSquat(62),
  upVia: flying(62, 40),
  props: [box('box', 18, 24, 18)],
});

const splitSquatJump = demo('split-squat-jump', {
  top: {
    pelvis: p(47, 57),
    armL: [40, 80],
    armR: [-40, -20],
    legR: reach(62, A),
    legL: reach(31, A - 4),
    footL: 45,
  },
  bottom: {
    pelvis: p(46, 69),
    armL: [40, 80],
    armR: [-40, -20],
    legR: reach(62, A),
    legL: reach(31, A - 4),
    footL: 45,
  },
  upVia: {
    pelvis: p(47, 46),
    armL: [160, 170],
    armR: [160, 170],
    legR: [20, 0],
    legL: [-20, -30],
    footL: 40,
    footR: 80,
  },
});

const pogoHops = demo('pogo-hops', {
  top: {
    pelvis: p(50, STAND - 4),
    armL: [20, 80],
    armR: [20, 80],
    legL: [0, 0],
    legR: [0, 0],
    footL: 30,
    footR: 30,
  },
  bottom: {
    pelvis: p(49, STAND + 1),
    armL: [20, 80],
    armR: [20, 80],
    legL: reach(50, A),
    legR: reach(50, A),
    footL: 80,
    footR: 80,
  },
});

const singleLegHop = demo('single-leg-hop', {
  top: {
    pelvis: p(50, STAND - 5),
    armL: [30, 90],
    armR: [-20, 40],
    legR: [0, 0],
    legL: [20, -70],
    footR: 30,
    footL: 30,
  },
  bottom: {
    pelvis: p(48, STAND + 3),
    armL: [30, 90],
    armR: [-20, 40],
    legR: reach(50, A),
    legL: [20, -70],
    footR: 85,
    footL: 30,
  },
});

const bounding = demo('bounding', {
  top: {
    pelvis: p(50, STAND - 6),
    trunk: 170,
    armL: [-50, -10],
    armR: [70, 140],
    legR: [-40, -20],
    legL: [85, 10],
    footR: 40,
    footL: 100,
  },
  bottom: {
    pelvis: p(47, STAND + 3),
    trunk: 172,
    armL: [30, 100],
    armR: [-30, 10],
    legR: reach(52, A),
    legL: [20, -60],
    footR: 90,
    footL: 40,
  },
});

const lateralBound = demo('lateral-bound', {
  view: 'front',
  top: {
    pelvis: p(52, STAND - 6),
    trunk: 172,
    armR: [-60, -30],
    armL: [40, 20],
    legR: line(42, A - 8),
    legL: line(62, A - 10),
  },
  bottom: {
    pelvis: p(34, 64),
    trunk: 190,
    armR: [-20, 30],
    armL: [-20, 30],
    legR: reach(30, A, -1),
    legL: [60, 20],
  },
});

const aMarch = demo('a-march', {
  top: {
    pelvis: p(50, STAND - 1),
    armL: [50, 150],
    armR: [-35, 50],
    legL: reach(50, A - 2),
    legR: [88, 0],
    footL: 60,
    footR: 90,
  },
  bottom: {
    pelvis: p(50, STAND),
    armL: [0, 60],
    armR: [0, 60],
    legL: reach(50, A),
    legR: reach(50, A),
  },
});

const aSkip = demo('a-skip', {
  top: {
    pelvis: p(50, STAND - 5),
    armL: [50, 150],
    armR: [-35, 50],
    legL: [0, 0],
    legR: [88, 0],
    footL: 45,
    footR: 90,
  },
  bottom: {
    pelvis: p(50, STAND),
    armL: [0, 60],
    armR: [0, 60],
    legL: reach(50, A),
    legR: reach(50, A),
  },
});

const bSkip = demo('b-skip', {
  top: {
    pelvis: p(50, STAND - 4),
    armL: [50, 150],
    armR: [-35, 50],
    legL: [0, 0],
    legR: [85, 80],
    footL: 45,
    footR: 150,
  },
  bottom: {
    pelvis: p(50, STAND),
    armL: [0, 60],
    armR: [0, 60],
    legL: reach(50, A),
    legR: reach(49, A),
  },
  downVia: {
    pelvis: p(50, STAND - 3),
    armL: [20, 100],
    armR: [0, 60],
    legL: [0, 0],
    legR: [40, 20],
    footL: 45,
    footR: 100,
  },
});

const bandResistedMarch = demo('band-resisted-march', {
  top: {
    pelvis: p(52, STAND),
    trunk: 172,
    armL: [50, 150],
    armR: [-35, 50],
    legL: reach(48, A, 1),
    legR: [88, 0],
    footL: 80,
  },
  bottom: {
    pelvis: p(52, STAND),
    trunk: 172,
    armL: [0, 60],
    armR: [0, 60],
    legL: reach(48, A),
    legR: reach(50, A),
  },
  props: [band('hipR', p(8, 50))],
});

const highKnees = demo('high-knees-band', {
  cadence: cadence(0.35, 0.35),
  top: {
    pelvis: p(52, STAND - 2),
    trunk: 174,
    armL: [50, 150],
    armR: [-35, 50],
    legL: [0, 0],
    legR: [90, 0],
    footL: 60,
  },
  bottom: {
    pelvis: p(52, STAND - 2),
    trunk: 174,
    armR: [50, 150],
    armL: [-35, 50],
    legR: [0, 0],
    legL: [90, 0],
    footR: 60,
  },
  props: [band('hipR', p(8, 50))],
});

const lateralShuffle = demo('lateral-shuffle-band', {
  view: 'front',
  cadence: cadence(0.4, 0.4),
  top: {
    pelvis: p(50, 60),
    armR: [-20, 60],
    armL: [20, -60],
    legR: line(38, A),
    legL: line(62, A),
  },
  bottom: {
    pelvis: p(45, 60),
    armR: [-20, 60],
    armL: [20, -60],
    legR: line(38, A),
    legL: line(50, A),
  },
  props: [band('hipR', p(4, 60))],
});

/** What each movement pattern looks like, when the exercise has nothing more particular. */
const BY_PATTERN: Readonly<Record<MovementPattern, Demonstration>> = {
  squat,
  lunge: splitSquat,
  'step-up': stepUp,
  hinge: romanianDeadlift,
  bridge: gluteBridge,
  'hip-abduction': bandLateralWalk,
  'hip-adduction': sideLyingAdduction,
  'hip-flexion': bandKneeDrive,
  'knee-flexion': nordicCurl,
  'calf-raise': calfRaise,
  tibialis: tibialisRaise,
  foot: shortFoot,
  'anti-extension': forearmPlank,
  'anti-rotation': birdDog,
  'anti-lateral-flexion': sidePlank,
  rotation: woodchop,
  push: pushUp,
  pull: bandRow,
  carry: farmersCarry,
  jump: squatJump,
  hop: pogoHops,
  bound: bounding,
  'running-drill': aMarch,
};

/** Exercises whose pattern's picture would mislead: a hold, another position, a prop. */
const BY_EXERCISE: Readonly<Record<string, Demonstration>> = Object.fromEntries(
  [
    gobletSquat,
    backSquat,
    chairSquat,
    singleLegSquat,
    pistolSquat,
    skaterSquat,
    stepDown,
    wallSit,
    spanishSquat,
    forwardLunge,
    { ...forwardLunge, id: 'walking-lunge' },
    reverseLunge,
    lungeWithRotation,
    bulgarianSplitSquat,
    lateralLunge,
    weightedStepUp,
    deadlift,
    singleLegDeadlift,
    kickstandDeadlift,
    kettlebellSwing,
    singleLegBridge,
    hipThrust,
    monsterWalk,
    clamshell,
    sideLyingAbduction,
    sidePlankLegRaise,
    hipHike,
    copenhagenPlank,
    shortLeverCopenhagen,
    sliderCurl,
    hamstringWalkout,
    bentKneeCalfRaise,
    { ...bentKneeCalfRaise, id: 'bent-knee-heel-drop' },
    singleLegCalfRaise,
    { ...singleLegCalfRaise, id: 'single-leg-heel-raise-towel' },
    { ...singleLegCalfRaise, id: 'straight-knee-heel-drop' },
    heelDropBothFeet,
    seatedCalfRaise,
    heelWalk,
    singleLegBalance,
    kneePlank,
    hollowHold,
    deadBug,
    pallofPress,
    shoulderTap,
    kneeSidePlank,
    inclinePushUp,
    pikePushUp,
    overheadPress,
    oneArmRow,
    { ...oneArmRow, id: 'kettlebell-row' },
    invertedRow,
    pullUp,
    bandAssistedPullUp,
    bandPullApart,
    proneYtw,
    suitcaseCarry,
    boxJump,
    bandResistedBoxJump,
    broadJump,
    depthDrop,
    depthJump,
    splitSquatJump,
    { ...pogoHops, id: 'ankle-hops' },
    singleLegHop,
    lateralBound,
    aSkip,
    bSkip,
    bandResistedMarch,
    highKnees,
    lateralShuffle,
  ].map((d) => [d.id, d]),
);

/** Every demonstration, the pattern defaults first. */
export const DEMONSTRATIONS: readonly Demonstration[] = [
  ...new Map(
    [...Object.values(BY_PATTERN), ...Object.values(BY_EXERCISE)].map((d) => [d.id, d]),
  ).values(),
];

/** The stick-figure demonstration of an exercise: its own if it has one, else its pattern's. */
export const demonstrationFor = (exercise: Pick<Exercise, 'id' | 'pattern'>): Demonstration =>
  BY_EXERCISE[exercise.id] ?? BY_PATTERN[exercise.pattern];
