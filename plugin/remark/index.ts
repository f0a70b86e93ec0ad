import {createHash} from 'crypto';
import fs from 'fs';
import path from 'path';
import {EMBEDS, URL_STATE_EMBEDS, buildEmbedData, findNamedDoc, type EmbedName} from '../views/portal/embeds';
import {embedsFolder, olderVersionOf, portalStateFor, recordEmbeddingFile, saveEmbedRequests, type EmbedRequest, type PortalState} from './portalRegistry';
import {identifierExpressionProgram, importDefaultProgram, importNamedProgram} from './estree';
import {QueryPrefixes} from './queryPrefixes';

type Node = {
  type: string;
  name?: string | null;
  attributes?: unknown;
  children?: Node[];
  value?: string;
  data?: Record<string, unknown>;
  position?: unknown;
};

type VFileLike = {path?: string; history?: string[]; data?: unknown};

export type RemarkDesignDocsOptions = {
  /** The design-docs plugin instance (its `id`) whose records the embeds list, when the site has several. */
  instance?: string;
};

function warn(file: VFileLike, reason: string): void {
  (file as {message?: (reason: string) => unknown}).message?.(reason);
}

const STYLESHEET_IDENTIFIER = 'DesignDocsComponentStylesheet';

const COMPONENT_TO_EMBED = new Map<string, EmbedName>(
  Object.entries(EMBEDS).map(([name, component]) => [component, name as EmbedName]),
);

export function embedFileName(request: EmbedRequest, locale: string): string {
  const hash = createHash('sha256').update(JSON.stringify(request)).digest('hex').slice(0, 16);
  return `${embedsFolder(locale)}/${request.name}-${hash}.json`;
}

/** Writes an embed's data file, only when its content changed. */
export function writeEmbed(state: PortalState, request: EmbedRequest): string {
  const file = embedFileName(request, state.locale);
  const target = path.join(state.dataDir, file);
  const content = JSON.stringify(buildEmbedData(request.name as EmbedName, request.attributes, state.context, request.docKey, request.version));
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) {
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, content);
  }
  if (!state.embeds.has(file)) {
    state.embeds.set(file, request);
    saveEmbedRequests(state);
  }
  return file;
}

