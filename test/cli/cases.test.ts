/**
 * The CLI case table: every case runs in-process (main with buffers) and as a spawned
 * `node bin/vnpress.js`; both must give the same exit code, stdout and stderr, and that
 * result is snapshotted. Parse output is reduced to the files it names, so the snapshots
 * hold what this table is about (exit codes, messages, batching) and not field accuracy.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, type CliResult } from '../helpers.js';
import { ARTICLE_MD, ARTICLE_TXT, ENGLISH_TXT, FRENCH_TXT } from '../support/articles.js';
import { encodeLegacy } from '../support/legacy-encode.js';
import { makeTree } from '../support/tmp.js';

const OPEN_QUOTE = 'Hội chợ hoa xuân ở phường Bến Gỗ\nSáng 5/2, ông Đinh Công Tư nói: “Năm nay hoa về nhiều hơn mọi năm.\n';

const FILES = {
  'bai/tot.txt': ARTICLE_TXT,
  'bai/khac.md': ARTICLE_MD,
  'bai/mo-ngoac.txt': OPEN_QUOTE,
  'rong.txt': '',
  'trang.txt': '  \n\t \n\u200b\n',
  'nhi-phan.txt': Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x00]),
  'anh.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  'lon.txt': ARTICLE_TXT.repeat(4),
  'fm-hong.md': '---\ntitle: Hội chợ\ndate: [2024-05-01\n---\n\nNội dung.\n',
  'fm-ngay.md': '---\ntitle: Hội chợ hoa\ndate: hôm qua\n---\n\nSáng 5/2, hội chợ hoa khai mạc ở phường Bến Gỗ.\n',
  'tieng-anh.txt': ENGLISH_TXT,
  'tcvn3.txt': encodeLegacy(ARTICLE_TXT, 'tcvn3'),
  'vni.txt': encodeLegacy(ARTICLE_TXT, 'vni'),
  'cp1258.txt': encodeLegacy(ARTICLE_TXT, 'windows-1258'),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE_TXT, 'utf16le')]),
  'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE_TXT, 'utf16le').swap16()]),
  'phap.txt': iconv.encode(FRENCH_TXT, 'windows1252'),
  'trong/ghi-chu.doc': 'not an article',
  'chan-duong': 'a file where an output folder should be',
  'cau-hinh/vnpress.config.json': JSON.stringify({ reporter: 'json', require: ['title', 'source.url'] }),
  'cau-hinh/a.txt': ARTICLE_TXT,
  'cau-hinh-hong/vnpress.config.yaml': 'reporter: json\nrequired: [title]\n',
  'cau-hinh-hong/a.txt': ARTICLE_TXT,
  'ci/vnpress.yaml': 'require: [title]\nstrict: true\n',
};

interface Case {
  args: string[];
  stdin?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Reduce JSON/NDJSON stdout to the `file` of each article. */
  files?: boolean;
  /** List this output folder after the run (and empty it before). */
  out?: string;
}

const CHECK = ['check', '--require', 'title,source.url'];

