/**
 * Writing a kit: every file goes into a temporary folder beside the target, which is then
 * renamed into place, so a failure never leaves half a kit. An existing kit is replaced
 * only when asked (`force`). Names are checked so nothing can be written outside `dir`.
 */
import { access, chmod, rename, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { inProgress, writeFileAtomic } from '../../core/atomic-write.js';
import { makeDirectory } from '../../core/make-directory.js';

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SAFE_FILE = /^[a-z0-9][a-z0-9.-]*$/;

export class KitWriteError extends Error {}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The kit folder and zip paths for `slug`, refused if the slug could leave `dir`. */
function kitPaths(dir: string, slug: string): { folder: string; zip: string } {
  const root = resolve(dir);
  if (!SAFE_SLUG.test(slug)) throw new KitWriteError(`unsafe kit name ${JSON.stringify(slug)}`);
  const folder = join(root, slug);
  if (!folder.startsWith(root + sep)) throw new KitWriteError(`kit ${slug} would be written outside ${dir}`);
  return { folder, zip: `${folder}.zip` };
}

/** Paths of `slug`'s kit that exist already (the folder, the zip if one is wanted). */
export async function existingKit(dir: string, slug: string, zip: boolean): Promise<string[]> {
  const paths = kitPaths(dir, slug);
  const found: string[] = [];
  if (await exists(paths.folder)) found.push(paths.folder);
  if (zip && (await exists(paths.zip))) found.push(paths.zip);
  return found;
}

export async function writeKitFolder(dir: string, slug: string, files: ReadonlyMap<string, Uint8Array>, force: boolean): Promise<string> {
  const { folder } = kitPaths(dir, slug);
  for (const name of files.keys()) if (!SAFE_FILE.test(name)) throw new KitWriteError(`unsafe file name ${JSON.stringify(name)}`);
  await makeDirectory(dir);
  // Made and marked in one step (no await between): an interrupted run removes it.
  const temp = mkdtempSync(join(resolve(dir), `.${slug}.tmp-`));
  const written = inProgress(temp);
  try {
    await chmod(temp, 0o755); // mkdtemp makes it private; a kit is meant to be shared
    // Synchronous, as in writeFileAtomic: no file is being made when an interrupt removes the folder.
    for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileSync(join(temp, name), bytes);
    if (await exists(folder)) {
      if (!force) throw new KitWriteError(`${folder} exists (use --force to replace it)`);
      const old = `${temp}.old`;
      await rename(folder, old);
      // Interrupted between the two renames, the previous kit goes back; after them, it goes.
      const replaced = inProgress(old, () => (existsSync(folder) ? rmSync(old, { recursive: true, force: true }) : renameSync(old, folder)));
      try {
        await rename(temp, folder);
      } catch (error) {
        await rename(old, folder); // put the previous kit back
        replaced();
        throw error;
      }
      await rm(old, { recursive: true, force: true });
      replaced();
    } else {
      await rename(temp, folder);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    written();
  }
  return folder;
}

export async function writeKitZip(dir: string, slug: string, zip: Uint8Array): Promise<string> {
  const path = kitPaths(dir, slug).zip;
  await writeFileAtomic(path, zip);
  return path;
}
