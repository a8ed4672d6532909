import { type ReactNode, useEffect, useRef, useState } from 'react';
import { SMALL_BUTTON } from './plan-styles';

/**
 * A question that replaces the button that asked it. Focus goes to "Cancel" when it opens and
 * back to the button when the runner cancels, so a keyboard user never lands on the page body.
 */
export const useConfirm = () => {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking || !refocus.current) return;
    refocus.current = false;
    triggerRef.current?.focus();
  }, [asking]);
  return {
    asking,
    triggerRef,
    ask: () => setAsking(true),
    cancel: () => {
      refocus.current = true;
      setAsking(false);
    },
    close: () => setAsking(false),
  };
};

interface ConfirmBoxProps {
  question: ReactNode;
  confirmLabel: string;
  /** The classes of the confirming button: a warning or danger colour. */
  confirmClass: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export const ConfirmBox = ({
  question,
  confirmLabel,
  confirmClass,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmBoxProps) => {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <fieldset className="no-print mt-2 rounded-md border border-stone-400 bg-stone-50 p-2 text-sm">
      <legend className="float-left w-full">{question}</legend>
      <div className="clear-both flex flex-wrap gap-2 pt-2">
        <button type="button" className={confirmClass} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className={SMALL_BUTTON} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
};
