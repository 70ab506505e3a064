import { it } from 'vitest';
import { openStore } from '../../src-main/store/store';
import { createHandlers } from '../../src-main/services/handlers';
import { dispatch } from '../../src-main/services/dispatch';
it('prof', () => {
  for (const [name, path, runs] of [['hub', '/tmp/prof/hub.wgdb', 7], ['national', '/tmp/prof/national.wgdb', 1]] as const) {
    const store = openStore(path);
    const h = createHandlers(store);
    dispatch(h, 'evaluation.hub', {});
    const times: number[] = [];
    for (let i = 0; i < runs; i++) { const s = performance.now(); dispatch(h, 'evaluation.hub', {}); times.push(performance.now() - s); }
    times.sort((a, b) => a - b);
    console.log(name, 'median', times[Math.floor(runs / 2)]!.toFixed(0), 'min', times[0]!.toFixed(0));
    const id = (dispatch(h, 'workGroup.list', {}) as any).result[0].id;
    const t2: number[] = [];
    for (let i = 0; i < 10; i++) { const s = performance.now(); dispatch(h, 'evaluation.workGroup', { id }); t2.push(performance.now() - s); }
    t2.sort((a, b) => a - b); console.log(name, 'one group median', t2[5]!.toFixed(1));
    store.close();
  }
}, 120000);
