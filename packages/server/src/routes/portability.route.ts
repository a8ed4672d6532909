import { z } from 'zod';
import { badRequest } from '../http/app-error';
import { runnerOf } from '../http/authenticate';
import type { RouteDeps } from '../http/route-deps';
import type { ZodApp } from '../http/zod-app';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocumentSchema,
  importDocumentSchema,
  isSupportedExport,
} from '../portability/export-document';
import { exportRunnerData } from '../portability/export-runner-data';
import { importRunnerData } from '../portability/import-runner-data';

const importResult = z.object({
  imported: z.object({
    profile: z.int(),
    plans: z.int(),
    changes: z.int(),
    workouts: z.int(),
    sets: z.int(),
    activities: z.int(),
  }),
  /** API tokens are listed in an export but never carry their secret: create new ones. */
  notImported: z.object({ apiTokens: z.int() }),
});

/**
 * Data portability: everything a runner owns as one JSON document, and that document imported
 * into an empty account here or on another RunStrong server.
 */
export const registerPortabilityRoutes = (app: ZodApp, deps: RouteDeps): void => {
  const { store } = deps;

  app.get(
    '/api/export',
    {
      preHandler: deps.authenticate,
      schema: {
        tags: ['portability'],
        summary: 'Everything you own as one JSON document (no passwords or tokens)',
        response: { 200: exportDocumentSchema },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const doc = await exportRunnerData(store.db, runnerOf(request).userId, now);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="runstrong-export-${now.toISOString().slice(0, 10)}.json"`,
        )
        .send(doc);
    },
  );

  app.post(
    '/api/import',
    {
      // Signed in before the body is read: only a runner may send a body this large.
      onRequest: deps.authenticate,
      // An export with years of logged sets is larger than any other request body.
      bodyLimit: deps.config.importLimit,
      // Before the schema: a document of another kind is told so, not given a page of field errors.
      preValidation: async (request) => {
        if (!isSupportedExport(request.body)) {
          throw badRequest(
            'unsupported-export',
            `expected a document with format "${EXPORT_FORMAT}" and version ${EXPORT_VERSION}, as GET /api/export makes`,
          );
        }
      },
      schema: {
        tags: ['portability'],
        summary:
          'Import an export into your account, which must have no profile, plans, log or activities',
        description:
          'All or nothing, in one transaction. Ids are kept: 409 id-conflict when one is already in use on this server, 409 account-not-empty when the account has data.',
        body: importDocumentSchema,
        response: { 201: importResult },
      },
    },
    async (request, reply) => {
      const imported = await importRunnerData(store, runnerOf(request).userId, request.body);
      return reply
        .status(201)
        .send({ imported, notImported: { apiTokens: request.body.apiTokens.length } });
    },
  );
};
