// electron-builder's beforePack hook (electron-builder.yml): builds the SQLite module for the Electron
// being packaged, which then goes into the app's resources (extraResources). A native module is built
// for the machine it is built on, so each system's installer is made on that system.
import builder from 'electron-builder';
import { buildForElectron } from './native.js';

/** @param {import('electron-builder').BeforePackContext} context */
export default function beforePack({ electronPlatformName, arch, packager }) {
  const target = `${electronPlatformName}-${builder.Arch[arch]}`;
  if (target !== `${process.platform}-${process.arch}`) {
    throw new Error(
      `The ${target} app must be packaged on a ${target} machine: its SQLite module is built for the machine that packages it (this one is ${process.platform}-${process.arch}).`,
    );
  }
  buildForElectron(packager.info.framework.version);
}
