import { shortDate } from '@runstrong/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Button } from '../../components/button';
import { webcalUrl } from './settings-data';
import { Done, messageOf, Problem, SettingsSection } from './settings-ui';

const TOKEN_KEY = ['calendar-token'] as const;

interface TokenState {
  active: boolean;
  createdAt?: string;
}

type Pending = 'new' | 'revoke' | null;

/**
 * The private calendar link: whether one is active, a new one (which stops the old one), turning
 * it off, and copying it. The server keeps only a hash, so the link is shown once, when made.
 */
export const CalendarSection = () => {
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: TOKEN_KEY,
    queryFn: () => api<TokenState>('GET', '/api/calendar/token'),
  });
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const active = state.data?.active ?? false;

  const run = async (action: 'new' | 'revoke') => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (action === 'new') {
        const made = await api<{ url: string; createdAt: string }>('POST', '/api/calendar/token');
        setUrl(made.url);
        setNotice(
          active
            ? 'New link made. The old one has stopped working: subscribe to this one instead.'
            : 'Link made.',
        );
      } else {
        await api('DELETE', '/api/calendar/token');
        setUrl(null);
        setNotice('Calendar link turned off. Calendars subscribed to it no longer update.');
      }
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: TOKEN_KEY });
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Calendar link"
      intro="A private link your calendar app can subscribe to: your strength sessions appear as all-day events and follow your moves and skips. Anyone with the link can read your plan."
    >
      {state.isPending ? (
        <p role="status" className="text-sm text-stone-700">
          Checking your calendar link…
        </p>
      ) : state.isError ? (
        <Problem>{messageOf(state.error)}</Problem>
      ) : (
        <p className="text-base">
          {active ? (
            <>
              <strong>Active</strong>
              {state.data.createdAt ? ` since ${shortDate(state.data.createdAt.slice(0, 10))}` : ''}
              .
            </>
          ) : (
            <strong>No active link.</strong>
          )}
        </p>
      )}
      {notice && <Done>{notice}</Done>}
      {url && <LinkToCopy url={url} />}
      {active && !url && (
        <p className="text-sm text-stone-700">
          The link is shown only once, when it is made. To see one again, make a new link: the old
          one then stops working.
        </p>
      )}
      {error && <Problem>{error}</Problem>}
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-xl border border-amber-600 bg-amber-50 p-3">
          <p className="text-sm text-stone-900">
            {confirming === 'new'
              ? 'Make a new link? The current one stops working at once: calendars subscribed to it stop updating until you subscribe to the new one.'
              : 'Turn off the calendar link? Calendars subscribed to it stop updating.'}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant={confirming === 'revoke' ? 'danger' : 'primary'}
              onClick={() => void run(confirming)}
              disabled={busy}
            >
              {confirming === 'new' ? 'Make a new link' : 'Turn off the link'}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)} disabled={busy}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        !state.isPending && (
          <div className="flex flex-wrap gap-3">
            <Button
              onClick={() => (active ? setConfirming('new') : void run('new'))}
              disabled={busy || state.isError}
            >
              {active ? 'Make a new link' : 'Make a calendar link'}
            </Button>
            {active && (
              <Button variant="secondary" onClick={() => setConfirming('revoke')} disabled={busy}>
                Turn off the link
              </Button>
            )}
          </div>
        )
      )}
      {active && !confirming && (
        <p className="text-sm text-stone-700">
          A new link revokes the old one; turning it off revokes it without a new one.
        </p>
      )}
    </SettingsSection>
  );
};

const LinkToCopy = ({ url }: { url: string }) => {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        Your calendar link (shown this once)
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          className="min-w-0 flex-1 rounded-lg border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
        />
        <Button variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-stone-700">
        {copied === 'yes'
          ? 'Copied. Paste it into your calendar app’s “subscribe” or “add by URL”.'
          : copied === 'no'
            ? 'Could not copy: select the link and copy it yourself.'
            : ''}
      </p>
      <a href={webcalUrl(url)} className="self-start text-sm font-semibold text-brand underline">
        Open in your calendar app
      </a>
    </div>
  );
};
