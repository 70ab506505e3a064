import { describe, expect, it } from 'vitest';
import { wge } from '../../support/cli';
import { tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { asSaved } from './asSaved';

describe('wge themes map and unmap', () => {
  it('counts one group’s theme as another’s across the hub, shows them together, and undoes it', async () => {
    const { path: db, call } = tempWorkspace();
    recordSmallYear(call, 'TRG-2025-01');
    const two = recordSmallYear(call, 'TRG-2025-02');
    call('theme.update', asSaved('theme', two.theme, { name: 'Bar modelling' }));

    const mapped = await wge(
      'themes',
      'map',
      '--db',
      db,
      '--from',
      'trg-2025-02:bar modelling',
      '--to',
      'TRG-2025-01:Bar models',
    );
    expect(mapped).toMatchObject({ code: 0, err: [] });
    expect(mapped.out).toBe(
      'TRG-2025-02: Bar modelling is now counted as TRG-2025-01: Bar models in the themes across the hub. Undo with: wge themes unmap --from "TRG-2025-02:Bar modelling"',
    );
    const hub = await wge('themes', '--db', db, '--hub');
    expect(hub.out.split('\n')).toEqual([
      'Themes across 2 Work Groups, matched by name or as the hub mapped them (including narrower themes; pupil counts under 5 withheld)',
      expect.stringMatching(/^ {2}Theme\s+groups\s+coding\s+passages\s+focus children$/),
      expect.stringMatching(/^ {2}Bar models\s+2\s+2\s+2\s+withheld$/),
      '      with TRG-2025-02: Bar modelling (1 passage), mapped to TRG-2025-01: Bar models',
    ]);

    const undone = await wge('themes', 'unmap', '--db', db, '--from', 'TRG-2025-02:Bar modelling');
    expect(undone.out).toBe(
      'TRG-2025-02: Bar modelling is counted under its own name again in the themes across the hub.',
    );
    const json = JSON.parse((await wge('themes', '--db', db, '--hub', '--json')).out) as { themes: { name: string }[] };
    expect(json.themes.map((t) => t.name)).toEqual(['Bar modelling', 'Bar models']);

    // Refusals say what to do next.
    expect(await wge('themes', 'unmap', '--db', db, '--from', 'TRG-2025-02:Bar modelling')).toMatchObject({
      code: 1,
      err: ['wge: TRG-2025-02: Bar modelling is not mapped to another theme, so there is nothing to undo.'],
    });
    expect(
      await wge('themes', 'map', '--db', db, '--from', 'TRG-2025-02:Fractions', '--to', 'TRG-2025-01:Bar models'),
    ).toMatchObject({
      code: 1,
      err: [
        'wge: TRG-2025-02 has no theme called “Fractions”. Run "wge themes --work-group TRG-2025-02" to see its themes.',
      ],
    });
    expect(
      await wge('themes', 'map', '--db', db, '--from', 'Bar models', '--to', 'TRG-2025-01:Bar models'),
    ).toMatchObject({
      code: 2,
      err: ['wge: --from is required: CODE:"theme", the Work Group\'s code and its theme.'],
    });
  });
});
