import { z } from 'zod';
import { entityId } from '../domain/fields';

// Whether the open workspace is waiting for its passphrase (an encrypted workspace opened by the
// desktop app or browser mode without one), and unlocking it from the app.

/** A teacher's workspace: started from a Lead's pack, it belongs to one participant of one Work Group. */
export const teacherRole = z.object({ workGroupId: entityId, participantId: entityId });
export type TeacherRole = z.infer<typeof teacherRole>;

export const workspaceStatus = z.object({
  locked: z.boolean(),
  /** The workspace file's name, to say which workspace wants its passphrase. */
  name: z.string(),
  /** Set in a teacher's workspace (known once it is unlocked): its screens keep to that participant's work. */
  teacher: teacherRole.optional(),
});

export const unlockInput = z.strictObject({
  passphrase: z.string({ error: 'Type the passphrase.' }).min(1, 'Type the passphrase.').max(1000),
});
