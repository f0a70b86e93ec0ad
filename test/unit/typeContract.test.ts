import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {getSwizzleConfig} from '../../plugin/swizzle';

// The public type contract (ADR-0044), read with the TypeScript compiler:
// design-docs.d.ts declares every `@theme/*` module the plugin ships and
// each component takes its Props from there, and the package's main entry
// (index.ts) exports every public type by name.

const repoRoot = path.resolve(__dirname, '../..');
const themeRoot = path.join(repoRoot, 'theme');

function parse(file: string): ts.SourceFile {
  const full = path.join(repoRoot, file);
  return ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
}

function hasExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefault(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function isTypeDeclaration(node: ts.Node): node is ts.TypeAliasDeclaration | ts.InterfaceDeclaration {
  return ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node);
}

/** `declare module '...'` blocks of design-docs.d.ts, with the names each exports. */
function declaredModules(): Map<string, Set<string>> {
  const modules = new Map<string, Set<string>>();
  for (const statement of parse('design-docs.d.ts').statements) {
    if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name)) {
      const names = new Set<string>();
      const body = statement.body;
      if (body && ts.isModuleBlock(body)) {
        for (const member of body.statements) {
          if (hasExport(member) && ts.isFunctionDeclaration(member) && isDefault(member)) {
            names.add('default');
          } else if (hasExport(member) && (isTypeDeclaration(member) || ts.isFunctionDeclaration(member)) && member.name) {
            names.add(member.name.text);
          } else if (hasExport(member) && ts.isVariableStatement(member)) {
            member.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && names.add(d.name.text));
          }
        }
      }
      modules.set(statement.name.text, names);
    }
  }
  return modules;
}

function themeFiles(dir = themeRoot): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return themeFiles(full);
    }
    return /\.tsx?$/.test(entry.name) ? [path.relative(repoRoot, full)] : [];
  });
}

