import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/button';
import { Field } from '../../components/field';

/**
 * Sign-in and sign-up share one form. What was typed stays in the fields when the server says
 * no, and its words appear next to the field they concern.
 */
export const AuthForm = ({ mode }: { mode: 'sign-in' | 'sign-up' }) => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mode === 'sign-up') {
        await api('POST', '/api/auth/sign-up/email', {
          name: values.name || values.email.split('@')[0],
          email: values.email,
          password: values.password,
        });
      } else {
        await api('POST', '/api/auth/sign-in/email', {
          email: values.email,
          password: values.password,
        });
      }
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      await navigate({ to: mode === 'sign-up' ? '/onboarding' : '/today' });
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught), {}),
      );
    } finally {
      setBusy(false);
    }
  };

  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));
  // better-auth's codes, in words next to the field they concern.
  const emailError =
    error?.code === 'INVALID_EMAIL' || error?.fields.email
      ? 'Enter an email address like name@example.com.'
      : error?.code === 'USER_ALREADY_EXISTS' ||
          error?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL'
        ? 'An account with this email exists: sign in instead.'
        : undefined;
  const passwordError =
    error?.code === 'PASSWORD_TOO_SHORT' ? 'At least 10 characters.' : error?.fields.password;

  return (
    <form onSubmit={submit} className="mx-auto flex max-w-sm flex-col gap-4 py-8" noValidate>
      <h1 className="text-2xl font-bold">
        {mode === 'sign-up' ? 'Create your account' : 'Sign in'}
      </h1>
      {mode === 'sign-up' && (
        <Field label="Name" autoComplete="name" value={values.name} onChange={set('name')} />
      )}
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={set('email')}
        error={emailError}
      />
      <Field
        label="Password"
        type="password"
        autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
        required
        minLength={10}
        hint={mode === 'sign-up' ? 'At least 10 characters.' : undefined}
        value={values.password}
        onChange={set('password')}
        error={passwordError}
      />
      {error && !passwordError && !emailError && (
        <p role="alert" className="text-sm text-red-800">
          {error.status === 429 ? 'Too many attempts: wait a minute and try again.' : error.message}
        </p>
      )}
      <Button type="submit" disabled={busy}>
        {mode === 'sign-up' ? 'Create account' : 'Sign in'}
      </Button>
    </form>
  );
};
