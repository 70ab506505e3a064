import { z } from 'zod';

// Whether the open workspace is waiting for its passphrase (an encrypted workspace opened by the
// desktop app or browser mode without one), and unlocking it from the app.

export const workspaceStatus = z.object({
  locked: z.boolean(),
  /** The workspace file's name, to say which workspace wants its passphrase. */
  name: z.string(),
});

export const unlockInput = z.strictObject({
  passphrase: z.string({ error: 'Type the passphrase.' }).min(1, 'Type the passphrase.').max(1000),
});
