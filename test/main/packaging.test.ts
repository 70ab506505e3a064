import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { PlatformPackager } from 'app-builder-lib';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

// Electron cannot be downloaded on every machine that runs the tests, so no installer is built here:
// the configuration is checked with electron-builder's own loader and schema, and the files it names.

const root = join(import.meta.dirname, '../..');
const load = () => getConfig(root, null, null) as Promise<Configuration>;

/** A PNG's width and height, from its header. */
function pngSize(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** File patterns as written, whether the loader has gathered them into filter lists or not. */
const patterns = (files: Configuration['files']) =>
  [files].flat().flatMap((f) => (f == null ? [] : typeof f === 'string' ? [f] : [f.filter ?? []].flat()));

const targets = (platform: { target?: unknown } | null | undefined) =>
  [platform?.target].flat().map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

describe('packaging (electron-builder.yml)', () => {
  it("passes electron-builder's own validation", async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // ...which is no formality: a misplaced option is caught.
    const misplaced = { ...config, win: { target: 'nsis', oneClick: false } } as Configuration;
    await expect(validateConfiguration(misplaced, new DebugLogger(false))).rejects.toThrow(/configuration\.win/);
  });

  it('makes a Windows installer and portable app, a macOS disk image and a Linux AppImage of the named app', async () => {
    const config = await load();
    expect(config.productName).toBe('Work Group Evaluator');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+){2,}$/);
    expect(targets(config.win)).toEqual(['nsis', 'portable']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(targets(config.linux)).toEqual(['AppImage']);
  });

  it('has a 512 × 512 PNG icon, from which the Windows and macOS icons are made', async () => {
    const icon = join(root, (await load()).icon!);
    expect(pngSize(icon)).toEqual({ width: 512, height: 512 });
  });

  it('packs only the built app, and carries the SQLite module built for Electron outside the archive', async () => {
    const config = await load();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: object };
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(patterns(config.files)).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(patterns(config.files).filter((f) => /^(src|test|scripts)/.test(f))).toEqual([]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([
      { from: 'node_modules/.wge-native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    // ...where the desktop app looks for it once installed.
    const main = readFileSync(join(root, 'src-main/electron/main.ts'), 'utf8');
    expect(main).toContain("join(process.resourcesPath, 'native/better_sqlite3.node')");
    const hook = (await import(join(root, config.beforePack as string))) as { default: unknown };
    expect(typeof hook.default).toBe('function');
    expect(pkg.scripts).toMatchObject({ package: 'electron-vite build && electron-builder' });
  });

  it('refuses to package for another system, whose SQLite module this machine cannot build', async () => {
    const hook = (await import(join(root, 'scripts/before-pack.js'))) as {
      default: (context: object) => void;
    };
    const other = process.platform === 'win32' ? 'darwin' : 'win32';
    expect(() => hook.default({ electronPlatformName: other, arch: 1, packager: {} })).toThrow(
      new RegExp(`The ${other}-x64 app must be packaged on a ${other}-x64 machine`),
    );
  });

  it("sets Electron's fuses in the packaged binary: no Node mode, no NODE_OPTIONS or --inspect, only its own checked archive", async () => {
    const config = await load();
    // Flipped as electron-builder flips them, on a stand-in binary carrying Electron's fuse wire
    // (version 1, eight fuses, at Electron's defaults).
    const folder = mkdtempSync(join(tmpdir(), 'wge-fuses-'));
    try {
      const binary = join(folder, 'work-group-evaluator');
      const wire = Buffer.from([1, 8, ...'10110001'.split('').map((c) => (c === '1' ? 49 : 48))]);
      writeFileSync(binary, Buffer.concat([Buffer.alloc(64, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(64, 7)]));
      const packager = Object.create(PlatformPackager.prototype) as {
        generateFuseConfig(fuses: unknown): Promise<FuseConfig>;
      };
      await flipFuses(binary, await packager.generateFuseConfig(config.electronFuses));
      const set = await getCurrentFuseWire(binary);
      const on = (fuse: FuseV1Options) => String.fromCharCode(set[fuse] as number);
      expect(on(FuseV1Options.RunAsNode)).toBe('0');
      expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
      expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
      expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
      expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
      // The page is loaded from a file, so file:// keeps its privileges.
      expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('1');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
