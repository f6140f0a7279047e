/*
 * Waymark's own lint rules, for what a selector in no-restricted-syntax cannot say reliably:
 *
 * - no-sql-interpolation: SQL must be written with ? parameters. A template literal with an
 *   interpolated value, or a `+` concatenation with a non-constant part, is reported when it is
 *   passed straight to .prepare() / .exec() / cached(db, sql), and also wherever its text reads as
 *   SQL (SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM, CREATE/DROP TABLE, PRAGMA,
 *   ATTACH …), so building the statement in a variable first does not hide it. Module constants
 *   in UPPER_CASE (fixed column lists, reviewed fragments) may be interpolated. Code that must
 *   splice an identifier (a table name read from sqlite_schema cannot be a parameter) says why in
 *   an `eslint-disable-next-line waymark/no-sql-interpolation -- …` comment on that line.
 * - constant-open-external: shell.openExternal only with a constant string, in any spelling
 *   (shell.openExternal, shell['openExternal'], a destructured openExternal).
 */

/** Fragments that may be interpolated: module constants named in UPPER_CASE. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * Text that reads as an SQL statement (checked with each interpolation replaced by `x`). Keywords
 * count in capitals, as every statement in Waymark is written: in lower case they are ordinary
 * English ("Select a unit from the list"), and lower-case SQL passed straight to prepare/exec is
 * still caught there. DDL and PRAGMA are unmistakable in any case.
 */
const SQL_SHAPES = [
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\b(?:INSERT|REPLACE)\s+(?:OR\s+[A-Z]+\s+)?INTO\b/,
  /\bUPDATE\s+\S+\s+SET\b/,
  /\bDELETE\s+FROM\b/,
  /\bWITH\s+(?:RECURSIVE\s+)?\w+\s+AS\s*\(/,
  /\b(?:ATTACH|DETACH)\b/,
  /\b(?:WHERE|VALUES|ORDER BY|GROUP BY|LIMIT|JOIN)\b/,
  /\b(?:CREATE|DROP)\s+(?:TEMP(?:ORARY)?\s+|UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b/i,
  /\bALTER\s+TABLE\b/i,
  /\bPRAGMA\b/i,
  /\bVACUUM\s+INTO\b/i,
];

/** Whether text reads as SQL. */
export function looksLikeSql(text) {
  return SQL_SHAPES.some((re) => re.test(text));
}

function isConstantString(node) {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  return node.type === 'TemplateLiteral' && node.expressions.length === 0;
}

function isAllowedFragment(node) {
  return isConstantString(node) || (node.type === 'Literal' && typeof node.value === 'number') || (node.type === 'Identifier' && CONSTANT_NAME.test(node.name));
}

function templateText(node) {
  return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' x ');
}

/** The operands of a chain of `+`, left to right. */
function plusOperands(node) {
  if (node.type === 'BinaryExpression' && node.operator === '+') return [...plusOperands(node.left), ...plusOperands(node.right)];
  return [node];
}

function stringText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return templateText(node);
  return ' x ';
}

/** Whether a node is the SQL argument of db.prepare(sql), db.exec(sql) or cached(db, sql). */
function isSqlArgument(node) {
  const call = node.parent;
  if (!call || call.type !== 'CallExpression') return false;
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && /^(prepare|exec)$/.test(callee.property.name)) {
    return call.arguments[0] === node;
  }
  if (callee.type === 'Identifier' && callee.name === 'cached') return call.arguments[1] === node;
  return false;
}

const noSqlInterpolation = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL is written with ? parameters, never assembled from values' },
    schema: [],
    messages: {
      template: 'Build SQL with ? parameters, not template interpolation (only UPPER_CASE constant fragments may be interpolated).',
      concat: 'Build SQL with ? parameters, not string concatenation.',
    },
  },
  create(context) {
    return {
      TemplateLiteral(node) {
        if (node.expressions.every(isAllowedFragment)) return;
        if (isSqlArgument(node) || looksLikeSql(templateText(node))) context.report({ node, messageId: 'template' });
      },
      BinaryExpression(node) {
        if (node.operator !== '+') return;
        // Only the whole chain is judged, once.
        if (node.parent?.type === 'BinaryExpression' && node.parent.operator === '+') return;
        const parts = plusOperands(node);
        if (!parts.some(isConstantString)) return; // arithmetic, or no string in sight
        if (parts.every(isAllowedFragment)) return;
        // Also catches sql += ' WHERE id = ' + id: the right-hand side is judged on its own text.
        if (isSqlArgument(node) || looksLikeSql(parts.map(stringText).join(''))) context.report({ node, messageId: 'concat' });
      },
    };
  },
};

function isOpenExternalKey(node, computed) {
  if (!computed) return node.type === 'Identifier' && node.name === 'openExternal';
  return isConstantString(node) && stringText(node) === 'openExternal';
}

const constantOpenExternal = {
  meta: {
    type: 'problem',
    docs: { description: 'shell.openExternal only with a constant URL' },
    schema: [],
    messages: { constant: 'shell.openExternal only with a constant URL (a string literal), never a variable or a passed-on reference.' },
  },
  create(context) {
    const check = (node, call) => {
      if (call && call.callee === node && isConstantString(call.arguments[0])) return;
      context.report({ node, messageId: 'constant' });
    };
    return {
      MemberExpression(node) {
        if (!isOpenExternalKey(node.property, node.computed)) return;
        check(node, node.parent?.type === 'CallExpression' ? node.parent : null);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'openExternal') check(node.callee, node);
      },
      Property(node) {
        // const { openExternal } = shell: the calls that follow would escape the member check.
        if (node.parent?.type === 'ObjectPattern' && isOpenExternalKey(node.key, node.computed)) context.report({ node, messageId: 'constant' });
      },
    };
  },
};

/** The plugin, registered as `waymark` in eslint.config.js. */
export default {
  meta: { name: 'waymark' },
  rules: { 'no-sql-interpolation': noSqlInterpolation, 'constant-open-external': constantOpenExternal },
};