/** The file of theme/ that `@theme/<name>` resolves to, if the plugin ships it. */
function themeFileOf(module: string): string | undefined {
  const name = module.replace(/^@theme\//, '');
  return [`${name}.tsx`, `${name}.ts`, `${name}/index.tsx`, `${name}/index.ts`]
    .map((candidate) => path.join('theme', candidate))
    .find((candidate) => fs.existsSync(path.join(repoRoot, candidate)));
}

/** Module specifiers a file imports, statically or with `import()`. */
function importsOf(source: ts.SourceFile): {specifier: string; names: string[]; typeOnly: boolean}[] {
  const found: {specifier: string; names: string[]; typeOnly: boolean}[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [];
      found.push({specifier: node.moduleSpecifier.text, names, typeOnly: clause?.isTypeOnly ?? false});
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) {
        found.push({specifier: argument.text, names: [], typeOnly: false});
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Modules of the classic theme that the plugin wraps (`@theme-init/X`): @docusaurus/theme-classic declares them. */
function wrapsClassicModule(file: string, module: string): boolean {
  return importsOf(parse(file)).some((i) => i.specifier === module.replace(/^@theme\//, '@theme-init/'));
}

/** Every `@theme/*` module the plugin provides: its swizzle config, its top-level components, and what the theme imports of itself. */
function shippedModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const add = (module: string, why: string) => {
    if (!modules.has(module)) {
      modules.set(module, why);
    }
  };
  for (const name of Object.keys(getSwizzleConfig().components)) {
    add(`@theme/${name}`, 'plugin/swizzle.ts');
  }
  for (const entry of fs.readdirSync(themeRoot, {withFileTypes: true})) {
    if (entry.isDirectory() && themeFileOf(`@theme/${entry.name}`)) {
      add(`@theme/${entry.name}`, `theme/${entry.name}/`);
    }
  }
  for (const file of themeFiles()) {
    for (const {specifier} of importsOf(parse(file))) {
      if (specifier.startsWith('@theme/') && themeFileOf(specifier)) {
        add(specifier, `imported by ${file}`);
      }
    }
  }
  return modules;
}

describe('design-docs.d.ts is the theme contract', () => {
  const declared = declaredModules();
  const shipped = shippedModules();

  it('finds the modules it reads about', () => {
    // Without these the checks below would pass on a scan that read nothing.
    expect(declared.size).toBeGreaterThan(20);
    for (const module of ['@theme/StatusBadge', '@theme/DesignDocsPortalLayout/pageLabel', '@theme/DesignDocsIndexPage/FilterBar', '@theme/DocItem/Content']) {
      expect([...shipped.keys()]).toContain(module);
    }
  });

  it('declares every @theme module the plugin ships', () => {
    const missing = [...shipped]
      .filter(([module]) => !declared.has(module))
      .filter(([module]) => !wrapsClassicModule(themeFileOf(module)!, module))
      .map(([module, why]) => `${module} (${why})`);
    expect(missing).toEqual([]);
  });

  it('declares no @theme module the plugin does not ship', () => {
    const stale = [...declared.keys()].filter((module) => module.startsWith('@theme/') && !themeFileOf(module));
    expect(stale).toEqual([]);
  });

  it('gives the Props of every component, which takes them from its declaration', () => {
    const wrong: string[] = [];
    let components = 0;
    for (const [module, names] of declared) {
      const file = module.startsWith('@theme/') ? themeFileOf(module) : undefined;
      if (!file || !/\.tsx$/.test(file) || !names.has('default')) {
        continue;
      }
      components += 1;
      if (!names.has('Props')) {
        wrong.push(`${module}: design-docs.d.ts declares no Props`);
        continue;
      }
      const source = parse(file);
      const takesProps = importsOf(source).some((i) => i.specifier === module && i.typeOnly && i.names.includes('Props'));
      if (!takesProps) {
        wrong.push(`${file}: does not \`import type {Props} from '${module}'\``);
      }
      const ownProps = source.statements.filter((s) => isTypeDeclaration(s) && s.name.text === 'Props');
      if (ownProps.length > 0) {
        wrong.push(`${file}: declares a Props of its own`);
      }
    }
    expect(wrong).toEqual([]);
    expect(components).toBeGreaterThan(20);
  });

  it('compiles without errors itself', () => {
    // tsc skips declaration files (skipLibCheck), where a type that does not
    // exist would silently be `any`: check this one on its own.
    const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, 'tsconfig.theme.json'), {skipLibCheck: false, noEmit: true}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    })!;
    const program = ts.createProgram({rootNames: config.fileNames, options: config.options});
    const file = program.getSourceFile(path.join(repoRoot, 'design-docs.d.ts'))!;
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    expect(diagnostics.map((d) => `design-docs.d.ts:${file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)).toEqual([]);
  });

  it('checks every declared module against its implementation (test/types/themeModules.ts)', () => {
    const source = parse('test/types/themeModules.ts');
    const alias = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'ThemeModules');
    const listed = alias && ts.isTypeLiteralNode(alias.type)
      ? alias.type.members.flatMap((m) => (m.name && ts.isStringLiteral(m.name) ? [m.name.text] : []))
      : [];
    expect(listed.sort()).toEqual([...declared.keys()].filter((module) => module.startsWith('@theme/')).sort());
  });
});

describe('the main entry exports the public types by name', () => {
  /** Exported type names of plugin/types/<file>.ts. */
  function typesOf(file: string): string[] {
    return parse(`plugin/types/${file}.ts`).statements.flatMap((s) => (isTypeDeclaration(s) && hasExport(s) ? [s.name.text] : []));
  }
  // The model with its Maps is the plugin's own; its records are public.
  const INTERNAL = ['DesignDocModel', 'ResolvedRelation'];

  const namespace = parse('index.ts').statements.find(
    (s): s is ts.ModuleDeclaration & {body: ts.ModuleBlock} => ts.isModuleDeclaration(s) && s.name.text === 'pluginDesignDocs' && !!s.body && ts.isModuleBlock(s.body),
  );
  const exported = new Map(
    (namespace?.body.statements ?? []).flatMap((s) =>
      ts.isTypeAliasDeclaration(s) && ts.isTypeReferenceNode(s.type) && ts.isQualifiedName(s.type.typeName)
        ? [[s.name.text, `${s.type.typeName.left.getText()}.${s.type.typeName.right.text}`] as const]
        : [],
    ),
  );
  const namespaces = {options: 'OptionTypes', model: 'ModelTypes', output: 'OutputTypes', props: 'PropTypes'};

  it('names every type of options.ts, output.ts and props.ts and every record type of model.ts, each as itself', () => {
    const expected = new Map(
      Object.entries(namespaces).flatMap(([file, alias]) =>
        typesOf(file)
          .filter((name) => !INTERNAL.includes(name))
          .map((name) => [name, `${alias}.${name}`] as const),
      ),
    );
    expect(expected.size).toBeGreaterThan(40);
    expect(Object.fromEntries([...exported].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it('keeps the model itself internal', () => {
    for (const name of INTERNAL) {
      expect(typesOf('model')).toContain(name);
      expect(exported.has(name)).toBe(false);
    }
  });
});
