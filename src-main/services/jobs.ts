import type { Job } from '../../src-shared/api/jobs';
import type { Handlers } from './handlers';

/** The long work under way beside the other calls, and how to stop it. */
export interface LongWork {
  list(): Job[];
  /** Answers whether the work was still to finish (and so is stopped now). */
  cancel(id: string): boolean;
}

/** In one process (the command line, tests) each call finishes before the next: nothing runs beside them. */
export const noLongWork: LongWork = { list: () => [], cancel: () => false };

export const jobHandlers = (work: LongWork): Handlers<'job.'> => ({
  'job.list': () => work.list(),
  'job.cancel': ({ id }) => ({ cancelled: work.cancel(id) }),
});

export type Progress = Pick<Job, 'stage' | 'done' | 'total'>;
let listener: ((progress: Progress) => void) | undefined;

/** The worker that runs long work passes its progress on to the app; elsewhere nobody listens. */
export function listenForProgress(listen: (progress: Progress) => void): void {
  listener = listen;
}

/** Long work says how far it has got, in steps the user would recognise. */
export function reportProgress(stage: string, done: number, total: number): void {
  listener?.({ stage, done, total });
}
