/** The lazily loaded digest renderers (the `digest` command's) are the registry's own functions. */
import { describe, expect, it } from 'vitest';
import { DIGEST_FORMATS } from '../../src/report/digest-formats.js';
import { DIGEST_RENDERERS } from '../../src/report/digest-renderers.js';
import { DIGEST_FORMAT_NAMES } from '../../src/report/format-names.js';

describe('digest renderers', () => {
  it('name every digest format', () => {
    expect(Object.keys(DIGEST_RENDERERS).sort()).toEqual([...DIGEST_FORMAT_NAMES].sort());
  });

  it.each(DIGEST_FORMAT_NAMES)('%s loads the function DIGEST_FORMATS renders with', async (format) => {
    expect(await DIGEST_RENDERERS[format]()).toBe(DIGEST_FORMATS[format].render);
  });
});
