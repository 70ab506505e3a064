import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, createClient } from '../../src-shared/api/client';
import type { Method } from '../../src-shared/api/contract';
import { dispatchAsync } from '../../src-main/services/dispatch';
import type { Read } from '../../src-renderer/src/invalidation';
import { createQueryCache, KEEP_UNSEEN_MS } from '../../src-renderer/src/queryCache';
import { sampleWorkGroup, tempWorkspace } from '../support/workspace';

/** A new macrotask: every answer already on its way has arrived. */
const settle = () => new Promise((done) => setImmediate(done));

/**
 * The renderer's query cache over a real workspace file, through the same door the app uses, with
 * every call it makes written down; one method's answers can be held back to arrive later.
 */
function cacheOverWorkspace() {
  const workspace = tempWorkspace();
  const asked: Method[] = [];
  let holding: { method: Method; until: Promise<void> } | undefined;
  let loseReply = false;
  const cache = createQueryCache(
    createClient(async (method, input) => {
      asked.push(method);
      const reply = await dispatchAsync(workspace.handlers, method, input);
      if (holding?.method === method) await holding.until;
      if (!loseReply) return reply;
      loseReply = false;
      return { ok: false, error: { code: 'failed', message: 'The reply was lost.', fields: [] } };
    }),
  );
  const group = workspace.call('workGroup.create', sampleWorkGroup);
  const other = workspace.call('workGroup.create', { ...sampleWorkGroup, code: 'TRG-2025-02' });
  const hold = (method: Method) => {
    let release!: () => void;
    holding = { method, until: new Promise((done) => (release = done)) };
    return () => {
      holding = undefined;
      release();
    };
  };
  // A change made elsewhere: straight to the workspace, not through the cache.
  /** The next call is carried out, but its reply is lost on the way back. */
  const loseNextReply = () => (loseReply = true);
  return { cache, asked, group, other, hold, loseNextReply, elsewhere: workspace.call };
}

const readings = (workGroupId: string): Read => ({ method: 'reading.list', input: { workGroupId } });
const citations = (data: unknown) => (data as { citation: string }[]).map((r) => r.citation);

afterEach(() => {
  vi.useRealTimers();
});

