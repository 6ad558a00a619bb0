// Build-time lowering of Lit's standard decorators into Lit's decorator-free form, for the
// script-tag bundle only (the npm packages keep the tsc output).
//
//   @property(opts) accessor name = init;   →  static properties = { name: opts }  +  this.name = init;
//   @state(opts) accessor name = init;      →  name: { ...opts, state: true, attribute: false }
//   @query('#x') accessor input!: T;        →  get input() { return this.renderRoot?.querySelector('#x') ?? null; }
//   @property(opts) set value(v) {…}        →  value: opts (Lit wraps the class's own get/set pair)
//
// Why: esbuild's lowering of TC39 decorators costs ~130 minified bytes per decorated member
// (private WeakMap, get/set pair, __runInitializers calls, __decorateElement call) plus the
// helpers; Lit's `static properties` form costs ~25. On a 5-field form this is ~2-3 KB gzip.
//
// Semantics kept: initial values go through the reactive setter right after super(), before
// the rest of the constructor body (Lit's documented JavaScript pattern). Difference: they now
// run after the class's plain (undecorated) field initializers instead of interleaved with them.
// Anything unusual (other decorators, private or computed names, @query with cache, an existing
// `static properties`, a constructor without a top-level super() call) makes the function return
// null and the file goes through esbuild's standard lowering instead.
import ts from 'typescript';

const SUPPORTED = new Set(['property', 'state', 'query']);

/**
 * @param {string} code TypeScript source
 * @param {string} file path (for the parser only)
 * @returns {string | null} TypeScript without Lit decorators, or null when not applicable
 */
export function lowerLitDecorators(code, file) {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  // local names of lit's decorators imported from 'lit/decorators.js'
  const local = new Map();
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    if (!/^lit\/decorators(\.js)?$|^@lit\/reactive-element\/decorators/.test(stmt.moduleSpecifier.text)) continue;
    const bindings = stmt.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) local.set(el.name.text, (el.propertyName ?? el.name).text);
  }
  if (local.size === 0) return null;

  const edits = [];
  let bail = false;
  let changed = false;

  const visitClass = (cls) => {
    const props = [];
    const inits = [];
    for (const member of cls.members) {
      const decorators = ts.canHaveDecorators(member) ? ts.getDecorators(member) ?? [] : [];
      if (decorators.length === 0) continue;
      const isAutoAccessor = ts.isPropertyDeclaration(member) && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.AccessorKeyword);
      const isGetSet = ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member);
      const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (!(isAutoAccessor || isGetSet) || isStatic || decorators.length !== 1 || !ts.isIdentifier(member.name)) return (bail = true);
      const call = decorators[0].expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return (bail = true);
      const kind = local.get(call.expression.text);
      if (!SUPPORTED.has(kind)) return (bail = true);
      const name = member.name.text;
      const args = call.arguments.map((a) => a.getText(sf));
      if (kind === 'query' && (args.length !== 1 || isGetSet || member.initializer)) return (bail = true);
      if (args.length > 1) return (bail = true);
      const opts = args[0] ?? '{}';
      if (kind !== 'query') props.push(kind === 'state' ? `${name}: { ...${opts}, state: true, attribute: false }` : `${name}: ${opts}`);
      if (isGetSet) {
        // a decorated get/set pair: Lit's createProperty wraps the class's own accessor (options.wrapped)
        edits.push({ start: decorators[0].getStart(sf), end: decorators[0].end, text: '' });
        continue;
      }
      let replacement = '';
      if (kind === 'query') replacement = `get ${name}() { return this.renderRoot?.querySelector(${args[0]}) ?? null; }`;
      else if (member.initializer) inits.push(`this.${name} = ${member.initializer.getText(sf)};`);
      edits.push({ start: member.getStart(sf), end: member.end, text: replacement });
    }
    if (props.length === 0) return;
    if (cls.members.some((m) => m.name && ts.isIdentifier(m.name) && m.name.text === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword))) {
      return (bail = true);
    }
    const open = cls.members.pos; // just after '{'
    edits.push({ start: open, end: open, text: `\n  static properties = { ${props.join(', ')} };` });
    if (inits.length) {
      const ctor = cls.members.find(ts.isConstructorDeclaration);
      if (ctor) {
        const superCall = ctor.body?.statements.find(
          (s) => ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && s.expression.expression.kind === ts.SyntaxKind.SuperKeyword,
        );
        if (!superCall) return (bail = true);
        edits.push({ start: superCall.end, end: superCall.end, text: `\n    ${inits.join('\n    ')}` });
      } else {
        if (!cls.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) return (bail = true);
        edits.push({ start: open, end: open, text: `\n  constructor() { super(); ${inits.join(' ')} }` });
      }
    }
    changed = true;
  };

  const visit = (node) => {
    if (bail) return;
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) visitClass(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (bail || !changed) return null;

  // decorators other than lit's left anywhere? (e.g. on a class) → not our business
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
