import { type InputProblem, validateProfile } from '@runstrong/core';
import { z } from 'zod';
import { AppError } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';

export const invalidProfile = (problems: InputProblem[]) =>
  new AppError(400, 'invalid-profile', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
    problems,
  });

const profileResponse = z.object({
  profile: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});

/**
 * The runner profile, validated by the core's own schema so the API and the CLI refuse the same
 * things in the same words.
 */
export const registerProfileRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { db } = deps.store;
  app.get(
    '/api/profile',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['profile'],
        summary: 'Read your runner profile',
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const row = await db
        .selectFrom('runner_profile')
        .select(['profile_json', 'updated_at'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row)
        throw new AppError(404, 'no-profile', 'no runner profile yet: PUT /api/profile first');
      return { profile: JSON.parse(row.profile_json), updatedAt: row.updated_at };
    },
  );

  app.put(
    '/api/profile',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['profile'],
        summary: 'Create or replace your runner profile',
        description:
          'The body is a runner profile as published in docs/schemas/runner-profile.schema.json.',
        body: z.unknown(),
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const { userId } = runnerOf(request);
      const result = validateProfile(request.body);
      if (!result.ok) throw invalidProfile(result.error);
      const profileJson = JSON.stringify(request.body);
      const updatedAt = deps.now().toISOString();
      await db
        .insertInto('runner_profile')
        .values({ user_id: userId, profile_json: profileJson, updated_at: updatedAt })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ profile_json: profileJson, updated_at: updatedAt }),
        )
        .execute();
      return { profile: request.body as Record<string, unknown>, updatedAt };
    },
  );
};
