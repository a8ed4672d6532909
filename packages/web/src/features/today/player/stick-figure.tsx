import {
  DEMO_FLOOR_Y,
  type DemoJoint,
  type DemoJoints,
  type Demonstration,
  type DemoPoint,
  demonstrationBounds,
} from '@runstrong/core';

const PAD = 6;

const Bone = ({ from, to, className }: { from: DemoPoint; to: DemoPoint; className: string }) => (
  <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} className={className} />
);

const mid = (a: DemoPoint, b: DemoPoint): DemoPoint => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

const endOf = (joints: DemoJoints, end: DemoJoint | DemoPoint): DemoPoint =>
  typeof end === 'string' ? joints[end] : end;

const propKey = (prop: Demonstration['props'][number]): string =>
  `${prop.kind}:${JSON.stringify(prop)}`;

/** The viewBox that fits every pose and prop of a demonstration, with a margin. */
export const viewBoxOf = (demo: Demonstration): string => {
  const b = demonstrationBounds(demo);
  return `${b.minX - PAD} ${b.minY - PAD} ${b.maxX - b.minX + 2 * PAD} ${b.maxY - b.minY + 2 * PAD}`;
};

/**
 * One frame of a demonstration: props, then the far (left) limbs, the trunk and head, the near
 * (right, working) limbs, then weights in the hands. `mirrored` flips it for the left side.
 */
export const StickFigure = ({
  demo,
  joints,
  mirrored = false,
}: {
  demo: Demonstration;
  joints: DemoJoints;
  mirrored?: boolean;
}) => {
  const b = demonstrationBounds(demo);
  const j = joints;
  const far = demo.view === 'side' ? 'stroke-slate-400' : 'stroke-teal-500';
  const limb = 'stroke-[3.2] [stroke-linecap:round]';
  const neck = mid(j.shoulderL, j.shoulderR);
  const pelvis = mid(j.hipL, j.hipR);
  return (
    <g transform={mirrored ? `matrix(-1 0 0 1 ${b.minX + b.maxX} 0)` : undefined}>
      <line
        x1={b.minX - PAD}
        x2={b.maxX + PAD}
        y1={DEMO_FLOOR_Y}
        y2={DEMO_FLOOR_Y}
        className="stroke-stone-400 stroke-1"
      />
      {demo.props.map((prop) => {
        const key = propKey(prop);
        switch (prop.kind) {
          case 'bar':
          case 'weight':
            return null;
          case 'band':
            return (
              <Bone
                key={key}
                from={endOf(j, prop.from)}
                to={endOf(j, prop.to)}
                className="stroke-red-600 stroke-[1.2] [stroke-dasharray:2_1.2]"
              />
            );
          default:
            return (
              <rect
                key={key}
                x={prop.x}
                y={prop.y}
                width={prop.width}
                height={prop.height}
                rx={1}
                className={
                  prop.kind === 'wall'
                    ? 'fill-stone-300'
                    : 'fill-stone-300 stroke-stone-400 stroke-[0.5]'
                }
              />
            );
        }
      })}
      <g className={`${far} ${limb}`}>
        <Bone from={j.shoulderL} to={j.elbowL} className="" />
        <Bone from={j.elbowL} to={j.handL} className="" />
        <Bone from={j.hipL} to={j.kneeL} className="" />
        <Bone from={j.kneeL} to={j.ankleL} className="" />
        <Bone from={j.ankleL} to={j.toeL} className="" />
      </g>
      <g className="stroke-stone-900 [stroke-linecap:round]">
        <Bone from={pelvis} to={neck} className="stroke-[4.2]" />
        <Bone from={j.shoulderL} to={j.shoulderR} className="stroke-[3]" />
        <Bone from={j.hipL} to={j.hipR} className="stroke-[3]" />
        <Bone from={neck} to={j.head} className="stroke-[2.5]" />
        <circle cx={j.head.x} cy={j.head.y} r={5} className="fill-white stroke-[2]" />
      </g>
      <g className={`stroke-brand ${limb}`}>
        <Bone from={j.shoulderR} to={j.elbowR} className="" />
        <Bone from={j.elbowR} to={j.handR} className="" />
        <Bone from={j.hipR} to={j.kneeR} className="" />
        <Bone from={j.kneeR} to={j.ankleR} className="" />
        <Bone from={j.ankleR} to={j.toeR} className="" />
      </g>
      {demo.props.map((prop) => {
        if (prop.kind === 'weight') {
          const at = j[prop.at];
          return (
            <circle key={propKey(prop)} cx={at.x} cy={at.y} r={2.6} className="fill-stone-700" />
          );
        }
        if (prop.kind === 'bar') {
          return (
            <circle
              key={propKey(prop)}
              cx={prop.x}
              cy={prop.y}
              r={2.2}
              className="fill-stone-600 stroke-stone-800 stroke-[0.6]"
            />
          );
        }
        return null;
      })}
    </g>
  );
};
