import { Link } from '@tanstack/react-router';
import { AuthForm } from './auth-form';

export const SignUpPage = () => (
  <main className="px-4">
    <AuthForm mode="sign-up" />
    <p className="text-center text-sm">
      Already have an account?{' '}
      <Link to="/sign-in" className="font-semibold text-brand underline">
        Sign in
      </Link>
    </p>
  </main>
);
