import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** The signed-in runner, or null. */
export const useSession = () =>
  useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      const session = await api<{ user: SessionUser } | null>('GET', '/api/auth/get-session');
      return session?.user ?? null;
    },
    staleTime: 60_000,
  });