const CASES: Record<string, Case> = {
  // check and its reporters
  'check: text reporter, findings and summary': { args: [...CHECK, 'bai/tot.txt', 'bai/mo-ngoac.txt'] },
  'check: json reporter': { args: [...CHECK, '--reporter', 'json', 'bai/tot.txt', 'bai/mo-ngoac.txt'] },
  'check: github reporter': { args: [...CHECK, '--reporter', 'github', 'bai/tot.txt', 'bai/mo-ngoac.txt'] },
  'check: sarif reporter': { args: [...CHECK, '--reporter', 'sarif', 'bai/mo-ngoac.txt'] },
  'check: warnings alone exit 0': { args: ['check', '--require', 'title', 'bai/mo-ngoac.txt'] },
  'check: warnings exit 1 with --strict': { args: ['check', '--require', 'title', '--strict', 'bai/mo-ngoac.txt'] },
  'check: --quiet reports errors only': { args: ['check', '--require', 'title,source.url', '--quiet', '--strict', 'bai/mo-ngoac.txt', 'bai/tot.txt'] },
  'check: clean article': { args: ['check', '--require', 'title', 'bai/tot.txt'] },
  'check: standard input': { args: ['check', '--require', 'title', '--reporter', 'github', '-'], stdin: OPEN_QUOTE },
  'check: an unreadable input is a finding for machines and exit 2': { args: ['check', '--require', 'title', '--reporter', 'json', 'bai/tot.txt', 'anh.png', 'khong-co.txt'] },
  'check: unknown required field is bad usage': { args: ['check', '--require', 'title,ngay', 'bai/tot.txt'] },
  'check: unknown reporter is bad usage': { args: ['check', '--reporter', 'xml', 'bai/tot.txt'] },
  // bad input: one line naming the file, the documented exit code, the rest still done
  'missing file': { args: ['parse', 'khong-co.txt'] },
  'directory with no articles': { args: ['parse', 'trong'] },
  'glob matching nothing': { args: ['parse', 'bai/*.docx'] },
  'empty file': { args: ['parse', 'rong.txt'] },
  'whitespace-only file': { args: ['parse', 'trang.txt'] },
  'binary file (NUL bytes)': { args: ['parse', 'nhi-phan.txt'] },
  'image file': { args: ['parse', 'anh.png'] },
  'file over --max-size': { args: ['parse', '--max-size', '1k', 'lon.txt'] },
  'bad --max-size value': { args: ['parse', '--max-size', 'nhiều', 'lon.txt'] },
  'broken front matter, with its line': { args: ['parse', 'fm-hong.md'] },
  'front-matter date that is not a date': { args: ['parse', 'fm-ngay.md'], files: true },
  'text that is not Vietnamese (warning)': { args: ['parse', 'tieng-anh.txt'], files: true },
  'output folder that cannot be written': { args: ['parse', '--out', 'chan-duong/ket-qua', 'bai/tot.txt'] },
  'a batch keeps going past bad inputs and writes the good ones': {
    args: ['parse', '--out', 'ra', 'bai/tot.txt', 'rong.txt', 'khong-co.txt', 'nhi-phan.txt', 'bai/khac.md', 'fm-hong.md'],
    out: 'ra',
  },
  // encodings
  'UTF-16 LE with BOM': { args: ['parse', 'utf16le.txt'], files: true },
  'UTF-16 BE with BOM': { args: ['parse', 'utf16be.txt'], files: true },
  'TCVN3 recognised, with a warning': { args: ['parse', 'tcvn3.txt'], files: true },
  'VNI-Windows recognised, with a warning': { args: ['parse', 'vni.txt'], files: true },
  'Windows-1258 recognised, with a warning': { args: ['parse', 'cp1258.txt'], files: true },
  '--encoding forces an encoding (no warning)': { args: ['parse', '--encoding', 'abc', 'tcvn3.txt'], files: true },
  'Windows-1252 French refused rather than guessed': { args: ['parse', 'phap.txt'] },
  'unknown --encoding is bad usage': { args: ['parse', '--encoding', 'latin9', 'tcvn3.txt'] },
  // batches
  'batch summary and NDJSON, one line per article': { args: ['parse', '--format', 'ndjson', 'bai'], files: true },
  '--quiet: errors only, no summary': { args: ['parse', '--quiet', '--format', 'ndjson', 'bai', 'tieng-anh.txt', 'rong.txt'], files: true },
  '--shard 1/2': { args: ['parse', '--format', 'ndjson', '--shard', '1/2', 'bai', 'tieng-anh.txt'], files: true },
  '--shard 2/2': { args: ['parse', '--format', 'ndjson', '--shard', '2/2', 'bai', 'tieng-anh.txt'], files: true },
  'bad --shard': { args: ['parse', '--shard', '3/2', 'bai'] },
  // config
  'config found from the working directory': { args: ['check', 'a.txt'], cwd: 'cau-hinh' },
  'command-line flags win over the config': { args: ['check', '--reporter', 'text', '--require', 'title', 'a.txt'], cwd: 'cau-hinh' },
  'config with an unknown key': { args: ['check', 'a.txt'], cwd: 'cau-hinh-hong' },
  '--config names the file': { args: ['check', '--config', 'ci/vnpress.yaml', 'bai/mo-ngoac.txt'] },
  '--config naming no file': { args: ['parse', '--config', 'ci/khong-co.json', 'bai/tot.txt'] },
};

/** Stdout reduced to the files of the articles printed (JSON object, JSON list or NDJSON). */
function articleFiles(stdout: string): string[] {
  const text = stdout.trim();
  if (!text) return [];
  if (text.startsWith('[') || text.startsWith('{\n')) {
    const data = JSON.parse(text) as { file: string } | { file: string }[];
    return (Array.isArray(data) ? data : [data]).map((a) => a.file);
  }
  return text.split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
}

let root = '';
let cleanup = () => {};
beforeAll(() => ({ dir: root, cleanup } = makeTree(FILES)));
afterAll(() => cleanup());

type Outcome = CliResult & { articles?: string[]; written?: string[] };

async function run(c: Case, runner: 'in-process' | 'spawned'): Promise<Outcome> {
  const cwd = join(root, c.cwd ?? '.');
  if (c.out) rmSync(join(cwd, c.out), { recursive: true, force: true });
  const options = { cwd, stdin: c.stdin, env: c.env };
  const result: Outcome = runner === 'in-process' ? await runCli(c.args, options) : spawnCli(c.args, options);
  if (c.files) {
    result.articles = articleFiles(result.stdout);
    result.stdout = '';
  }
  if (c.out) result.written = readdirSync(join(cwd, c.out)).sort();
  return result;
}

describe('CLI cases', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: vnpress ${c.args.join(' ')}`, async () => {
      const inProcess = await run(c, 'in-process');
      expect(inProcess).toMatchSnapshot();
      expect(inProcess.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      expect(await run(c, 'spawned')).toEqual(inProcess);
    });
  }
});
