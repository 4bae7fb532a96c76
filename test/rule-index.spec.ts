import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

/**
 * The README's rule index may not drift from the code: every rule id of SPEC Parts A–D has one row, every
 * named symbol is still declared where the row says, and every named spec still holds a test named by the id.
 */

const ROOT = join(__dirname, '..');

const ids = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
// The rule ids of SPEC Parts A–D, in the order the index lists them.
const RULE_IDS = [...ids('FA', 14), ...ids('TK', 7), ...ids('SC', 8), ...ids('RC', 9)];

const IMPLEMENTATION = /^([\w./-]+\.ts)#([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?$/;
// Only files one of the two jest projects runs.
const SPEC = /^((apps|libs)\/[\w./-]+\.spec\.ts|test\/[\w./-]+\.e2e-spec\.ts)$/;

interface IndexRow {
  line: number;
  cells: string[];
  id: string;
  summary: string;
  implementations: string[];
  specs: string[];
}

const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

function ruleIndexRows(readme: string): IndexRow[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === '## Rule index');
  if (start < 0) return [];
  const rows: IndexRow[] = [];
  let tableLines = 0;
  for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i += 1) {
    const line = lines[i].trim();
    if (!line.startsWith('|')) continue;
    tableLines += 1;
    // The first two table lines are the header and its separator.
    if (tableLines <= 2) continue;
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
    rows.push({ line: i + 1, cells, id: cells[0] ?? '', summary: cells[1] ?? '', implementations: codeSpans(cells[2] ?? ''), specs: codeSpans(cells[3] ?? '') });
  }
  return rows;
}

const sources = new Map<string, ts.SourceFile>();
function sourceOf(path: string): ts.SourceFile {
  let source = sources.get(path);
  if (!source) {
    source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(path, source);
  }
  return source;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Values a file exports by name: functions, classes, enums, constants (types implement nothing). */
function exportedValues(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name && isExported(statement)) {
      names.add(statement.name.text);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

/** Methods (or arrow-function properties) of an exported class of the file. */
function methodsOf(source: ts.SourceFile, className: string): Set<string> | null {
  const declaration = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className && isExported(s));
  if (!declaration) return null;
  const methods = new Set<string>();
  for (const member of declaration.members) {
    const isMethod = ts.isMethodDeclaration(member) || (ts.isPropertyDeclaration(member) && !!member.initializer && ts.isArrowFunction(member.initializer));
    if (isMethod && member.name && ts.isIdentifier(member.name)) methods.add(member.name.text);
  }
  return methods;
}

/** What is wrong with one `path#name` or `path#Class.method` reference, or null when it holds. */
function implementationProblem(reference: string): string | null {
  const match = IMPLEMENTATION.exec(reference);
  if (!match) return `${reference}: not of the form path#name or path#Class.method`;
  const [, path, name, method] = match;
  if (!existsSync(join(ROOT, path))) return `${reference}: no file ${path}`;
  const source = sourceOf(path);
  if (method === undefined) return exportedValues(source).has(name) ? null : `${reference}: ${path} exports no ${name}`;
  const methods = methodsOf(source, name);
  if (!methods) return `${reference}: ${path} exports no class ${name}`;
  return methods.has(method) ? null : `${reference}: class ${name} declares no method ${method}`;
}

const TEST_FUNCTIONS = new Set(['it', 'test', 'describe']);

/** `it`, `it.only`, `it.each(table)`, `describe.each<T>(table)`, … all come back to their root name. */
function rootName(callee: ts.Expression): string | null {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return rootName(callee.expression);
  if (ts.isCallExpression(callee)) return rootName(callee.expression);
  return null;
}

/** The literal start of every it/test/describe title of a spec (a template's text before its first `${`). */
function testTitles(path: string): string[] {
  const titles: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && TEST_FUNCTIONS.has(rootName(node.expression) ?? '')) {
      const [title] = node.arguments;
      if (title && (ts.isStringLiteral(title) || ts.isNoSubstitutionTemplateLiteral(title))) titles.push(title.text);
      else if (title && ts.isTemplateExpression(title)) titles.push(title.head.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceOf(path));
  return titles;
}

function specProblem(id: string, path: string): string | null {
  if (!SPEC.test(path)) return `${path}: not a spec file jest runs`;
  if (!existsSync(join(ROOT, path))) return `${path}: no such file`;
  // "FA-1" must not be satisfied by "FA-10 …".
  const named = new RegExp(`^${id}(?![0-9])`);
  return testTitles(path).some((title) => named.test(title)) ? null : `${path}: no test title starts with ${id}`;
}

const ROWS = ruleIndexRows(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('README rule index', () => {
  it('has one row per rule id of SPEC Parts A–D, in order, and no other row', () => {
    expect(ROWS.map((row) => row.id)).toEqual(RULE_IDS);
  });

  it('gives every row its four cells: the id, a summary, implementations and specs, each a code span', () => {
    const onlyCodeSpans = (cell: string): boolean => cell.replace(/`[^`]+`/g, '').replace(/[,\s]/g, '') === '';
    const malformed = ROWS.filter(
      (row) => row.cells.length !== 4 || row.summary === '' || row.implementations.length === 0 || row.specs.length === 0 || !onlyCodeSpans(row.cells[3]),
    );
    expect(malformed.map((row) => `README.md:${row.line}`)).toEqual([]);
  });

  it.each(ROWS)('$id: every implementation is declared where the row says', ({ implementations }) => {
    expect(implementations.map(implementationProblem).filter((problem) => problem !== null)).toEqual([]);
  });

  it.each(ROWS)('$id: every spec holds a test named by the id', ({ id, specs }) => {
    expect(specs.map((path) => specProblem(id, path)).filter((problem) => problem !== null)).toEqual([]);
  });
});

describe('rule index checks themselves', () => {
  it('reads it/test/describe titles however they are called, and only those', () => {
    const path = 'libs/assessment/src/rules/signup-state.rules.spec.ts';
    const titles = testTitles(path);
    expect(titles).toEqual(expect.arrayContaining(['signup state machine', 'FA-7 lists every status and action once', 'FA-8 %s + %s → %s']));
    // A string the spec only compares against is no title.
    expect(titles).not.toContain('报名信息已提交，等待审核');
    expect(specProblem('FA-9', path)).toBeNull();
    expect(specProblem('FA-10', path)).toBe(`${path}: no test title starts with FA-10`);
  });

  it('tells an exported function from a missing one, and a class method from a missing one', () => {
    expect(implementationProblem('libs/assessment/src/rules/signup-state.rules.ts#nextSignupStatus')).toBeNull();
    expect(implementationProblem('libs/assessment/src/rules/signup-state.rules.ts#nextStatus')).toBe(
      'libs/assessment/src/rules/signup-state.rules.ts#nextStatus: libs/assessment/src/rules/signup-state.rules.ts exports no nextStatus',
    );
    expect(implementationProblem('libs/tickets/src/access/ticket-access.service.ts#TicketAccessService.batch')).toBeNull();
    expect(implementationProblem('libs/tickets/src/access/ticket-access.service.ts#TicketAccessService.print')).toBe(
      'libs/tickets/src/access/ticket-access.service.ts#TicketAccessService.print: class TicketAccessService declares no method print',
    );
    // An interface is a type, not an implementation.
    expect(implementationProblem('libs/tickets/src/access/ticket-access.service.ts#TicketProgress')).not.toBeNull();
  });
});
