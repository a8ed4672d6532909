import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { type Client, createTestApp, signUp, type TestApp } from '../testing/test-app';

const set = (over: Record<string, unknown> = {}) => ({
  sessionId: '2027-01-05-strength',
  exerciseId: 'back-squat',
  setNumber: 1,
  performedOn: '2027-01-05',
  reps: 5,
  loadKg: 100,
  rpe: 7.5,
  ...over,
});

const workout = (over: Record<string, unknown> = {}) => ({
  sessionId: '2027-01-05-strength',
  performedOn: '2027-01-05',
  rpe: 7,
  durationMinutes: 45,
  ...over,
});

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}
const paths = (body: unknown) => ((body as ErrorBody).error.issues ?? []).map((i) => i.path);

describeEachDatabase('workout log API', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const setRows = (runner: Client) =>
    t.store.db.selectFrom('set_log').selectAll().where('user_id', '=', runner.userId).execute();
  const workoutRows = (runner: Client) =>
    t.store.db.selectFrom('workout').selectAll().where('user_id', '=', runner.userId).execute();
  const setRow = (id: string) =>
    t.store.db.selectFrom('set_log').selectAll().where('id', '=', id).executeTakeFirst();

  it('creates a set under the client’s id: 201 with the stored row, camelCase, ISO timestamps', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    t.setNow(new Date('2027-01-05T18:30:00Z'));
    const response = await runner.request('PUT', `/api/log/sets/${id}`, set({ band: 'light' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id,
      sessionId: '2027-01-05-strength',
      exerciseId: 'back-squat',
      setNumber: 1,
      performedOn: '2027-01-05',
      reps: 5,
      seconds: null,
      loadKg: 100,
      band: 'light',
      rpe: 7.5,
      pain: null,
      notes: null,
      createdAt: '2027-01-05T18:30:00.000Z',
      updatedAt: '2027-01-05T18:30:00.000Z',
    });
    const row = await setRow(id);
    expect(row).toMatchObject({ user_id: runner.userId, exercise_id: 'back-squat', load_kg: 100 });
  });

  it('an identical replay answers 200 with the same row and stores one row, timestamps unchanged', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    t.setNow(new Date('2027-01-05T18:30:00Z'));
    const first = await runner.request('PUT', `/api/log/sets/${id}`, set());
    t.setNow(new Date('2027-01-05T18:31:00Z'));
    const replay = await runner.request('PUT', `/api/log/sets/${id}`, set());
    expect(first.statusCode).toBe(201);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    expect(await setRows(runner)).toHaveLength(1);
  });

  it('two identical PUTs racing each other still make one row: one 201, one 200', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    const answers = await Promise.all([
      runner.request('PUT', `/api/log/sets/${id}`, set()),
      runner.request('PUT', `/api/log/sets/${id}`, set()),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(await setRows(runner)).toHaveLength(1);
  });

  it('a PUT with other content replaces the set: 200, updatedAt moves, createdAt stays', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    t.setNow(new Date('2027-01-05T18:30:00Z'));
    await runner.request('PUT', `/api/log/sets/${id}`, set({ notes: 'easy', pain: 2 }));
    t.setNow(new Date('2027-01-05T19:00:00Z'));
    // A whole replacement: fields left out are cleared.
    const replaced = await runner.request('PUT', `/api/log/sets/${id}`, set({ reps: 4 }));
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({
      reps: 4,
      notes: null,
      pain: null,
      createdAt: '2027-01-05T18:30:00.000Z',
      updatedAt: '2027-01-05T19:00:00.000Z',
    });
    expect(await setRows(runner)).toHaveLength(1);
  });

  it('accepts the nulls of a row it returned, and seconds instead of reps', async () => {
    const runner = await signUp(t);
    const response = await runner.request(
      'PUT',
      `/api/log/sets/${crypto.randomUUID()}`,
      set({ exerciseId: 'plank', reps: null, seconds: 45, loadKg: null, band: null, rpe: null }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ reps: null, seconds: 45, loadKg: null });
  });

  it('refuses invalid fields with 400 invalid-request naming each path', async () => {
    const runner = await signUp(t);
    const url = `/api/log/sets/${crypto.randomUUID()}`;
    const bad = await runner.request(
      'PUT',
      url,
      set({ reps: 501, rpe: 7.25, setNumber: 0, performedOn: '2027-02-30', band: 'extra' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect(paths(bad.json()).sort()).toEqual([
      'body.band',
      'body.performedOn',
      'body.reps',
      'body.rpe',
      'body.setNumber',
    ]);
    const unknownField = await runner.request('PUT', url, set({ weight: 100 }));
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json()).toMatchObject({ error: { code: 'invalid-request' } });
    const notes = await runner.request('PUT', url, set({ notes: 'x'.repeat(1001) }));
    expect(paths(notes.json())).toEqual(['body.notes']);
    expect(await setRows(runner)).toEqual([]);
  });

  it('refuses an id that is not a UUID', async () => {
    const runner = await signUp(t);
    const response = await runner.request('PUT', '/api/log/sets/not-a-uuid', set());
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect(paths(response.json())).toEqual(['params.id']);
  });

  it('refuses a set with neither reps nor seconds: 400 missing-amount', async () => {
    const runner = await signUp(t);
    const response = await runner.request(
      'PUT',
      `/api/log/sets/${crypto.randomUUID()}`,
      set({ reps: undefined }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'missing-amount' } });
    expect(paths(response.json())).toEqual(['body.reps']);
  });

  it('refuses an exercise the catalogue does not know: 400 unknown-exercise', async () => {
    const runner = await signUp(t);
    const response = await runner.request(
      'PUT',
      `/api/log/sets/${crypto.randomUUID()}`,
      set({ exerciseId: 'underwater-basket-weaving' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'unknown-exercise', value: 'underwater-basket-weaving' },
    });
    expect(paths(response.json())).toEqual(['body.exerciseId']);
    expect(await setRows(runner)).toEqual([]);
  });

  it('IDOR: another runner’s set id is 404 for PUT and PATCH, 204 for DELETE, and their row is untouched', async () => {
    const owner = await signUp(t);
    const intruder = await signUp(t);
    const id = crypto.randomUUID();
    await owner.request('PUT', `/api/log/sets/${id}`, set());
    const before = await setRow(id);
    const put = await intruder.request('PUT', `/api/log/sets/${id}`, set({ reps: 1 }));
    expect(put.statusCode).toBe(404);
    expect(put.json()).toMatchObject({ error: { code: 'not-found' } });
    const patch = await intruder.request('PATCH', `/api/log/sets/${id}`, { reps: 1 });
    expect(patch.statusCode).toBe(404);
    expect((await intruder.request('DELETE', `/api/log/sets/${id}`)).statusCode).toBe(204);
    const batch = await intruder.request('POST', '/api/log/sets/batch', {
      sets: [{ id, ...set({ reps: 1 }) }],
    });
    expect(batch.statusCode).toBe(404);
    expect(await setRow(id)).toEqual(before);
    expect(await setRows(intruder)).toEqual([]);
    const theirs = await intruder.request('GET', '/api/log/sets?from=2027-01-01&to=2027-01-31');
    expect(theirs.json()).toEqual({ sets: [] });
  });

  it('PATCH edits some fields; null clears one; the rest stay', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    t.setNow(new Date('2027-01-05T18:30:00Z'));
    await runner.request('PUT', `/api/log/sets/${id}`, set({ notes: 'felt heavy' }));
    t.setNow(new Date('2027-01-06T08:00:00Z'));
    const patched = await runner.request('PATCH', `/api/log/sets/${id}`, {
      loadKg: 102.5,
      notes: null,
      pain: 3,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      reps: 5,
      loadKg: 102.5,
      rpe: 7.5,
      notes: null,
      pain: 3,
      createdAt: '2027-01-05T18:30:00.000Z',
      updatedAt: '2027-01-06T08:00:00.000Z',
    });
    expect(await setRow(id)).toMatchObject({ load_kg: 102.5, notes: null, pain: 3, reps: 5 });
  });

  it('PATCH keeps a set valid: clearing the only amount or naming an unknown exercise is refused and changes nothing', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    await runner.request('PUT', `/api/log/sets/${id}`, set());
    const before = await setRow(id);
    const noAmount = await runner.request('PATCH', `/api/log/sets/${id}`, { reps: null });
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json()).toMatchObject({ error: { code: 'missing-amount' } });
    const unknown = await runner.request('PATCH', `/api/log/sets/${id}`, { exerciseId: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'unknown-exercise' } });
    expect(paths(unknown.json())).toEqual(['body.exerciseId']);
    const badValue = await runner.request('PATCH', `/api/log/sets/${id}`, { setNumber: 21 });
    expect(paths(badValue.json())).toEqual(['body.setNumber']);
    expect(await setRow(id)).toEqual(before);
    const missing = await runner.request('PATCH', `/api/log/sets/${crypto.randomUUID()}`, {
      reps: 3,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('DELETE removes the set and answers 204 again when replayed', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    await runner.request('PUT', `/api/log/sets/${id}`, set());
    expect((await runner.request('DELETE', `/api/log/sets/${id}`)).statusCode).toBe(204);
    expect(await setRow(id)).toBeUndefined();
    expect((await runner.request('DELETE', `/api/log/sets/${id}`)).statusCode).toBe(204);
    expect((await runner.request('DELETE', '/api/log/sets/nope')).statusCode).toBe(400);
  });

  it('a batch is stored in one go, and a retried batch makes no duplicates', async () => {
    const runner = await signUp(t);
    const sets = [1, 2, 3].map((n) => ({ id: crypto.randomUUID(), ...set({ setNumber: n }) }));
    const first = await runner.request('POST', '/api/log/sets/batch', { sets });
    expect(first.statusCode).toBe(200);
    const body = first.json() as { sets: { id: string; setNumber: number }[] };
    expect(body.sets.map((s) => [s.id, s.setNumber])).toEqual(sets.map((s) => [s.id, s.setNumber]));
    const retry = await runner.request('POST', '/api/log/sets/batch', { sets });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await setRows(runner)).toHaveLength(3);
    // A retry that also carries a new set and an edit: one more row, the edit applied.
    const more = [
      { ...(sets[0] as (typeof sets)[number]), reps: 6 },
      { id: crypto.randomUUID(), ...set({ setNumber: 4 }) },
    ];
    expect((await runner.request('POST', '/api/log/sets/batch', { sets: more })).statusCode).toBe(
      200,
    );
    const rows = await setRows(runner);
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.id === sets[0]?.id)?.reps).toBe(6);
  });

  it('a batch with one bad item writes nothing and names the item in the path', async () => {
    const runner = await signUp(t);
    const good = () => ({ id: crypto.randomUUID(), ...set() });
    const invalid = await runner.request('POST', '/api/log/sets/batch', {
      sets: [good(), { ...good(), reps: -1 }, good()],
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect(paths(invalid.json())).toEqual(['body.sets.1.reps']);

    const unknown = await runner.request('POST', '/api/log/sets/batch', {
      sets: [good(), good(), { ...good(), exerciseId: 'nope' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { code: 'unknown-exercise' } });
    expect(paths(unknown.json())).toEqual(['body.sets.2.exerciseId']);

    const noAmount = await runner.request('POST', '/api/log/sets/batch', {
      sets: [good(), { ...good(), reps: null }],
    });
    expect(noAmount.json()).toMatchObject({ error: { code: 'missing-amount' } });
    expect(paths(noAmount.json())).toEqual(['body.sets.1.reps']);

    const twice = good();
    const duplicate = await runner.request('POST', '/api/log/sets/batch', {
      sets: [twice, good(), twice],
    });
    expect(duplicate.json()).toMatchObject({ error: { code: 'duplicate-id' } });
    expect(paths(duplicate.json())).toEqual(['body.sets.2.id']);

    // Found only inside the transaction: the first item was inserted, then rolled back.
    const other = await signUp(t);
    const theirs = crypto.randomUUID();
    await other.request('PUT', `/api/log/sets/${theirs}`, set());
    const foreign = await runner.request('POST', '/api/log/sets/batch', {
      sets: [good(), { ...good(), id: theirs }],
    });
    expect(foreign.statusCode).toBe(404);
    expect(paths(foreign.json())).toEqual(['body.sets.1.id']);

    expect(await setRows(runner)).toEqual([]);
    expect(await setRows(other)).toHaveLength(1);
  });

  it('a batch holds at most 200 sets', async () => {
    const runner = await signUp(t);
    const sets = Array.from({ length: 201 }, (_, i) => ({
      id: crypto.randomUUID(),
      ...set({ setNumber: (i % 20) + 1 }),
    }));
    const tooMany = await runner.request('POST', '/api/log/sets/batch', { sets });
    expect(tooMany.statusCode).toBe(400);
    expect(paths(tooMany.json())).toEqual(['body.sets']);
    const enough = await runner.request('POST', '/api/log/sets/batch', { sets: sets.slice(1) });
    expect(enough.statusCode).toBe(200);
    expect(await setRows(runner)).toHaveLength(200);
  });

  it('lists your sets in order, filtered by session and exercise', async () => {
    const runner = await signUp(t);
    const put = (over: Record<string, unknown>) =>
      runner.request('PUT', `/api/log/sets/${crypto.randomUUID()}`, set(over));
    await put({ performedOn: '2027-01-07', sessionId: '2027-01-07-strength', setNumber: 1 });
    await put({ exerciseId: 'split-squat', setNumber: 2 });
    await put({ setNumber: 2 });
    await put({ exerciseId: 'split-squat', setNumber: 1 });
    await put({ setNumber: 1 });
    await put({ performedOn: '2027-02-01', sessionId: '2027-02-01-strength' });
    const key = (s: { performedOn: string; exerciseId: string; setNumber: number }) =>
      `${s.performedOn} ${s.exerciseId} ${s.setNumber}`;
    const all = (await runner.request('GET', '/api/log/sets?from=2027-01-05&to=2027-01-31')).json()
      .sets as { performedOn: string; exerciseId: string; setNumber: number }[];
    expect(all.map(key)).toEqual([
      '2027-01-05 back-squat 1',
      '2027-01-05 back-squat 2',
      '2027-01-05 split-squat 1',
      '2027-01-05 split-squat 2',
      '2027-01-07 back-squat 1',
    ]);
    const filtered = (
      await runner.request(
        'GET',
        '/api/log/sets?from=2027-01-01&to=2027-01-31&sessionId=2027-01-05-strength&exerciseId=split-squat',
      )
    ).json().sets as { performedOn: string; exerciseId: string; setNumber: number }[];
    expect(filtered.map(key)).toEqual(['2027-01-05 split-squat 1', '2027-01-05 split-squat 2']);
  });

  it('limits list ranges: to before from, more than 366 days, or a missing end are refused', async () => {
    const runner = await signUp(t);
    const get = (query: string) => runner.request('GET', `/api/log/sets?${query}`);
    // 2028 is a leap year: 2027-03-01 … 2028-02-29 is 366 days, both ends included.
    expect((await get('from=2027-03-01&to=2028-02-29')).statusCode).toBe(200);
    const tooLong = await get('from=2027-03-01&to=2028-03-01');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { code: 'range-too-long' } });
    expect(paths(tooLong.json())).toEqual(['querystring.to']);
    const backwards = await get('from=2027-01-10&to=2027-01-09');
    expect(backwards.json()).toMatchObject({ error: { code: 'invalid-range' } });
    const missing = await get('to=2027-01-09');
    expect(missing.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect(paths(missing.json())).toEqual(['querystring.from']);
    const notADate = await get('from=2027-1-1&to=2027-01-09');
    expect(paths(notADate.json())).toEqual(['querystring.from']);
    const workouts = await runner.request('GET', '/api/log/workouts?from=2027-01-01&to=2028-01-02');
    expect(workouts.json()).toMatchObject({ error: { code: 'range-too-long' } });
  });

  it('workouts: create, replay, replace, edit, list and delete', async () => {
    const runner = await signUp(t);
    const id = crypto.randomUUID();
    t.setNow(new Date('2027-01-05T19:00:00Z'));
    const created = await runner.request('PUT', `/api/log/workouts/${id}`, workout());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id,
      sessionId: '2027-01-05-strength',
      performedOn: '2027-01-05',
      rpe: 7,
      durationMinutes: 45,
      painBefore: null,
      painNextMorning: null,
      notes: null,
      createdAt: '2027-01-05T19:00:00.000Z',
      updatedAt: '2027-01-05T19:00:00.000Z',
    });
    t.setNow(new Date('2027-01-05T19:05:00Z'));
    const replay = await runner.request('PUT', `/api/log/workouts/${id}`, workout());
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(created.json());
    expect(await workoutRows(runner)).toHaveLength(1);

    const replaced = await runner.request('PUT', `/api/log/workouts/${id}`, workout({ rpe: 8 }));
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ rpe: 8, updatedAt: '2027-01-05T19:05:00.000Z' });

    const patched = await runner.request('PATCH', `/api/log/workouts/${id}`, {
      notes: 'windy',
      durationMinutes: null,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ rpe: 8, durationMinutes: null, notes: 'windy' });

    // B26: pain before the session, then the next morning's, added a day later.
    const before = await runner.request('PATCH', `/api/log/workouts/${id}`, { painBefore: 2 });
    expect(before.json()).toMatchObject({ painBefore: 2, painNextMorning: null });
    const morning = await runner.request('PATCH', `/api/log/workouts/${id}`, {
      painNextMorning: 4,
    });
    expect(morning.json()).toMatchObject({ painBefore: 2, painNextMorning: 4, notes: 'windy' });
    const outOfRange = await runner.request('PATCH', `/api/log/workouts/${id}`, {
      painNextMorning: 11,
    });
    expect(outOfRange.statusCode).toBe(400);

    await runner.request(
      'PUT',
      `/api/log/workouts/${crypto.randomUUID()}`,
      workout({ sessionId: '2027-01-08-strength', performedOn: '2027-01-08' }),
    );
    const listed = (await runner.request('GET', '/api/log/workouts?from=2027-01-01&to=2027-01-31'))
      .json()
      .workouts.map((w: { sessionId: string }) => w.sessionId);
    expect(listed).toEqual(['2027-01-05-strength', '2027-01-08-strength']);
    const bySession = (
      await runner.request(
        'GET',
        '/api/log/workouts?from=2027-01-01&to=2027-01-31&sessionId=2027-01-08-strength',
      )
    ).json().workouts;
    expect(bySession).toHaveLength(1);

    expect((await runner.request('DELETE', `/api/log/workouts/${id}`)).statusCode).toBe(204);
    expect((await runner.request('DELETE', `/api/log/workouts/${id}`)).statusCode).toBe(204);
    expect(await workoutRows(runner)).toHaveLength(1);
    expect((await runner.request('PATCH', `/api/log/workouts/${id}`, { rpe: 5 })).statusCode).toBe(
      404,
    );
  });

  it('workouts: validation names the field; another runner’s id is 404 and untouched', async () => {
    const owner = await signUp(t);
    const intruder = await signUp(t);
    const id = crypto.randomUUID();
    await owner.request('PUT', `/api/log/workouts/${id}`, workout());
    const bad = await owner.request(
      'PUT',
      `/api/log/workouts/${crypto.randomUUID()}`,
      workout({ durationMinutes: 0, rpe: 11 }),
    );
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.json()).sort()).toEqual(['body.durationMinutes', 'body.rpe']);
    const before = await workoutRows(owner);
    expect((await intruder.request('PUT', `/api/log/workouts/${id}`, workout())).statusCode).toBe(
      404,
    );
    expect(
      (await intruder.request('PATCH', `/api/log/workouts/${id}`, { notes: 'mine now' }))
        .statusCode,
    ).toBe(404);
    expect((await intruder.request('DELETE', `/api/log/workouts/${id}`)).statusCode).toBe(204);
    expect(await workoutRows(owner)).toEqual(before);
    expect(await workoutRows(intruder)).toEqual([]);
  });

  it('needs a signed-in runner', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/log/sets?from=2027-01-01&to=2027-01-31',
    });
    expect(response.statusCode).toBe(401);
  });

  it('publishes the log routes in the OpenAPI document under the tag log', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[]; summary?: string }>>;
    };
    expect(doc.paths['/api/log/sets/{id}']?.put?.tags).toEqual(['log']);
    expect(doc.paths['/api/log/sets/batch']?.post?.summary).toMatch(/all or nothing/);
    expect(doc.paths['/api/log/workouts']?.get?.tags).toEqual(['log']);
  });
});
