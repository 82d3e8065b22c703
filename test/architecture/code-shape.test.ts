// The shape the code keeps as it grows: functions a reader can hold in their head, folders entered
// through their door, and dependencies that point down the floors ARCHITECTURE.md describes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const FILES = sourceFiles();

function functionLengths(file: string): Array<{ where: string; lines: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ where: string; lines: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ where: `${relative(SRC, file)}:${start + 1}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

// The floors, lowest first; a folder may import its own floor's and lower floors' folders only.
const FLOORS: string[][] = [
  ['core'],
  ['store', 'redis'],
  ['tracing', 'prompts', 'providers', 'rag'],
  ['router', 'guardrails'],
  ['pipeline'],
  ['evals'],
  ['playbook'],
  ['api', 'server'],
  ['cli'],
];
const floorOf = (folder: string) => FLOORS.findIndex((f) => f.includes(folder));

function crossFolderImports(): Array<{ file: string; from: string; to: string; target: string }> {
  return FILES.flatMap((file) => {
    const from = relative(SRC, file).split('/')[0]!;
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].flatMap((m) => {
      const target = relative(SRC, normalize(join(dirname(file), m[1]!)));
      const to = target.split('/')[0]!;
      // src/index.ts and src/authoring.ts are the package's own doors: they may reach anywhere.
      const door = !relative(SRC, file).includes('/');
      return !door && to !== from && target.includes('/')
        ? [{ file: relative(SRC, file), from, to, target }]
        : [];
    });
  });
}

describe('the shape of the code', () => {
  it('has no function over 100 lines outside tests', () => {
    const long = FILES.flatMap(functionLengths).filter((f) => f.lines > 100);
    expect(long).toEqual([]);
  });

  it('knows every folder of src/ as a floor', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  it('imports only from the same floor or below', () => {
    const upward = crossFolderImports().filter(({ from, to }) => floorOf(to) > floorOf(from));
    expect(upward.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });

  it('enters another folder through its index.ts (tests may use a testing/ door)', () => {
    const sideDoors = crossFolderImports().filter(({ target }) => !/^[^/]+\/index\.js$/.test(target));
    expect(sideDoors.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});
