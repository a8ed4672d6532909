import { ConfirmBox } from './confirm-box';
import { usePlanActions } from './plan-actions';
import { SMALL_DANGER_BUTTON } from './plan-styles';

/** Skipping asks first: the app cannot undo it yet. */
export const SkipConfirm = ({
  sessionId,
  weekday,
  onCancel,
  onSkipped,
}: {
  sessionId: string;
  weekday: string;
  onCancel: () => void;
  onSkipped: () => void;
}) => {
  const { skip, busyId } = usePlanActions();
  return (
    <ConfirmBox
      question={`Skip ${weekday}'s session? It stays in your plan, marked skipped, and this cannot be undone.`}
      confirmLabel="Skip it"
      confirmClass={SMALL_DANGER_BUTTON}
      busy={busyId === sessionId}
      onConfirm={async () => {
        if (await skip(sessionId)) onSkipped();
      }}
      onCancel={onCancel}
    />
  );
};
