import { useState } from 'react';
import { failureMessage } from './api';

/**
 * Something the user asked for that takes a moment: what is under way, in words for a status line
 * ('' when nothing is), and what went wrong with the last attempt ('' when nothing did).
 */
export function useAction() {
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy('');
    }
  };
  return { busy, error, run };
}
