import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { useSession } from '../../api/session';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { clearOfflineApiCache } from './offline-cache';
import { Done, messageOf, Problem, SettingsSection, SubTitle } from './settings-ui';

const MIN_PASSWORD = 10;

/** Leaves nothing of this runner in the page: cached answers in memory and offline. */
const useForgetRunner = () => {
  const queryClient = useQueryClient();
  return async () => {
    await clearOfflineApiCache();
    queryClient.setQueryData(['session'], null);
  };
};

/** The email, a new password, signing out, and deleting the account. */
export const AccountSection = () => {
  const session = useSession();
  return (
    <SettingsSection title="Account">
      <p className="text-base">
        Signed in as <strong className="break-all">{session.data?.email ?? '…'}</strong>
      </p>
      <ChangePassword />
      <SignOut />
    </SettingsSection>
  );
};

const ChangePassword = () => {
  const headingId = useId();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<{ current?: string; next?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const found: typeof errors = {};
    if (!values.currentPassword) found.current = 'Enter your current password.';
    if (values.newPassword.length < MIN_PASSWORD)
      found.next = `At least ${MIN_PASSWORD} characters.`;
    setErrors(found);
    if (found.current || found.next) return;
    setBusy(true);
    try {
      await api('POST', '/api/auth/change-password', values);
      setValues({ currentPassword: '', newPassword: '' });
      setChanged(true);
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : '';
      const fields = caught instanceof ApiError ? caught.fields : {};
      if (code === 'INVALID_PASSWORD') setErrors({ current: 'That is not your current password.' });
      else if (code === 'PASSWORD_TOO_SHORT') setErrors({ next: 'At least 10 characters.' });
      else if (code === 'PASSWORD_TOO_LONG') setErrors({ next: 'At most 256 characters.' });
      else if (fields.newPassword) setErrors({ next: fields.newPassword });
      else if (fields.currentPassword) setErrors({ current: fields.currentPassword });
      else setErrors({ form: messageOf(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="flex max-w-sm flex-col gap-4"
    >
      <SubTitle id={headingId}>Change password</SubTitle>
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))}
        error={errors.current}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters.`}
        value={values.newPassword}
        onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))}
        error={errors.next}
      />
      {errors.form && <Problem>{errors.form}</Problem>}
      {changed && <Done>Password changed. Use the new one next time you sign in.</Done>}
      <Button type="submit" disabled={busy} className="self-start">
        {busy ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
};

const SignOut = () => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const forget = useForgetRunner();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/auth/sign-out', {});
      await forget();
      await navigate({ to: '/sign-in' });
      queryClient.clear();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-2 border-t border-stone-200 pt-4">
      <SubTitle>Sign out</SubTitle>
      <p className="text-sm text-stone-700">
        Signing out also removes the copy of your plan kept on this device for offline use.
      </p>
      {error && <Problem>{error}</Problem>}
      <Button variant="secondary" onClick={signOut} disabled={busy} className="self-start">
        Sign out
      </Button>
    </div>
  );
};

/** Deleting needs "delete" typed and the password: it cannot be undone. */
export const DeleteAccountSection = () => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const forget = useForgetRunner();
  const [values, setValues] = useState({ confirm: '', password: '' });
  const [errors, setErrors] = useState<{ confirm?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.confirm.trim().toLowerCase() !== 'delete')
      found.confirm = 'Type the word delete to confirm.';
    if (!values.password) found.password = 'Enter your password.';
    setErrors(found);
    if (found.confirm || found.password) return;
    setBusy(true);
    try {
      await api('POST', '/api/auth/delete-user', { password: values.password });
      await forget();
      await navigate({ to: '/sign-up' });
      queryClient.clear();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'INVALID_PASSWORD')
        setErrors({ password: 'That is not your password.' });
      else setErrors({ form: messageOf(caught) });
      setBusy(false);
    }
  };

  return (
    <SettingsSection
      title="Delete account"
      tone="danger"
      intro="Deletes your account, profile, every plan and everything you logged, on this server, for good. Download your data first if you may want it."
    >
      <form onSubmit={submit} noValidate className="flex max-w-sm flex-col gap-4">
        <Field
          label='Type "delete" to confirm'
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={values.confirm}
          onChange={(e) => setValues((v) => ({ ...v, confirm: e.target.value }))}
          error={errors.confirm}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
          error={errors.password}
        />
        {errors.form && <Problem>{errors.form}</Problem>}
        <Button type="submit" variant="danger" disabled={busy} className="self-start">
          {busy ? 'Deleting…' : 'Delete my account'}
        </Button>
      </form>
    </SettingsSection>
  );
};
