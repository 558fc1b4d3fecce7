// Electron's fuses in electron-builder.yml: every one the app cares about set, each to the safe state (file:// gets no extra privileges).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSE_SETTINGS, fuseSettingsIn, fusesAskedIn, SAFE_FUSES } from '../../scripts/fuses';

const config = readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

describe('the fuse configuration', () => {
  it('turns grantFileProtocolExtraPrivileges off: the page loads from app://, not file://', () => {
    expect(fusesAskedIn(config).grantFileProtocolExtraPrivileges).toBe(false);
    expect(SAFE_FUSES.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('sets every fuse check-package verifies, each to its safe state, and no other', () => {
    expect(fusesAskedIn(config)).toEqual(SAFE_FUSES);
    expect(SAFE_FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('names each fuse as @electron/fuses does (electron-builder maps the names onto its options)', () => {
    for (const name of Object.keys(SAFE_FUSES)) {
      const option = `${name[0]!.toUpperCase()}${name.slice(1)}` as keyof typeof FuseV1Options;
      expect(FuseV1Options[option], name).toBeTypeOf('number');
    }
  });

  it('reads the electronFuses block only', () => {
    const yml = [
      'asar: true',
      'runAsNode: true',
      'electronFuses:',
      '  runAsNode: false # no',
      '  grantFileProtocolExtraPrivileges: false',
      'publish: null',
      '  onlyLoadAppFromAsar: false',
    ].join('\n');
    expect(fusesAskedIn(yml)).toEqual({ runAsNode: false, grantFileProtocolExtraPrivileges: false });
    expect(fusesAskedIn('asar: true\n')).toEqual({});
  });

  it('signs an unsigned macOS build again (ad hoc) after flipping the fuses: Apple Silicon refuses to launch it otherwise', () => {
    expect(fuseSettingsIn(config)).toEqual({ resetAdHocDarwinSignature: true });
    expect(FUSE_SETTINGS.resetAdHocDarwinSignature).toBe(true);
    expect(fusesAskedIn('electronFuses:\n  runAsNode: false\n  resetAdHocDarwinSignature: true\n')).toEqual({ runAsNode: false });
  });
});
