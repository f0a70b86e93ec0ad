import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a plain ES module script, without declarations
import {findLayerViolations, importsBetweenUnits} from '../../scripts/layers.mjs';

type Import = {file: string; line: number; specifier: string; from: string; to: string; reason?: string};

const pluginRoot = path.resolve(__dirname, '../../plugin');

describe('the plugin folders form one-way layers', () => {
  it('has no import from a layer above or a neighbour in its layer', () => {
    const violations: Import[] = findLayerViolations(pluginRoot);
    expect(violations.map((v) => `plugin/${v.file}:${v.line} ${v.specifier}: ${v.reason}`)).toEqual([]);
  });

  it('sees the imports between folders that the pipeline is made of', () => {
    const pairs = new Set((importsBetweenUnits(pluginRoot) as Import[]).map((i) => `${i.from} -> ${i.to}`));
    // Without these the check above would pass on a scan that read nothing.
    for (const pair of ['normalize -> formats', 'normalize -> vocabulary', 'model -> normalize', 'validate -> model', 'views -> vocabulary', 'views -> types', 'options -> types', 'index -> validate']) {
      expect(pairs).toContain(pair);
    }
    for (const upward of ['normalize -> model', 'model -> validate', 'vocabulary -> model', 'types -> model', 'types -> views']) {
      expect(pairs).not.toContain(upward);
    }
  });

  describe('on a tree that breaks the rule', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    afterAll(() => fs.rmSync(root, {recursive: true, force: true}));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
      fs.writeFileSync(path.join(root, file), text);
    };
    write('types/x.ts', 'export type X = 1;\n');
    write('types/y.ts', "import type {X} from './x';\nexport type Y = X;\n");
    write('model/a.ts', "import type {X} from '../types/x';\nimport {\n  view,\n} from '../views/v';\nexport const a = 1;\n");
    write('model/b.ts', "export async function b() {\n  return import('../routes/r');\n}\n");
    write('views/v.ts', "import {a} from '../model/a';\nconst c = require('../cli/c');\nexport const view = a;\n");
    write('routes/r.ts', "import {other} from '../stray/s';\n");
    write('cli/c.ts', 'export const c = 1;\n');
    write('stray/s.ts', 'export const other = 1;\n');
    const layers = [['types'], ['model'], ['views'], ['routes'], ['cli']];

    it('names each upward import with its file, line and layers, however it is written', () => {
      const found: Import[] = findLayerViolations(root, layers);
      const byFile = Object.fromEntries(found.map((v) => [`${v.file}:${v.line}`, v.reason]));
      expect(byFile).toEqual({
        'model/a.ts:4': 'model (layer 1) imports views (layer 2), above it',
        'model/b.ts:2': 'model (layer 1) imports routes (layer 3), above it',
        'views/v.ts:2': 'views (layer 2) imports cli (layer 4), above it',
        'routes/r.ts:1': 'stray is in no layer',
      });
    });

    it('forbids neighbours in one layer from importing each other', () => {
      const found: Import[] = findLayerViolations(root, [['types'], ['model', 'views'], ['routes'], ['cli'], ['stray']]);
      expect(found.map((v) => v.reason)).toContain('views and model share layer 1; one of them belongs in a lower layer');
    });
  });
});
