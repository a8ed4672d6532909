import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client';
import { Button } from '../../components/button';
import { messageOf, Problem, SubTitle } from './settings-ui';

interface PlanVersion {
  version: number;
  programmeId: string;
}

/**
 * A saved profile change (equipment, injuries, the running week) alters what the coach would
 * prescribe, but the plan is not touched until the runner says so: then the weeks from today on
 * are made again and the past kept. `children` says what changed and why it matters.
 */
export const RegenerateOffer = ({
  today,
  program,
  onDone,
  onDismiss,
  children,
}: {
  today: string;
  program: string | undefined;
  onDone: () => void;
  onDismiss: () => void;
  children: ReactNode;
}) => {
  const queryClient = useQueryClient();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => heading.current?.focus(), []);

  const regenerate = async () => {
    setBusy(true);
    setError(null);
    try {
      // Keep the programme the current plan follows when the profile names none.
      const versions = program
        ? []
        : (await api<{ versions: PlanVersion[] }>('GET', '/api/plans')).versions;
      const latest = versions.reduce<PlanVersion | undefined>(
        (best, v) => (!best || v.version > best.version ? v : best),
        undefined,
      );
      await api('POST', '/api/plans', {
        keepBefore: today,
        ...(latest && !program ? { program: latest.programmeId } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: ['plan'] });
      await queryClient.invalidateQueries({ queryKey: ['progress'] });
      onDone();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border-2 border-brand bg-teal-50 p-4"
    >
      <SubTitle>
        <span id={headingId} ref={heading} tabIndex={-1} className="outline-none">
          Saved. Update your plan too?
        </span>
      </SubTitle>
      <p className="text-sm text-stone-800">{children}</p>
      {error && <Problem>{error}</Problem>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={regenerate} disabled={busy}>
          {busy ? 'Regenerating…' : 'Regenerate from today'}
        </Button>
        <Button variant="secondary" onClick={onDismiss} disabled={busy}>
          Keep my plan as it is
        </Button>
      </div>
    </section>
  );
};
