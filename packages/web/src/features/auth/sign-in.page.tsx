import { Link } from '@tanstack/react-router';
import { AuthForm } from './auth-form';

export const SignInPage = () => (
  <main className="px-4">
    <AuthForm mode="sign-in" />
    <p className="text-center text-sm">
      New here?{' '}
      <Link to="/sign-up" className="font-semibold text-brand underline">
        Create an account
      </Link>
    </p>
  </main>
);
