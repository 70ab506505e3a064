/** Why a file could not be opened as a workspace; the message tells the user what to do next. */
export class WorkspaceOpenError extends Error {
  constructor(
    readonly reason:
      | 'not_a_workspace'
      | 'corrupt'
      | 'newer_version'
      | 'unreadable'
      | 'passphrase_needed'
      | 'wrong_passphrase'
      | 'weak_passphrase'
      | 'in_use',
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceOpenError';
  }
}
