import { useEffect, useState } from 'react';
import type { Job } from '../../src-shared/api/jobs';
import { api } from './api';

/** How often the page asks how far long work has got: often enough to move, rarely enough to cost nothing. */
const POLL_MS = 400;

/**
 * While `active`, the long work answering `method` (a hub workbook, say), as the services report it:
 * undefined until it has started. `cancel` stops it; the call then fails with the code "cancelled".
 */
export function useJobProgress(method: string, active: boolean) {
  const [job, setJob] = useState<Job | undefined>();
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const poll = async () => {
      const jobs = await api.call('job.list', {}).catch(() => []);
      if (!stopped) setJob(jobs.find((j) => j.method === method));
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      setJob(undefined);
    };
  }, [method, active]);
  const cancel = () => job && void api.call('job.cancel', { id: job.id });
  return { job, cancel };
}
