import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../src-shared/api/errors';
import type { Progress } from '../services/jobs';
import type { OpenOptions } from '../store/store';
import { WorkspaceOpenError } from '../store/errors';

/**
 * What a worker is told when it starts. The store worker holds the workspace and answers every call;
 * it hands long reads to a reader worker, a second connection to the same file.
 */
export interface WorkerSetup {
  role: 'store' | 'reader';
  path: string;
  /** Only what can cross to another thread (no clocks or id makers). */
  options: Pick<OpenOptions, 'nativeBinding' | 'passphrase'>;
  askForPassphrase?: boolean;
}

export type ToWorker = { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'refused'; reason: WorkspaceOpenError['reason'] | undefined; message: string }
  | { type: 'answer'; id: number; answer: ApiResult<unknown> }
  | { type: 'progress'; progress: Progress };

export const failed = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'failed', message, fields: [] },
});

export const CANCELLED: ApiResult<never> = {
  ok: false,
  error: { code: 'cancelled', message: 'Cancelled before it finished: nothing was saved or written.', fields: [] },
};

/** Calls into a worker and matches each answer to its call. */
export class WorkerChannel {
  private nextId = 0;
  private readonly waiting = new Map<number, (answer: ApiResult<unknown>) => void>();
  private ended: ApiResult<never> | undefined;
  private cancelling = false;
  readonly exited: Promise<void>;

  constructor(
    private readonly worker: Worker,
    onProgress: (progress: Progress) => void = () => undefined,
  ) {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') onProgress(message.progress);
      if (message.type !== 'answer') return;
      this.waiting.get(message.id)?.(message.answer);
      this.waiting.delete(message.id);
    });
    worker.on('error', (error) => console.error('[wge] the services stopped:', error));
    this.exited = new Promise((done) =>
      worker.once('exit', () => {
        this.ended = this.cancelling
          ? CANCELLED
          : failed('Work Group Evaluator stopped working on this workspace. Close it and open it again.');
        for (const answer of this.waiting.values()) answer(this.ended);
        this.waiting.clear();
        done();
      }),
    );
  }

  call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (this.ended) return Promise.resolve(this.ended);
    const id = this.nextId++;
    return new Promise((answer) => {
      this.waiting.set(id, answer);
      this.worker.postMessage({ type: 'call', id, method, input } satisfies ToWorker);
    });
  }

  /** Stops at once, whatever it is doing: the calls under way answer "cancelled". */
  async cancel(): Promise<void> {
    this.cancelling = true;
    await this.worker.terminate();
  }

  /** Lets the worker close its workspace properly, then end. */
  async close(): Promise<void> {
    if (!this.ended) this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    await this.exited;
  }
}

/** Starts a worker and waits until its workspace is open (or refuses, as opening the file would). */
export function startWorker(
  file: string,
  setup: WorkerSetup,
  onProgress?: (progress: Progress) => void,
): Promise<WorkerChannel> {
  const worker = new Worker(file, { workerData: setup });
  return new Promise((done, fail) => {
    const opening = (message: FromWorker) => {
      if (message.type === 'ready') done(new WorkerChannel(worker, onProgress));
      else if (message.type === 'refused') {
        void worker.terminate();
        fail(message.reason ? new WorkspaceOpenError(message.reason, message.message) : new Error(message.message));
      } else return;
      worker.off('message', opening);
      worker.off('error', fail);
    };
    worker.on('message', opening);
    worker.once('error', fail);
  });
}
