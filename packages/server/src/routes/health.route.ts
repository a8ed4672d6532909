import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Store } from '../db/database';
import type { ZodApp } from '../http/zod-app';

export const registerHealthRoutes = (app: FastifyInstance, store: Store): void => {
  (app as ZodApp).get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
          503: z.object({
            status: z.literal('unavailable'),
            database: z.enum(['sqlite', 'postgres']),
          }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(store.db);
        return { status: 'ok' as const, database: store.dialect };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: store.dialect });
      }
    },
  );
};
