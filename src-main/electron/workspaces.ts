import { app } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_RECENT = 8;
const recentFile = () => join(app.getPath('userData'), 'recent-workspaces.json');

export const defaultWorkspacePath = () => join(app.getPath('userData'), 'workspace.wgdb');

export function recentWorkspaces(): string[] {
  try {
    const list: unknown = JSON.parse(readFileSync(recentFile(), 'utf8'));
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberWorkspace(path: string): void {
  const list = [path, ...recentWorkspaces().filter((p) => p !== path)].slice(0, MAX_RECENT);
  writeFileSync(recentFile(), JSON.stringify(list, null, 2));
}
