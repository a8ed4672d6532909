import { useState } from 'react';
import { ApiError } from '../../api/client';
import { Button } from '../../components/button';
import { localIsoDate } from '../progress/dates';
import { exportFileName } from './settings-data';
import { Done, Problem, SettingsSection } from './settings-ui';

/** Fetches the export and hands it to the browser as a file, through a temporary link. */
const download = async (fileName: string): Promise<void> => {
  let response: Response;
  try {
    response = await fetch('/api/export', { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'offline', 'No connection: check your network and try again.', {});
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string };
    };
    throw new ApiError(
      response.status,
      body.error?.code ?? `http-${response.status}`,
      body.error?.message ?? `The server answered ${response.status}.`,
      {},
    );
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
};

/** Everything the runner owns as one JSON file, to keep or to take to another server. */
export const ExportSection = () => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const fileName = exportFileName(localIsoDate(new Date()));
    try {
      await download(fileName);
      setSaved(fileName);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The download failed: try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Your data"
      intro="Download everything you have here as one JSON file: your profile, every plan version with your changes, and everything you logged. No passwords or tokens. Another RunStrong server can import it."
    >
      {error && <Problem>{error}</Problem>}
      {saved && <Done>Downloaded {saved}.</Done>}
      <Button variant="secondary" onClick={run} disabled={busy} className="self-start">
        {busy ? 'Preparing…' : 'Download my data'}
      </Button>
    </SettingsSection>
  );
};
