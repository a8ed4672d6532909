import { Link, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useSession } from '../api/session';

const NAV = [
  { to: '/today', label: 'Today' },
  { to: '/plan', label: 'Plan' },
  { to: '/runs', label: 'Runs' },
  { to: '/progress', label: 'Progress' },
  { to: '/settings', label: 'Settings' },
] as const;

/**
 * Sends what the offline log queue holds from whichever screen the runner opens, not only from
 * Today. Loaded on demand, so the sign-in screen's JavaScript stays small.
 */
const useLogQueueEverywhere = () => {
  const userId = useSession().data?.id;
  useEffect(() => {
    if (!userId) return;
    void import('../features/offline/browser-queue').then(({ logQueue }) =>
      logQueue().start(userId),
    );
  }, [userId]);
};

/** Mobile first: the navigation sits at the bottom on a phone and at the top on a wide screen. */
export const Layout = () => {
  useLogQueueEverywhere();
  return (
    <div className="mx-auto flex min-h-dvh max-w-5xl flex-col">
      <header className="flex items-center justify-between px-4 py-3">
        <Link to="/" className="text-lg font-bold text-brand">
          RunStrong
        </Link>
      </header>
      <main id="main" className="flex-1 px-4 pb-24 md:pb-8">
        <Outlet />
      </main>
      <nav
        aria-label="Main"
        className="fixed inset-x-0 bottom-0 border-t border-stone-300 bg-white md:static md:order-first md:border-0 md:bg-transparent"
      >
        <ul className="mx-auto flex max-w-5xl justify-around md:justify-start md:gap-2 md:px-4">
          {NAV.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="block min-h-11 px-3 py-3 text-sm font-medium text-stone-700"
                activeProps={{
                  className: 'text-brand underline underline-offset-4',
                  'aria-current': 'page',
                }}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
};
