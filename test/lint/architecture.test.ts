// The lint rules that keep the analysis core pure and classic-Outlook-safe must actually fire.
import { ESLint } from 'eslint';
import path from 'path';

// The project's own config, passed as an object (ESLint would load the file with import()).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..'), overrideConfigFile: true, overrideConfig: config });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId || m.message);
}

describe('architecture lint rules', () => {
  test.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'src/core/x.ts'],
    ["import { Button } from '@fluentui/react-components';\nexport const x = Button;", 'src/thread/x.ts'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;", 'src/core/x.ts'],
    [
      "import { createOfficePaneHost } from '../office/paneHost';\nexport const x = createOfficePaneHost;",
      'src/core/x.ts',
    ],
    ["import { PaneController } from '../taskpane/controller';\nexport const x = PaneController;", 'src/draft/x.ts'],
  ])('impure import %# is refused in the pure core', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  test.each([
    ['export const x = () => document.title;', 'src/core/x.ts'],
    ['export const x = () => window.location.href;', 'src/thread/x.ts'],
    ['export const x = () => localStorage.getItem("k");', 'src/draft/x.ts'],
  ])('DOM global %# is refused in the pure core', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-globals');
  });

  test.each([
    ['export const re = /(?<=a)b/;', 'es-x/no-regexp-lookbehind-assertions'],
    ['export const re = /(?<year>\\d+)/;', 'es-x/no-regexp-named-capture-groups'],
    ['export const re = /a.b/s;', 'es-x/no-regexp-s-flag'],
    ['export const re = /\\p{L}/u;', 'es-x/no-regexp-unicode-property-escapes'],
    ['export const f = (s: string) => s.replaceAll("a", "b");', 'es-x/no-string-prototype-replaceall'],
    ['export const f = (a: number[][]) => a.flat();', 'es-x/no-array-prototype-flat'],
    ['export const f = (o: object) => Object.entries(o);', 'es-x/no-object-entries'],
  ])('ES2016-unsafe code %# is refused where classic Outlook runs it', async (code, rule) => {
    expect(await ruleIds(code, 'src/core/x.ts')).toContain(rule);
    expect(await ruleIds(code, 'src/commands/x.ts')).toContain(rule);
  });

  test('Office.js is reachable only from src/office and the entry points', async () => {
    const code = 'export const f = () => Office.context.mailbox;';
    expect(await ruleIds(code, 'src/taskpane/components/X.tsx')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'src/office/x.ts')).not.toContain('no-restricted-syntax');
  });

  test('the same code is fine where it belongs', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;", 'src/taskpane/x.ts')).toEqual(
      [],
    );
  });
});
