import { shortDate } from '@runstrong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ConfirmBox, useConfirm } from './confirm-box';
import { SMALL_BUTTON, SMALL_WARNING_BUTTON } from './plan-styles';

const CALENDAR_KEY = ['calendar', 'token'] as const;

/** Puts text on the clipboard; false where the browser has no clipboard (plain http) or says no. */
const copyText = async (text: string): Promise<boolean> => {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * The calendar subscription: a secret feed URL, shown once, that calendar apps refresh. Making a
 * new one turns the old one off, so a second press asks first.
 */
export const CalendarLink = ({ announce }: { announce: (message: string) => void }) => {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const confirm = useConfirm();
  const status = useQuery({
    queryKey: CALENDAR_KEY,
    queryFn: () => api<{ active: boolean; createdAt?: string }>('GET', '/api/calendar/token'),
  });
  const create = useMutation({
    mutationFn: () => api<{ url: string; createdAt?: string }>('POST', '/api/calendar/token'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });

  const active = status.data?.active ?? false;
  const makeLink = async () => {
    confirm.close();
    const result = await create.mutateAsync().catch(() => null);
    if (!result) return;
    setUrl(result.url);
    const ok = await copyText(result.url);
    setCopied(ok);
    announce(
      ok
        ? 'Calendar link copied. Paste it into your calendar app as a subscription.'
        : 'Calendar link made. Copy it from the box.',
    );
  };

  return (
    <section
      aria-labelledby="calendar-link-title"
      className="no-print flex flex-col gap-2 rounded-xl border border-stone-300 bg-white p-4"
    >
      <h2 id="calendar-link-title" className="text-lg font-bold">
        Your plan in your calendar
      </h2>
      <p className="text-sm text-stone-800">
        Subscribe to this link in Google Calendar, Apple Calendar or Outlook and your sessions
        appear there, where you moved them; skipped ones drop out. The link is shown only once and
        anyone who has it can read your plan. Making a new link turns the old one off: calendars
        still using it stop updating until you subscribe again.
      </p>
      {active && !url && status.data?.createdAt && (
        <p className="text-sm text-stone-700">
          You have a link, made on {shortDate(status.data.createdAt.slice(0, 10))}.
        </p>
      )}
      {confirm.asking ? (
        <ConfirmBox
          question="Make a new link? The one your calendar uses now stops working."
          confirmLabel="Make a new link"
          confirmClass={SMALL_WARNING_BUTTON}
          onConfirm={makeLink}
          onCancel={confirm.cancel}
        />
      ) : (
        <div>
          <button
            ref={confirm.triggerRef}
            type="button"
            className={SMALL_BUTTON}
            disabled={create.isPending || status.isPending}
            onClick={() => (active || url ? confirm.ask() : void makeLink())}
          >
            {active || url ? 'Make a new link and copy it' : 'Copy calendar link'}
          </button>
        </div>
      )}
      {create.isError && (
        <p className="text-sm text-red-800">Could not make a link: {create.error.message}</p>
      )}
      {url && (
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            {copied ? 'Copied. Your calendar link:' : 'Copy your calendar link:'}
          </label>
          <input
            id={inputId}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-lg border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
          />
        </div>
      )}
    </section>
  );
};