function directiveAttributes(node: Node): Record<string, string> {
  const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
  return Object.fromEntries(
    Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Literal attributes of a JSX element; expressions cannot be read at build time. */
function jsxAttributes(node: Node): {attributes: Record<string, string>; hasData: boolean} {
  const attributes: Record<string, string> = {};
  let hasData = false;
  for (const attribute of (node.attributes ?? []) as {type: string; name?: string; value?: unknown}[]) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      continue;
    }
    if (attribute.name === 'data') {
      hasData = true;
    } else if (typeof attribute.value === 'string') {
      // `minScore` in JSX reads like `min-score` in a directive.
      attributes[attribute.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = attribute.value;
    }
  }
  return {attributes, hasData};
}

/**
 * Turns `::risk-register{min-score=12}`, `::adr-index{status=accepted}`
 * and friends (or the same components written as JSX without `data`) into
 * components whose data is a JSON module made for this one embed, and
 * `:status[accepted]` into a badge. Add it to a docs instance's
 * `remarkPlugins`. It finds the plugin's model in the front matter the
 * site's MDX loader hands it, which the plugin's front-matter hook marks.
 */
export default function remarkDesignDocs(options?: RemarkDesignDocsOptions) {
  return (tree: Node, file: VFileLike): void => {
    const filePath = file.path ?? file.history?.[file.history.length - 1];
    const lookup = portalStateFor(file, filePath, options?.instance);
    const state = lookup.state;
    const docKey = state && filePath ? state.docKeyByPath.get(path.resolve(filePath)) ?? null : null;
    const imports: Node[] = [];
    const componentIdentifiers = new Map<string, string>();
    let embedCount = 0;
    const queryPrefixes = new QueryPrefixes();

    // Each page imports the components it embeds, rather than every MDX page
    // of the site carrying all of them through MDXComponents.
    const componentIdentifier = (component: string): string => {
      let identifier = componentIdentifiers.get(component);
      if (!identifier) {
        identifier = `DesignDocs${component}`;
        componentIdentifiers.set(component, identifier);
        imports.push({type: 'mdxjsEsm', value: '', data: {estree: importDefaultProgram(identifier, `@theme/${component}`)}});
      }
      return identifier;
    };

    // Each embed waits for the components' stylesheet, which a page reached
    // by client-side navigation has not loaded yet (ADR-0045).
    let stylesheetImported = false;
    const withStylesheet = (node: Node): Node => {
      if (!stylesheetImported) {
        stylesheetImported = true;
        imports.push({type: 'mdxjsEsm', value: '', data: {estree: importNamedProgram('ComponentStylesheet', STYLESHEET_IDENTIFIER, 'docusaurus-plugin-design-docs/client')}});
      }
      return {type: node.type, name: STYLESHEET_IDENTIFIER, attributes: [], children: [node]};
    };

    const embed = (name: EmbedName, attributes: Record<string, string>, flow: boolean): Node | null => {
      if (!state) {
        warn(file, `"${name}" ${'reason' in lookup ? lookup.reason : ''}`);
        return null;
      }
      const {query, ...dataAttributes} = attributes;
      const version = filePath === undefined ? undefined : olderVersionOf(state, filePath);
      if (name === 'review-readiness' && dataAttributes.doc !== undefined && !findNamedDoc(state.context, dataAttributes.doc, docKey)) {
        warn(file, `"review-readiness" names doc=${JSON.stringify(dataAttributes.doc)}, which is no design doc of this portal; the component says so on the page`);
      }
      const dataFile = writeEmbed(state, {name, attributes: dataAttributes, docKey, ...(version && {version})});
      const identifier = `__designDocsEmbed${embedCount++}`;
      const prefix = URL_STATE_EMBEDS.has(name) ? queryPrefixes.next(name, query, (reason) => warn(file, reason)) : null;
      const source = `${state.importPrefix}/${dataFile}`;
      imports.push({type: 'mdxjsEsm', value: '', data: {estree: importDefaultProgram(identifier, source)}});
      return withStylesheet({
        type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
        name: componentIdentifier(EMBEDS[name]),
        attributes: [
          {
            type: 'mdxJsxAttribute',
            name: 'data',
            value: {type: 'mdxJsxAttributeValueExpression', value: identifier, data: {estree: identifierExpressionProgram(identifier)}},
          },
          ...(prefix ? [{type: 'mdxJsxAttribute', name: 'query', value: prefix}] : []),
        ],
        children: [],
      });
    };

    const visit = (node: Node): Node => {
      if ((node.type === 'leafDirective' || node.type === 'containerDirective') && node.name && node.name in EMBEDS) {
        return embed(node.name as EmbedName, directiveAttributes(node), true) ?? node;
      }
      if (node.type === 'textDirective' && node.name === 'status') {
        const status = (node.children ?? []).map((child) => child.value ?? '').join('').trim();
        const type = directiveAttributes(node).type;
        return {
          type: 'mdxJsxTextElement',
          name: 'StatusBadge',
          attributes: [
            {type: 'mdxJsxAttribute', name: 'status', value: status},
            ...(type ? [{type: 'mdxJsxAttribute', name: 'type', value: type}] : []),
          ],
          children: [],
        };
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && COMPONENT_TO_EMBED.has(node.name)) {
        const {attributes, hasData} = jsxAttributes(node);
        if (!hasData) {
          return embed(COMPONENT_TO_EMBED.get(node.name)!, attributes, node.type === 'mdxJsxFlowElement') ?? node;
        }
        node.name = componentIdentifier(node.name);
        node.children = (node.children ?? []).map(visit);
        return withStylesheet(node);
      }
      if (node.children) {
        node.children = node.children.map(visit);
      }
      return node;
    };

    visit(tree);
    if (state && filePath) {
      recordEmbeddingFile(state, filePath, embedCount > 0);
    }
    if (imports.length > 0) {
      tree.children = [...imports, ...(tree.children ?? [])];
    }
  };
}
