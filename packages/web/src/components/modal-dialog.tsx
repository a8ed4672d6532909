import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** A line under the title, such as the date. */
  subtitle?: ReactNode;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes it on Escape and hands
 * focus back to what opened it. A bottom sheet on a phone, centred on a wide screen.
 */
export const ModalDialog = ({ open, onClose, title, subtitle, children }: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="no-print mx-auto mt-auto mb-0 max-h-[90dvh] w-full max-w-2xl rounded-t-2xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50 md:my-auto md:rounded-2xl"
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-stone-200 bg-white px-4 py-3">
        <div>
          <h2 id={titleId} className="text-lg font-bold leading-snug">
            {title}
          </h2>
          {subtitle && <p className="text-sm text-stone-700">{subtitle}</p>}
        </div>
        <button
          type="button"
          onClick={onClose}
          className="-mr-2 min-h-11 min-w-11 rounded-lg text-2xl leading-none text-stone-700 hover:bg-stone-100"
          aria-label="Close"
        >
          ×
        </button>
      </div>
      <div className="px-4 py-4">{children}</div>
    </dialog>
  );
};
