/** A failed API call, carrying the server's stable error code and any field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field paths → messages, from `issues` (request validation) or `problems` (profile rules). */
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    issues?: { path: string; message: string }[];
    problems?: { path: string; message: string; accepted?: string }[];
  };
  /** better-auth's own errors are `{ code, message }` at the top level. */
  code?: string;
  message?: string;
}

const fieldsOf = (body: ErrorBody): Record<string, string> => {
  const fields: Record<string, string> = {};
  // better-auth names the field in its message: "[body.email] Invalid email address".
  const named = /^\[body\.(\w+)\] (.+)$/.exec(body.message ?? '');
  if (named?.[1] && named[2]) fields[named[1]] = named[2];
  for (const issue of body.error?.issues ?? [])
    fields[issue.path.replace(/^body\./, '')] = issue.message;
  for (const p of body.error?.problems ?? []) {
    fields[p.path] = p.accepted ? `${p.message}; accepted: ${p.accepted}` : p.message;
  }
  return fields;
};

/**
 * Calls the API on the same origin with the session cookie. Errors become ApiError with the
 * server's words, so screens can show them next to the field concerned.
 */
export const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'offline', 'No connection: check your network and try again.', {});
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const errorBody = (parsed ?? {}) as ErrorBody;
    throw new ApiError(
      response.status,
      errorBody.error?.code ?? errorBody.code ?? `http-${response.status}`,
      errorBody.error?.message ?? errorBody.message ?? `The server answered ${response.status}.`,
      fieldsOf(errorBody),
    );
  }
  return parsed as T;
};
