/**
 * masto converts every key of every payload (REST and streaming) with change-case, and change-case splits
 * each key with Unicode regular expressions: at startup that was ~50 ms of a six-column deck (`npm run
 * bench`, startup profile). The keys come from a small vocabulary, so the renderer build aliases
 * `change-case` to this module, which remembers each conversion. Same functions, same results.
 */
import * as changeCase from 'change-case-original';

const remembered = new Map<string, string>();
/** Keys are the API's field names; objects with free-form keys (rare) cannot grow this without bound. */
const maxRemembered = 4_000;

function memo<Options>(convert: (input: string, options?: Options) => string, prefix: string) {
  return (input: string, options?: Options): string => {
    if (options) return convert(input, options);
    const key = prefix + input;
    let output = remembered.get(key);
    if (output === undefined) {
      output = convert(input);
      if (remembered.size >= maxRemembered) remembered.clear();
      remembered.set(key, output);
    }
    return output;
  };
}

export * from 'change-case-original';
export const camelCase = memo(changeCase.camelCase, 'c:');
export const snakeCase = memo(changeCase.snakeCase, 's:');
