// Part of `pnpm lint` (issue 15): no fixed-delay synchronisation in tests. A test waits for the event
// (a promise, `eventually(...)`, a polling loop with a deadline) or advances fake timers; it never
// sleeps a fixed time and then asserts. Flagged, outside any loop:
//   await sleep(N)   await new Promise((r) => setTimeout(r, N))   await page.waitForTimeout(N)
// A deliberate quiet window (proving that something does NOT happen after the mechanism ran) is
// allowed when the line or the line above says `fixed-wait-ok: <reason>`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['shared/src', 'bff/src', 'bff/bench', 'emulator/src', 'web/src', 'e2e'];
const TEST_FILE = /\.(test|spec)\.tsx?$/;
const LOOPS = new Set([
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.DoStatement,
]);

/** The name a call is made by: `sleep`, `setTimeout`, `waitForTimeout` (a method's last name). */
function calleeName(call) {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

/** True when the awaited expression only waits for time to pass. */
export function isFixedWait(expr) {
  if (ts.isCallExpression(expr)) {
    const name = calleeName(expr);
    return name === 'sleep' || name === 'waitForTimeout' || name === 'delay';
  }
  if (
    ts.isNewExpression(expr) &&
    ts.isIdentifier(expr.expression) &&
    expr.expression.text === 'Promise'
  ) {
    const fn = expr.arguments?.[0];
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
    const body = fn.body;
    const call = ts.isCallExpression(body)
      ? body
      : ts.isBlock(body) &&
          body.statements.length === 1 &&
          ts.isExpressionStatement(body.statements[0])
        ? body.statements[0].expression
        : undefined;
    return !!call && ts.isCallExpression(call) && calleeName(call) === 'setTimeout';
  }
  return false;
}

function insideLoop(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (LOOPS.has(n.kind)) return true;
    if (ts.isFunctionLike(n)) return false;
  }
  return false;
}

/** True when the line, or the comment block right above it, says `fixed-wait-ok:`. */
function annotated(lines, line) {
  if (lines[line].includes('fixed-wait-ok:')) return true;
  for (let i = line - 1; i >= 0 && lines[i].trim().startsWith('//'); i--)
    if (lines[i].includes('fixed-wait-ok:')) return true;
  return false;
}

/** Every fixed wait outside a loop in one file's text, as `line: text` (1-based lines). */
export function fixedWaits(fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found = [];
  const visit = (node) => {
    if (ts.isAwaitExpression(node) && isFixedWait(node.expression) && !insideLoop(node)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      if (!annotated(lines, line)) found.push(`${line + 1}: ${lines[line].trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function* testFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of entries) {
    if (d.name === 'node_modules' || d.name.startsWith('.')) continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) yield* testFiles(p);
    else if (TEST_FILE.test(d.name)) yield p;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  for (const dir of DIRS)
    for (const file of testFiles(join(root, dir)))
      for (const hit of fixedWaits(file, readFileSync(file, 'utf8')))
        problems.push(`${relative(root, file)}:${hit}  (wait for the event, not a fixed time)`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
