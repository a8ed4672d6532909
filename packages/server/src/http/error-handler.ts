import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './app-error';

interface ErrorBody {
  error: { code: string; message: string; [key: string]: unknown };
}

const body = (code: string, message: string, extra: Record<string, unknown> = {}): ErrorBody => ({
  error: { code, message, ...extra },
});

/** fastify's own errors, by their codes, mapped to ours. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body-too-large',
    message: 'the request body is too large',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    message: 'the request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    message: 'the request body is empty',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported-media-type',
    message: 'send JSON with Content-Type: application/json',
  },
};

/**
 * The one translation point from errors to HTTP: stable codes, the field path for invalid input,
 * and never a stack trace or an internal message for a 500.
 */
export const registerErrorHandler = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message,
      }));
      return reply.status(400).send(
        body('invalid-request', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
          issues,
        }),
      );
    }
    if (error.code && FASTIFY_ERRORS[error.code]) {
      const known = FASTIFY_ERRORS[error.code] as { status: number; code: string; message: string };
      return reply.status(known.status).send(body(known.code, known.message));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad-request', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'something went wrong on our side'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(body('not-found', `no route for ${request.method} ${request.url.split('?')[0]}`)),
  );
};
