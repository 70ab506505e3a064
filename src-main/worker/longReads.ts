import { randomUUID } from 'node:crypto';
import type { Method } from '../../src-shared/api/contract';
import type { ApiResult } from '../../src-shared/api/errors';
import type { Job } from '../../src-shared/api/jobs';
import type { LongWork } from '../services/jobs';
import type { WorkspaceSession } from '../services/session';
import { CANCELLED, failed, startWorker, type WorkerChannel } from './channel';

/** The calls that only read, and take seconds on a hub or national workspace. */
const LONG_READS = new Set<Method>([
  'evaluation.hub',
  'export.check',
  'export.document',
  'export.workbookCheck',
  'export.workbook',
]);

interface Entry extends Job {
  cancelled: boolean;
}

/**
 * Long reads run in a reader worker with its own connection to the workspace (WAL lets it read while
 * the store worker writes), so the store worker answers every other call at once meanwhile. They run
 * one after another, in the order asked, in one reader kept open, so the hub figures it has worked
 * out stay in its memory for the next roll-up. Cancelling one ends the reader, and with it the work:
 * the documents are sent back whole, so there is nothing half-written to clear away.
 */
export class LongReads implements LongWork {
  private reader: Promise<WorkerChannel> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly jobs = new Map<string, Entry>();
  private running: Entry | undefined;

  constructor(
    private readonly workerFile: string,
    private readonly session: WorkspaceSession,
  ) {}

  /** Whether a call is long work for the reader (an encrypted workspace must be unlocked first). */
  takes(method: string): boolean {
    return LONG_READS.has(method as Method) && this.session.openOptions !== undefined;
  }

  /** Starts the reader before it is needed, so the first long call does not wait for it. */
  prepare(): void {
    if (this.session.openOptions) this.open().catch(() => undefined);
  }

  run(method: string, input: unknown): Promise<ApiResult<unknown>> {
    const entry: Entry = { id: randomUUID(), method, stage: '', done: 0, total: 0, cancelled: false };
    this.jobs.set(entry.id, entry);
    return this.inTurn(async () => {
      if (entry.cancelled) return CANCELLED;
      let reader: WorkerChannel;
      try {
        reader = await this.open();
      } catch (error) {
        console.error('[wge] the reader could not start:', error);
        return failed(
          'This could not be started. Try again; if it keeps happening, close the workspace and open it again.',
        );
      }
      // Cancelled while its reader was starting.
      if (entry.cancelled) return CANCELLED;
      this.running = entry;
      try {
        return await reader.call(method, input);
      } finally {
        this.running = undefined;
      }
    }).finally(() => this.jobs.delete(entry.id));
  }

  list(): Job[] {
    return [...this.jobs.values()].map(({ cancelled: _cancelled, ...job }) => job);
  }

  cancel(id: string): boolean {
    const entry = this.jobs.get(id);
    if (!entry || entry.cancelled) return false;
    entry.cancelled = true;
    if (entry === this.running) {
      void this.reader?.then((reader) => reader.cancel());
      this.reader = undefined;
    }
    return true;
  }

  /**
   * Runs an action with no reader open, after the long work before it (a restore replaces the file
   * under the reader's connection; closing the workspace must close every connection).
   */
  withoutReader<T>(action: () => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      const reader = this.reader;
      this.reader = undefined;
      await reader?.then(
        (open) => open.close(),
        () => undefined,
      );
      return action();
    });
  }

  /** Cancels all the long work and closes the reader, for the workspace to close. */
  stop(): Promise<void> {
    for (const id of this.jobs.keys()) this.cancel(id);
    return this.withoutReader(async () => undefined);
  }

  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private open(): Promise<WorkerChannel> {
    if (this.reader) return this.reader;
    const { nativeBinding, passphrase } = this.session.openOptions ?? {};
    const setup = { role: 'reader' as const, path: this.session.path, options: { nativeBinding, passphrase } };
    const starting = startWorker(this.workerFile, setup, (progress) => {
      if (this.running) Object.assign(this.running, progress);
    });
    // A reader that could not start is tried afresh next time.
    starting.catch(() => {
      if (this.reader === starting) this.reader = undefined;
    });
    return (this.reader = starting);
  }
}
