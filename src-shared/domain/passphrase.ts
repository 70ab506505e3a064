/**
 * The least a new passphrase must be (a workspace's, or the one a group shares for bundles); it answers
 * what is wrong with one, or nothing. Shared so the window can say so before anything is made.
 */
export function passphraseProblem(passphrase: string): string | undefined {
  if ([...passphrase].length < 8)
    return 'A passphrase needs at least 8 characters: a few ordinary words together make a strong one that is easy to remember.';
  return undefined;
}