describe('the renderer’s query cache', () => {
  it('asks once for a read however many screens show it, and answers from what it keeps when one comes back', async () => {
    const { cache, asked, group } = cacheOverWorkspace();
    const read: Read = { method: 'workGroup.get', input: { id: group.id } };
    const stops = [cache.watch(read, () => {}), cache.watch(read, () => {})];
    await settle();
    expect(asked).toEqual(['workGroup.get']);
    expect(cache.state(read).data).toMatchObject({ code: 'TRG-2025-01' });

    stops.forEach((stop) => stop());
    const shown = cache.state(read);
    cache.watch(read, () => {});
    await settle();
    expect(asked).toEqual(['workGroup.get']);
    expect(cache.state(read)).toBe(shown);
  });

  it('after a save, asks again for exactly the reads on screen that it changed, and tells their screens', async () => {
    const { cache, asked, group, other } = cacheOverWorkspace();
    const onScreen: Read[] = [
      { method: 'workGroup.get', input: { id: group.id } },
      { method: 'school.list', input: {} },
      readings(group.id),
      { method: 'journalEntry.list', input: { workGroupId: group.id } },
      { method: 'evaluation.workGroup', input: { id: group.id } },
      readings(other.id),
    ];
    const told: string[] = [];
    for (const read of onScreen) cache.watch(read, () => told.push(read.method));
    await settle();
    asked.length = 0;
    told.length = 0;

    const saved = await cache.call('reading.create', { workGroupId: group.id, citation: 'Boaler, J. (2016)' });
    await settle();

    expect(saved.citation).toBe('Boaler, J. (2016)');
    expect(asked.sort()).toEqual(['evaluation.workGroup', 'reading.create', 'reading.list']);
    expect(told.sort()).toEqual(['evaluation.workGroup', 'reading.list']);
    expect(citations(cache.state(readings(group.id)).data)).toEqual(['Boaler, J. (2016)']);
    expect(cache.state(readings(other.id)).data).toEqual([]);
  });

  it('forgets an answer no screen shows once a save changes it, and asks for it when it is shown again', async () => {
    const { cache, asked, group } = cacheOverWorkspace();
    const stop = cache.watch(readings(group.id), () => {});
    await settle();
    stop();

    await cache.call('reading.create', { workGroupId: group.id, citation: 'Askew, M. (2012)' });
    await settle();
    expect(asked).toEqual(['reading.list', 'reading.create']);
    expect(cache.state(readings(group.id)).data).toBeUndefined();

    cache.watch(readings(group.id), () => {});
    await settle();
    expect(asked).toEqual(['reading.list', 'reading.create', 'reading.list']);
    expect(citations(cache.state(readings(group.id)).data)).toEqual(['Askew, M. (2012)']);
  });

  it('asks again when a save lands while an answer is on its way, which may have been read before the save', async () => {
    const { cache, asked, group, hold } = cacheOverWorkspace();
    const release = hold('reading.list');
    cache.watch(readings(group.id), () => {});
    await settle();
    // The list has been read (empty) but its answer has not arrived; now a reading is saved.
    await cache.call('reading.create', { workGroupId: group.id, citation: 'Watson, A. (2006)' });
    release();
    await settle();

    expect(asked).toEqual(['reading.list', 'reading.create', 'reading.list']);
    expect(citations(cache.state(readings(group.id)).data)).toEqual(['Watson, A. (2006)']);
  });

  it('asks again after a save whose outcome is unknown, but not after a refusal', async () => {
    const { cache, asked, group, loseNextReply } = cacheOverWorkspace();
    cache.watch(readings(group.id), () => {});
    await settle();

    const refused = cache.call('reading.create', { workGroupId: group.id, citation: ' ' });
    await expect(refused).rejects.toMatchObject({ error: { code: 'invalid_input' } });
    await settle();
    expect(asked).toEqual(['reading.list', 'reading.create']);

    loseNextReply();
    const lost = cache.call('reading.create', { workGroupId: group.id, citation: 'Saved, reply lost (2026)' });
    await expect(lost).rejects.toBeInstanceOf(ApiFailure);
    await settle();
    expect(asked).toEqual(['reading.list', 'reading.create', 'reading.create', 'reading.list']);
    expect(citations(cache.state(readings(group.id)).data)).toEqual(['Saved, reply lost (2026)']);
  });

  it('keeps a failure as the service said it, and asks again when the read is next shown', async () => {
    const { cache, asked } = cacheOverWorkspace();
    const missing: Read = { method: 'workGroup.get', input: { id: '44444444-4444-4444-8444-444444444444' } };
    cache.watch(missing, () => {})();
    await settle();
    const { error } = cache.state(missing);
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).error.code).toBe('not_found');

    cache.watch(missing, () => {});
    await settle();
    expect(asked).toEqual(['workGroup.get', 'workGroup.get']);
  });

  it('after a change made elsewhere, asks again for every read on screen and forgets the others', async () => {
    const { cache, asked, group, other, elsewhere } = cacheOverWorkspace();
    cache.watch(readings(group.id), () => {});
    cache.watch(readings(other.id), () => {})();
    await settle();
    asked.length = 0;

    elsewhere('reading.create', { workGroupId: group.id, citation: 'Written elsewhere (2026)' });
    cache.refresh();
    await settle();
    expect(asked).toEqual(['reading.list']);
    expect(citations(cache.state(readings(group.id)).data)).toEqual(['Written elsewhere (2026)']);
    expect(cache.state(readings(other.id)).data).toBeUndefined();
  });

  it('keeps an answer no screen shows for a while, then forgets it', async () => {
    const { cache, asked, group } = cacheOverWorkspace();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const read: Read = { method: 'workGroup.get', input: { id: group.id } };
    cache.watch(read, () => {})();
    await settle();
    vi.advanceTimersByTime(KEEP_UNSEEN_MS - 1);
    cache.watch(read, () => {})();
    await settle();
    expect(asked).toEqual(['workGroup.get']);

    vi.advanceTimersByTime(KEEP_UNSEEN_MS);
    expect(cache.state(read).data).toBeUndefined();
    cache.watch(read, () => {});
    await settle();
    expect(asked).toEqual(['workGroup.get', 'workGroup.get']);
  });
});
