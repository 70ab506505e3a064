// Run as a separate process by crash.test.ts: writes journal entries one action at a time through
// the contract and prints "committed N" after each action returns, until it is killed.
import { dispatch } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore } from '../../../src-main/store/store';

const [path, participantId, first] = process.argv.slice(2) as [string, string, string];
const store = openStore(path);
const handlers = createHandlers(store);
for (let n = Number(first); ; n++) {
  const reply = dispatch(handlers, 'journalEntry.create', {
    participantId,
    date: '2025-11-20',
    text: `Crash test entry ${n}: a reflection long enough to span more than one page of the database file. ${'Reasoning with the bar model. '.repeat(n % 7 === 0 ? 200 : 3)}`,
  });
  if (!reply.ok) throw new Error(reply.error.message);
  process.stdout.write(`committed ${n}\n`);
}
