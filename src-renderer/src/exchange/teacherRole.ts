import { useQuery } from '../useQuery';

/**
 * The participant whose own workspace this is (started from the Lead's pack), or undefined in a
 * Lead's. Its screens keep to that participant's work; the handlers refuse the Lead's actions anyway.
 */
export const useTeacherRole = () => useQuery('workspace.status', {}).data?.teacher;
