// The services' own thread: the doors (the desktop window, browser mode) send it `{method, input}` and
// it answers, so no call ever holds up the window or the web server.
import { constants, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiResult } from '../../src-shared/api/errors';
import { dispatchAsync } from '../services/dispatch';
import { createHandlers, type AllHandlers } from '../services/handlers';
import { jobHandlers, listenForProgress } from '../services/jobs';
import { openSession } from '../services/session';
import { evaluationService } from '../services/evaluation';
import { openStore, type Store } from '../store/store';
import { WorkspaceOpenError } from '../store/errors';
import { failed, type FromWorker, type ToWorker, type WorkerSetup } from './channel';
import { LongReads } from './longReads';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (message: FromWorker) => port.postMessage(message);

/** Answers each call as it comes (`answer` decides where it runs) until the door closes it. */
function serve(answer: (method: string, input: unknown) => Promise<ApiResult<unknown>>, close: () => Promise<void>) {
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      void close().then(() => process.exit(0));
      return;
    }
    void answer(message.method, message.input)
      .catch((error: unknown) => {
        console.error(`[wge] ${message.method} failed:`, error);
        return failed(
          'That could not be answered. Try again; if it keeps happening, close the workspace and open it again.',
        );
      })
      .then((reply) => post({ type: 'answer', id: message.id, answer: reply }));
  });
  post({ type: 'ready' });
}

function storeWorker() {
  const session = openSession(setup.path, setup.options, { askForPassphrase: setup.askForPassphrase });
  const longReads = new LongReads(fileURLToPath(import.meta.url), session);
  const handlers: AllHandlers = { ...session.handlers, ...jobHandlers(longReads) };
  serve(
    (method, input) => {
      if (longReads.takes(method)) return longReads.run(method, input);
      if (method === 'backup.restore') return longReads.withoutReader(() => dispatchAsync(handlers, method, input));
      return dispatchAsync(handlers, method, input);
    },
    () => longReads.stop().then(() => session.close()),
  );
  longReads.prepare();
}

function readerWorker() {
  // Long work gives way on a busy machine. On Linux this lowers this thread's priority alone; elsewhere
  // it would lower the whole app's, so there it is left as it is.
  if (process.platform === 'linux') setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
  const store = openStore(setup.path, { ...setup.options, checked: true });
  const handlers = createHandlers(store);
  listenForProgress((progress) => post({ type: 'progress', progress }));
  let open = true;
  serve(
    (method, input) => dispatchAsync(handlers, method, input),
    async () => {
      open = false;
      store.close();
    },
  );
  workOutHubFiguresAhead(store, () => open);
}

/**
 * The first hub view after opening would otherwise wait while every Work Group is worked out: the
 * reader works their figures out as soon as it starts, a batch at a time, answering any call that
 * comes in between two batches (a hub view then finds most of them ready).
 */
function workOutHubFiguresAhead(store: Store, open: () => boolean) {
  const hub = evaluationService(store);
  const next = () => {
    if (!open()) return;
    try {
      if (hub.workOutHubFiguresAhead()) setImmediate(next);
    } catch (error) {
      // Only time is lost: the hub view works out whatever is missing when it is asked for.
      console.error('[wge] working out the hub figures ahead failed:', error);
    }
  };
  setImmediate(next);
}

try {
  if (setup.role === 'store') storeWorker();
  else readerWorker();
} catch (error) {
  const reason = error instanceof WorkspaceOpenError ? error.reason : undefined;
  // Nothing listens now, so the thread ends once the door has read why.
  post({ type: 'refused', reason, message: (error as Error).message });
}
