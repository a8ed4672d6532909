import type { PlanSession } from '@runstrong/core';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { dayLabel, dayLabelLong } from './plan-dates';
import { type Finding, findingText, parseViolations } from './plan-words';
import {
  type PlanDayView,
  type PlanView,
  type Units,
  useMoveSession,
  useSkipSession,
} from './use-plan';

/** What became of the last move of a session, shown next to it until dismissed. */
export type MoveOutcome =
  | { kind: 'refused'; to: string; violations: Finding[] }
  | { kind: 'moved'; to: string; insisted: boolean; warnings: Finding[] }
  | { kind: 'failed'; message: string };

export interface FoundSession {
  session: PlanSession;
  day: PlanDayView;
}

export interface PlanActions {
  units: Units;
  today: string;
  /** The plan's days by date; a date missing here is outside the plan. */
  days: ReadonlyMap<string, PlanDayView>;
  find: (sessionId: string) => FoundSession | undefined;
  move: (sessionId: string, to: string, insist?: boolean) => Promise<MoveOutcome | undefined>;
  skip: (sessionId: string) => Promise<boolean>;
  outcomes: Readonly<Record<string, MoveOutcome>>;
  dismissOutcome: (sessionId: string) => void;
  /** The session whose change is on its way to the server. */
  busyId: string | null;
  /** The message read out by the page's live region. */
  announce: (message: string) => void;
  /** The session whose detail dialog is open, and the one the move picker is for. */
  openSessionId: string | null;
  openSession: (sessionId: string | null) => void;
  pickerSessionId: string | null;
  openPicker: (sessionId: string | null) => void;
  /** A session card that should take focus when it appears (after it moved to another day). */
  focusId: string | null;
  focusDone: () => void;
  /** The session being dragged, for highlighting the days it can be dropped on. */
  dragging: { id: string; from: string } | null;
  setDragging: (dragging: { id: string; from: string } | null) => void;
}

const Context = createContext<PlanActions | null>(null);

export const usePlanActions = (): PlanActions => {
  const actions = useContext(Context);
  if (!actions) throw new Error('usePlanActions outside PlanActionsProvider');
  return actions;
};

interface ProviderProps {
  plan: PlanView;
  units: Units;
  today: string;
  announce: (message: string) => void;
  children: ReactNode;
}

/**
 * Moves, skips and the screen state they share — which session is open, dragged or waiting for
 * the server, and what each move came to — so that a refusal shows next to the session wherever
 * the move was started: a drop, the picker or the detail dialog.
 */
export const PlanActionsProvider = ({ plan, units, today, announce, children }: ProviderProps) => {
  const moveMutation = useMoveSession();
  const skipMutation = useSkipSession();
  const [outcomes, setOutcomes] = useState<Record<string, MoveOutcome>>({});
  const [busyId, setBusyId] = useState<string | null>(null);
  const [openSessionId, openSession] = useState<string | null>(null);
  const [pickerSessionId, openPicker] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<{ id: string; from: string } | null>(null);

  const days = useMemo(() => new Map(plan.days.map((d) => [d.date, d])), [plan.days]);
  const find = (sessionId: string): FoundSession | undefined => {
    for (const day of plan.days) {
      const session = day.sessions.find((s) => s.id === sessionId);
      if (session) return { session, day };
    }
    return undefined;
  };

  const setOutcome = (sessionId: string, outcome: MoveOutcome | undefined) =>
    setOutcomes(({ [sessionId]: _, ...rest }) =>
      outcome ? { ...rest, [sessionId]: outcome } : rest,
    );

  const move = async (sessionId: string, to: string, insist = false) => {
    const found = find(sessionId);
    if (!found || found.day.date === to) return undefined;
    const title = found.session.title;
    setBusyId(sessionId);
    let outcome: MoveOutcome | undefined;
    try {
      const result = await moveMutation.mutateAsync({ sessionId, to, insist });
      const warnings = result.warnings;
      outcome =
        warnings.length > 0 || insist
          ? { kind: 'moved', to: result.date, insisted: insist, warnings }
          : undefined;
      announce(
        `Moved ${title} to ${dayLabelLong(result.date)}.${
          warnings.length > 0
            ? ` Warning: ${warnings.map((w) => findingText(w, ': ')).join('; ')}`
            : ''
        }`,
      );
      if (!openSessionId) setFocusId(sessionId);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'rule-violation') {
        const violations = parseViolations(caught.message);
        outcome = { kind: 'refused', to, violations };
        announce(
          `Not moved to ${dayLabel(to)}: ${violations.map((v) => findingText(v, ': ')).join('; ')}`,
        );
      } else {
        const message = caught instanceof Error ? caught.message : String(caught);
        outcome = { kind: 'failed', message };
        announce(`Not moved: ${message}`);
      }
    } finally {
      setBusyId(null);
    }
    setOutcome(sessionId, outcome);
    return outcome;
  };

  const skip = async (sessionId: string) => {
    const found = find(sessionId);
    setBusyId(sessionId);
    try {
      const result = await skipMutation.mutateAsync(sessionId);
      setOutcome(sessionId, undefined);
      announce(`Skipped ${result.session.title} on ${dayLabelLong(result.date)}.`);
      if (!openSessionId) setFocusId(sessionId);
      return true;
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      announce(`${found?.session.title ?? 'The session'} was not skipped: ${message}`);
      return false;
    } finally {
      setBusyId(null);
    }
  };

  const value: PlanActions = {
    units,
    today,
    days,
    find,
    move,
    skip,
    outcomes,
    dismissOutcome: (sessionId) => setOutcome(sessionId, undefined),
    busyId,
    announce,
    openSessionId,
    openSession,
    pickerSessionId,
    openPicker,
    focusId,
    focusDone: () => setFocusId(null),
    dragging,
    setDragging,
  };
  return <Context value={value}>{children}</Context>;
};
