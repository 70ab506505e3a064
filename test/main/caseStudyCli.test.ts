import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wge } from '../support/cli';
import { recordSmallYear } from '../support/year';
import { tempFolder, tempWorkspace } from '../support/workspace';

describe('wge export case-study --child', () => {
  it('asks for the Work Group when two groups of a hub use the same code, and finds the child with it', async () => {
    const { path, call } = tempWorkspace();
    const first = recordSmallYear(call, 'TRG-A');
    const second = recordSmallYear(call, 'TRG-B');
    call('focusChild.create', { participantId: second.participant.id, code: first.child.code, yearGroup: 'y4' });
    const out = join(tempFolder(), 'case-study.docx');

    const ambiguous = await wge('export', 'case-study', '--db', path, '--child', first.child.code, '--out', out);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err.join('\n')).toMatch(
      /Focus children in 2 Work Groups have the code TRG-A-A: add --work-group CODE/,
    );
    expect(existsSync(out)).toBe(false);

    const chosen = await wge(
      'export',
      'case-study',
      '--db',
      path,
      '--child',
      first.child.code,
      '--work-group',
      'TRG-B',
      '--out',
      out,
      '--allow-flagged',
    );
    expect(chosen.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
