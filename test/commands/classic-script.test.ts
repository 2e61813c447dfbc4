/**
 * Classic Outlook on Windows loads dist/commands.js alone, in a JavaScript-only runtime: no DOM,
 * no module system, ES2016 syntax only on builds before 2403. This test runs the BUILT file the
 * same way — in a bare vm context holding nothing but a stand-in Office object — and checks
 * its syntax and contents.
 *
 * The browser runtimes' dist/commands-web.js (the full engine) is checked the same way.
 *
 * REPLY_COACH_COMMANDS_JS may point at another build of the file (e.g. an ad hoc esbuild).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { runInContext, createContext } from 'node:vm';
import { parse } from 'acorn';
import { COMPOSE_PANE_COMMAND_ID, SEND_HANDLER_NAME } from '../../src/commands/ids';
import {
  IGNORED_FINDINGS_SESSION_KEY,
  PANE_FINDINGS_SESSION_KEY,
  SETTINGS_STORAGE_KEY,
} from '../../src/office/sendStorage';

const SCRIPT_PATH = process.env.REPLY_COACH_COMMANDS_JS || resolve(__dirname, '../../dist/commands.js');
const WEB_SCRIPT_PATH = resolve(__dirname, '../../dist/commands-web.js');

interface Completion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  commandId?: string;
  cancelLabel?: string;
  contextData?: string;
  sendModeOverride?: string;
}

type Callback = (result: { status: string; value?: string; error?: { message: string } }) => void;

interface StandInOptions {
  body: { status: 'succeeded' | 'failed'; value?: string };
  ignored?: string[];
  settings?: string;
  /** Other sessionData values, by key. */
  session?: Record<string, string>;
}

/** The least an Outlook host provides to the event runtime. */
function standInOffice(options: StandInOptions) {
  const registered: Record<string, (event: { completed(c: Completion): void }) => void> = {};
  const office = {
    actions: {
      associate(name: string, handler: (event: { completed(c: Completion): void }) => void) {
        registered[name] = handler;
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' && ['1.12', '1.13', '1.14', '1.15'].indexOf(version) >= 0,
      },
      roamingSettings: { get: (key: string) => (key === SETTINGS_STORAGE_KEY ? options.settings : undefined) },
      mailbox: {
        item: {
          body: {
            getAsync(_coercion: string, callback: Callback) {
              callback(
                options.body.status === 'succeeded'
                  ? { status: 'succeeded', value: options.body.value }
                  : { status: 'failed', error: { message: 'GenericResponseError' } },
              );
            },
          },
          sessionData: {
            getAsync(key: string, callback: Callback) {
              if (key === IGNORED_FINDINGS_SESSION_KEY && options.ignored) {
                callback({ status: 'succeeded', value: JSON.stringify(options.ignored) });
              } else if (options.session && key in options.session) {
                callback({ status: 'succeeded', value: options.session[key] });
              } else callback({ status: 'failed', error: { message: 'KeyNotFound' } });
            },
          },
        },
      },
    },
  };
  return { office, registered };
}

function loadScript(path = SCRIPT_PATH): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run npm run build first (npm test builds before testing).`);
  }
  return readFileSync(path, 'utf8');
}

/**
 * Library methods newer than ES2016 that the build does not polyfill. Classic Outlook's older
 * runtimes lack them, so they are removed from the vm's own built-ins before the script runs.
 */
const REMOVE_POST_ES2016 = `
  delete Object.values; delete Object.entries; delete Object.fromEntries; delete Object.getOwnPropertyDescriptors;
  delete String.prototype.padStart; delete String.prototype.padEnd; delete String.prototype.trimStart;
  delete String.prototype.trimEnd; delete String.prototype.matchAll; delete String.prototype.replaceAll;
  delete Array.prototype.flat; delete Array.prototype.flatMap; delete Array.prototype.at; delete String.prototype.at;
  delete Promise.prototype.finally; delete Promise.allSettled; delete Promise.any; delete globalThis.globalThis;
