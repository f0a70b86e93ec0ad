import type {Program} from 'estree';

/** `import name from 'source'` as the ESTree MDX needs for an mdxjsEsm node. */
export function importDefaultProgram(name: string, source: string): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
        attributes: [],
      },
    ],
  };
}

/** `import {imported as name} from 'source'`. */
export function importNamedProgram(imported: string, name: string, source: string): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportSpecifier', imported: {type: 'Identifier', name: imported}, local: {type: 'Identifier', name}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
        attributes: [],
      },
    ],
  };
}

/** The expression `name`, as an attribute value `{name}`. */
export function identifierExpressionProgram(name: string): Program {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name}}],
  };
}
