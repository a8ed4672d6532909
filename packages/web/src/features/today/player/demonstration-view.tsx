import { type Demonstration, demoFrameAt, demoPose, type Tempo } from '@runstrong/core';
import { useReducedMotion } from './clocks';
import { StickFigure, viewBoxOf } from './stick-figure';

interface Props {
  demo: Demonstration;
  /** The tempo it moves at, or null to stand still: at the start, or in a hold's position. */
  tempo: Tempo | null;
  /** Seconds since the set began moving. */
  elapsed: number;
  mirrored: boolean;
  /** What a screen reader hears instead of the picture. */
  label: string;
}

const Frame = ({
  demo,
  children,
  label,
}: {
  demo: Demonstration;
  children: React.ReactNode;
  label: string;
}) => (
  <svg
    viewBox={viewBoxOf(demo)}
    role="img"
    aria-label={label}
    preserveAspectRatio="xMidYMid meet"
    className="h-full w-full"
  >
    {children}
  </svg>
);

/**
 * A12's demonstration: the stick figure moving at the prescribed tempo. With reduced motion the
 * two key poses stand side by side instead (one for a hold).
 */
export const DemonstrationView = ({ demo, tempo, elapsed, mirrored, label }: Props) => {
  const reduced = useReducedMotion();
  if (reduced) {
    const poses = demo.hold
      ? [demoPose(demo, 'bottom')]
      : [demoPose(demo, 'top'), demoPose(demo, 'bottom')];
    return (
      <div className="grid h-full grid-flow-col grid-rows-1 auto-cols-fr gap-2">
        {poses.map((pose) =>
          pose ? (
            <figure key={pose.name} className="flex h-full flex-col items-center">
              <div className="min-h-0 w-full flex-1">
                <Frame
                  demo={demo}
                  label={`${label}: ${pose.name === 'top' ? 'start' : 'end of the lowering'}`}
                >
                  <StickFigure demo={demo} joints={pose.joints} mirrored={mirrored} />
                </Frame>
              </div>
              <figcaption className="text-xs text-stone-600">
                {demo.hold ? 'Hold' : pose.name === 'top' ? 'Start' : 'Lowest point'}
              </figcaption>
            </figure>
          ) : null,
        )}
      </div>
    );
  }
  // Between sets a movement waits at its start; a hold shows its position.
  const still = tempo === null && !demo.hold ? demoPose(demo, 'top')?.joints : undefined;
  return (
    <Frame demo={demo} label={label}>
      <StickFigure
        demo={demo}
        joints={still ?? demoFrameAt(demo, tempo, elapsed)}
        mirrored={mirrored}
      />
    </Frame>
  );
};