`;

/** A bare context: the stand-in Office, optionally timers, and ES2016 built-ins only. */
function classicContext(office: object, withTimers: boolean) {
  const globals: Record<string, unknown> = { Office: office };
  if (withTimers) Object.assign(globals, { setTimeout, clearTimeout });
  const context = createContext(globals);
  runInContext(REMOVE_POST_ES2016, context);
  return context;
}

/** Runs the script in a classic-runtime context and sends one draft. */
function sendInClassicRuntime(options: StandInOptions, withTimers = true, path = SCRIPT_PATH): Completion[] {
  const { office, registered } = standInOffice(options);
  const context = classicContext(office, withTimers);
  runInContext(loadScript(path), context, { filename: 'commands.js' });
  const handler = registered[SEND_HANDLER_NAME];
  if (typeof handler !== 'function') throw new Error(`the script did not associate "${SEND_HANDLER_NAME}"`);
  const completions: Completion[] = [];
  handler({ completed: (completion) => completions.push(completion) });
  return completions;
}

const FLAGGED_DRAFT = [
  'Hi Dana,',
  '',
  "Sorry for the slow reply, I've been so busy this week and my kids were sick, so I couldn't get to it.",
  'The files are attached now.',
  '',
  'Best,',
  'Sam',
].join('\n');

const CLEAN_DRAFT = [
  'Hi Dana,',
  '',
  'Thanks for your patience. The revised logo files are attached, and the brand guide follows by Thursday noon.',
  '',
  'Best,',
  'Sam',
].join('\n');

describe('dist/commands.js in a classic Outlook runtime', () => {
  it('stops a draft with excuses and personal problems', () => {
    const completions = sendInClassicRuntime({ body: { status: 'succeeded', value: FLAGGED_DRAFT } });
    expect(completions).toHaveLength(1);
    const [completion] = completions;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toMatch(/Excuse|Personal problem/);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
    expect(completion.sendModeOverride).toBe('promptUser');
    expect(JSON.parse(completion.contextData!).findings.length).toBeGreaterThan(0);
  });

  it('lets a clean draft go at once', () => {
    expect(sendInClassicRuntime({ body: { status: 'succeeded', value: CLEAN_DRAFT } })).toEqual([{ allowEvent: true }]);
  });

  it('fails open when the body cannot be read', () => {
    expect(sendInClassicRuntime({ body: { status: 'failed' } })).toEqual([{ allowEvent: true }]);
  });

  it('does not need timers, window or any other global, nor post-ES2016 library methods', () => {
    const completions = sendInClassicRuntime({ body: { status: 'succeeded', value: FLAGGED_DRAFT } }, false);
    expect(completions).toHaveLength(1);
    expect(completions[0].allowEvent).toBe(false);
  });

  it('honours the send-check setting stored by the pane', () => {
    const completions = sendInClassicRuntime({
      body: { status: 'succeeded', value: FLAGGED_DRAFT },
      settings: JSON.stringify({ sendCheck: 'off' }),
    });
    expect(completions).toEqual([{ allowEvent: true }]);
  });
});

// Hostility is not in the classic script's send core: only the pane's stored analysis brings it.
const SNARKY_DRAFT = [
  'Hi Dana,',
  '',
  'The revised logo files are attached.',
  'Not sure what part of "final version" was unclear, but here we are again.',
  '',
  'Best,',
  'Sam',
].join('\n');
const SNARKY_PASSAGE = 'Not sure what part of "final version" was unclear';
const STORED_HOSTILITY = JSON.stringify([
  {
    ruleId: 'hostility',
    category: 'hostility',
    severity: 'serious',
    text: SNARKY_PASSAGE,
    message: 'Sarcasm reads as contempt.',
  },
]);

describe('dist/commands.js with the findings the pane stored', () => {
  it('stops on a finding of a rule it does not carry while the passage is still in the draft', () => {
    const [completion] = sendInClassicRuntime({
      body: { status: 'succeeded', value: SNARKY_DRAFT },
      session: { [PANE_FINDINGS_SESSION_KEY]: STORED_HOSTILITY },
    });
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('Hostile tone');
    expect(JSON.parse(completion.contextData!).findings[0]).toMatchObject({ ruleId: 'hostility' });
  });

  it('lets the draft go once the user has rewritten that passage', () => {
    const rewritten = SNARKY_DRAFT.replace(
      SNARKY_PASSAGE + ', but here we are again.',
      'Here is the final version, as agreed.',
    );
    expect(
      sendInClassicRuntime({
        body: { status: 'succeeded', value: rewritten },
        session: { [PANE_FINDINGS_SESSION_KEY]: STORED_HOSTILITY },
      }),
    ).toEqual([{ allowEvent: true }]);
  });

  it('without the pane, carries only the send core (the browser runtimes run every rule)', () => {
    const options: StandInOptions = { body: { status: 'succeeded', value: SNARKY_DRAFT } };
    expect(sendInClassicRuntime(options)).toEqual([{ allowEvent: true }]);
    const [web] = sendInClassicRuntime(options, true, WEB_SCRIPT_PATH);
    expect(web.allowEvent).toBe(false);
    expect(web.errorMessage).toContain('Hostile tone');
  });
});

describe('dist/commands-web.js (browser runtimes)', () => {
  it('stops a draft with excuses, lets a clean one go, and fails open', () => {
    expect(
      sendInClassicRuntime({ body: { status: 'succeeded', value: FLAGGED_DRAFT } }, true, WEB_SCRIPT_PATH)[0],
    ).toMatchObject({ allowEvent: false });
    expect(sendInClassicRuntime({ body: { status: 'succeeded', value: CLEAN_DRAFT } }, true, WEB_SCRIPT_PATH)).toEqual([
      { allowEvent: true },
    ]);
    expect(sendInClassicRuntime({ body: { status: 'failed' } }, true, WEB_SCRIPT_PATH)).toEqual([{ allowEvent: true }]);
  });
});

describe('dist/commands.js is one classic ES2016 script', () => {
  it('is at most 60 KB gzipped: classic Outlook loads it on every send', () => {
    expect(gzipSync(readFileSync(SCRIPT_PATH)).length).toBeLessThanOrEqual(60 * 1000);
  });

  it('parses as an ES2016 script', () => {
    const code = loadScript();
    expect(() => parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('carries no module system, dev server or hot reload code', () => {
    const code = loadScript();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('module.exports');
    expect(code).not.toContain('webpackHotUpdate');
    expect(code).not.toContain('__webpack_require__.hmr');
    expect(code).not.toContain('webpack-dev-server');
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('calls no ES2017 helper: a property after an object spread compiles to Object.getOwnPropertyDescriptors', () => {
    for (const path of [SCRIPT_PATH, WEB_SCRIPT_PATH])
      expect(loadScript(path)).not.toContain('getOwnPropertyDescriptors');
  });

  it('registers the handler at the top level, not inside Office.onReady', () => {
    // The handler was found without ever calling onReady: the stand-in Office has none.
    const { office, registered } = standInOffice({ body: { status: 'succeeded', value: CLEAN_DRAFT } });
    runInContext(loadScript(), classicContext(office, false));
    expect(Object.keys(registered)).toEqual([SEND_HANDLER_NAME]);
  });
});
