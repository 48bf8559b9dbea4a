import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config.js';
import { runCli } from '../helpers.js';
import { ARTICLE_TXT } from '../support/articles.js';
import { treesRemovedAfterEach } from '../support/tmp.js';

const tree = treesRemovedAfterEach();

describe('config file', () => {
  it('is found from the working directory upward, JSON or YAML', async () => {
    const dir = tree({ 'vnpress.config.json': '{ "reporter": "json", "require": ["title"] }', 'sub/deeper/.keep': '' });
    const config = await loadConfig(join(dir, 'sub', 'deeper'));
    expect(config).toEqual({ path: join(dir, 'vnpress.config.json'), reporter: 'json', require: ['title'] });
    const yamlDir = tree({ 'vnpress.config.yaml': 'referenceDate: 2024-03-01\nmaxSize: 512k\nkit:\n  contact: "Phòng truyền thông, 0123 456 789"\n' });
    expect(await loadConfig(yamlDir)).toMatchObject({ referenceDate: '2024-03-01', maxSize: 512 * 1024, kit: { contact: 'Phòng truyền thông, 0123 456 789' } });
  });

  it('is absent without error when no folder up to the root has one', async () => {
    const dir = tree({});
    mkdirSync(join(dir, 'a'));
    expect(await loadConfig(join(dir, 'a'))).toEqual({ path: null });
  });

  it('names an unknown key, nested ones with their path', async () => {
    await expect(loadConfig(tree({ 'vnpress.config.json': '{ "requre": ["title"] }' }))).rejects.toThrow('unknown key "requre" (known keys: require, reporter, strict, referenceDate, maxSize, encoding, kit)');
    await expect(loadConfig(tree({ 'vnpress.config.yaml': 'kit:\n  phone: 1\n' }))).rejects.toThrow('unknown key "kit.phone"');
  });

  it('names a key whose value is wrong, and why', async () => {
    await expect(loadConfig(tree({ 'vnpress.config.json': '{ "reporter": "xml" }' }))).rejects.toThrow('"reporter": expected one of text, json, github, sarif');
    await expect(loadConfig(tree({ 'vnpress.config.json': '{ "require": ["title", "event.dat"] }' }))).rejects.toThrow(/"require": unknown field "event.dat"/);
    await expect(loadConfig(tree({ 'vnpress.config.json': '{ "strict": "yes" }' }))).rejects.toThrow('"strict": expected true or false');
  });

  it('gives the line of a syntax error', async () => {
    const error = await loadConfig(tree({ 'vnpress.config.json': '{\n  "reporter": "json",\n}\n' })).catch((e: unknown) => e);
    expect(String((error as { oneLine: string }).oneLine)).toMatch(/^vnpress\.config\.json:3: not valid JSON/);
    const yaml = await loadConfig(tree({ 'vnpress.config.yaml': 'reporter: json\n  bad: [\n' })).catch((e: unknown) => e);
    expect(String((yaml as { oneLine: string }).oneLine)).toMatch(/^vnpress\.config\.yaml:\d+: not valid YAML/);
  });

  it('refuses two config files in one folder', async () => {
    await expect(loadConfig(tree({ 'vnpress.config.json': '{}', 'vnpress.config.yaml': '' }))).rejects.toThrow(/more than one config file/);
  });

  it('is read from --config when named, and a missing one is an error', async () => {
    const dir = tree({ 'ci/rules.yaml': 'strict: true\n' });
    expect(await loadConfig(dir, 'ci/rules.yaml')).toMatchObject({ strict: true });
    await expect(loadConfig(dir, 'ci/none.yaml')).rejects.toThrow('no such config file');
  });

  it('gives defaults that command-line flags override', async () => {
    const dir = tree({ 'vnpress.config.json': '{ "reporter": "json", "require": ["source.url"] }', 'a.txt': ARTICLE_TXT });
    const fromConfig = await runCli(['check', 'a.txt'], { cwd: dir });
    expect(JSON.parse(fromConfig.stdout)).toEqual([expect.objectContaining({ ruleId: 'check/required-field', message: 'required field "source.url" is missing' })]);
    expect(fromConfig.code).toBe(1);
    const overridden = await runCli(['check', 'a.txt', '--reporter', 'github', '--require', 'title'], { cwd: dir });
    expect(overridden).toMatchObject({ code: 0, stdout: '' });
  });

  it('stops the run with exit 2 and one line when it is broken', async () => {
    const dir = tree({ 'vnpress.config.json': '{ "colour": true }', 'a.txt': ARTICLE_TXT });
    const r = await runCli(['parse', 'a.txt'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'vnpress: vnpress.config.json: unknown key "colour" (known keys: require, reporter, strict, referenceDate, maxSize, encoding, kit)\n' });
  });

  it('gives press kits their contact and boilerplate from the discovered config', async () => {
    const dir = tree({ 'vnpress.config.yaml': 'kit:\n  contact: "Phòng Truyền thông Sông Mây – 0123 456 789"\n  about: Thư viện tỉnh Sông Mây.\n', 'a.txt': ARTICLE_TXT });
    const r = await runCli(['kit', 'a.txt', '--out', 'kits'], { cwd: dir });
    expect(r.code).toBe(0);
    const [slug] = readdirSync(join(dir, 'kits'));
    const release = readFileSync(join(dir, 'kits', slug, 'press-release.md'), 'utf8');
    expect(release).toContain('Phòng Truyền thông Sông Mây – 0123 456 789');
    expect(release).toContain('Thư viện tỉnh Sông Mây.');
  });
});
