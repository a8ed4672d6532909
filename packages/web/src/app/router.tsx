import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ApiError, api } from '../api/client';
import type { SessionUser } from '../api/session';
import { Layout } from '../components/layout';
import { queryClient } from './query-client';

const LAST_USER_KEY = 'runstrong.lastUser';

/**
 * Fetches again once invalidated (after sign-in or sign-out); otherwise the cached answer. Offline,
 * the runner last seen on this device is assumed still signed in, so the cached week and the log
 * queue stay reachable; the server checks the session again when the connection is back.
 */
const currentUser = () =>
  queryClient.fetchQuery({
    staleTime: 60_000,
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const user =
          (await api<{ user: SessionUser } | null>('GET', '/api/auth/get-session'))?.user ?? null;
        if (user) localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
        else localStorage.removeItem(LAST_USER_KEY);
        return user;
      } catch (error) {
        const last = localStorage.getItem(LAST_USER_KEY);
        if (error instanceof ApiError && error.code === 'offline' && last)
          return JSON.parse(last) as SessionUser;
        throw error;
      }
    },
  });

const rootRoute = createRootRoute({ component: Outlet });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  component: lazyRouteComponent(() => import('../features/auth/sign-in.page'), 'SignInPage'),
});
const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(() => import('../features/auth/sign-up.page'), 'SignUpPage'),
});

/** Everything below needs a signed-in runner; others are sent to sign in. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  component: Layout,
  beforeLoad: async () => {
    const user = await currentUser().catch(() => null);
    if (!user) throw redirect({ to: '/sign-in' });
    return { user };
  },
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/today' });
  },
});

const onboardingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/onboarding',
  component: lazyRouteComponent(
    () => import('../features/onboarding/onboarding.page'),
    'OnboardingPage',
  ),
});
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plan',
  component: lazyRouteComponent(() => import('../features/plan/plan.page'), 'PlanPage'),
});
const todayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/today',
  component: lazyRouteComponent(() => import('../features/today/today.page'), 'TodayPage'),
});
const runsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/runs',
  component: lazyRouteComponent(() => import('../features/runs/runs.page'), 'RunsPage'),
});
const progressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progress',
  component: lazyRouteComponent(() => import('../features/progress/progress.page'), 'ProgressPage'),
});
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: lazyRouteComponent(() => import('../features/settings/settings.page'), 'SettingsPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  appRoute.addChildren([
    indexRoute,
    onboardingRoute,
    planRoute,
    todayRoute,
    runsRoute,
    progressRoute,
    settingsRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
