// @ts-check
// Input hardening: what a host hands over is checked and copied here, in JavaScript, before
// any of it reaches a WASM, where a throwing getter, a proxy, a cycle or a non-string would
// unwind Rust frames, overflow its stack or trap.

/** Deeper than this, or longer than `MAX_ELEMENTS`, no Answers or QuestionnaireResponse is. */
const MAX_DEPTH = 32;
const MAX_ELEMENTS = 100_000;

/**
 * `text` as an error message shows it: one line, at most 40 characters.
 * @param {unknown} text
 * @returns {string}
 */
function shown(text) {
  const line = String(text).replace(/[\u0000-\u001f\u007f`]/g, '?');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * What a thrown value says, whatever it is (even an object whose toString throws).
 * @param {any} error  anything at all, hence `any`: its `message` is read inside the try
 * @returns {string}
 */
export function describe(error) {
  try {
    return shown(error?.message ?? String(error));
  } catch {
    return 'an unreadable exception';
  }
}

/**
 * A plain copy of `value` for the WASM to read: own enumerable string keys, arrays, primitives.
 * Getters and proxies run here, in JavaScript, where what they throw becomes one Error naming
 * the field (`name(path)`), rather than inside the WASM, where a throw would unwind Rust frames
 * and a cycle or deep nesting would overflow its stack. Functions and symbols, which no field
 * takes, are refused here for the same reason (a function may be a proxy). What is not an
 * object at all is passed on as it is: the WASM names its type.
 * @param {unknown} value
 * @param {string} what  the function or argument, first in each message
 * @param {(path: string) => string} name  how a message names the field at `path`
 * @param {string} [path]
 * @param {number} [depth]
 * @returns {unknown}
 */
export function plainCopy(value, what, name, path = '', depth = 0) {
  /** @type {(problem: string) => never} */
  const fail = (problem) => {
    throw new Error(`${what}: ${path ? name(shown(path)) : 'the argument'}: ${problem}`);
  };
  if (typeof value === 'function' || typeof value === 'symbol') {
    if (depth === 0) return value;
    fail(`must not be a ${typeof value}`);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} deep`);
  let isArray = false;
  /** @type {(string | number)[]} */
  let keys = [];
  try {
    isArray = Array.isArray(value);
    if (isArray && depth === 0) return value;
    const length = isArray ? /** @type {unknown[]} */ (value).length : (keys = Object.keys(value)).length;
    if (!(length <= MAX_ELEMENTS)) return fail(`more than ${MAX_ELEMENTS} elements`);
    if (isArray) keys = Array.from({ length }, (_, i) => i);
  } catch (error) {
    if (String(/** @type {any} */ (error)?.message).startsWith(`${what}: `)) throw error;
    fail(`could not be read: ${describe(error)}`);
  }
  /**
   * The path of `key` below `path`: a number only in an array, so a bare key is a string.
   * @param {string | number} key
   * @returns {string}
   */
  const at = (key) => (isArray ? `${path}[${key}]` : path ? `${path}.${key}` : /** @type {string} */ (key));
  // Each value read under its own name, so that a getter that throws is named.
  /** @type {(key: string | number) => unknown} */
  const read = (key) => {
    let v;
    try {
      v = /** @type {Record<string | number, unknown>} */ (value)[key];
    } catch (error) {
      throw new Error(`${what}: ${name(shown(at(key)))}: could not be read: ${describe(error)}`);
    }
    return plainCopy(v, what, name, at(key), depth + 1);
  };
  if (isArray) return keys.map(read);
  // No prototype: an own key "__proto__" stays a key instead of replacing the prototype.
  /** @type {Record<string | number, unknown>} */
  const copy = Object.create(null);
  for (const k of keys) copy[k] = read(k);
  return copy;
}

/**
 * `value` for a text argument of the WASM: a string, or undefined for none. Anything else is
 * a thrown Error here; handed to the bindings, an object or a number would be copied into
 * the WASM's memory as if it were a string and trap ("memory access out of bounds").
 * @param {string} what
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function text(what, value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  throw new Error(`back-pain-triage: ${what}: expected a string, got ${typeof value}`);
}
