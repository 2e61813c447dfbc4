/**
 * An Outlook compose item for the send check, built on office-addin-mock. Each *Async method
 * calls its callback with { status, value } the way Office does; the options below make it
 * fail, throw, answer late or never answer.
 */
import type { OfficeMockObject as OfficeMockObjectType } from 'office-addin-mock';
import type { SendEvent } from '../../src/office/sendEvent';
import type { SendCompletion } from '../../src/commands/decide';

import { OfficeMockObject } from '../support/officeAddinMock';

export type Reply<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'fail'; message?: string }
  | { kind: 'throw' }
  | { kind: 'never' }
  | { kind: 'late'; value: T; ms: number };

export interface ItemOptions {
  /** Text coercion of the body; the HTML coercion is `html` when given. */
  body?: Reply<string>;
  html?: string;
  session?: Reply<string> | 'missing';
  /** Per-key session data (takes precedence over `session`); other keys are not found. */
  sessionValues?: Record<string, string>;
  /** Value roamingSettings.get returns; 'missing' removes roamingSettings altogether. */
  settings?: unknown | 'missing';
  /** Mailbox requirement sets the client supports, e.g. ['1.12', '1.14', '1.15']. */
  sets?: string[];
  noItem?: boolean;
}

export interface MockCalls {
  bodyCoercions: string[];
  sessionKeys: string[];
  settingsKeys: string[];
}

function answer<T>(
  reply: Reply<T>,
  callback: (result: { status: string; value: T | undefined; error?: { message: string } }) => void,
): void {
  switch (reply.kind) {
    case 'ok':
      callback({ status: 'succeeded', value: reply.value });
      return;
    case 'fail':
      callback({ status: 'failed', value: undefined, error: { message: reply.message || 'GenericResponseError' } });
      return;
    case 'throw':
      throw new Error('Office API unavailable');
    case 'never':
      return;
    case 'late':
      setTimeout(() => callback({ status: 'succeeded', value: reply.value }), reply.ms);
      return;
  }
}

export function installOffice(options: ItemOptions = {}): { office: OfficeMockObjectType; calls: MockCalls } {
  const calls: MockCalls = { bodyCoercions: [], sessionKeys: [], settingsKeys: [] };
  const body = options.body || { kind: 'ok', value: '' };
  const sets = options.sets || ['1.12', '1.14', '1.15'];

  const item: Record<string, unknown> = {
    body: {
      getAsync(coercion: string, callback: (result: unknown) => void) {
        calls.bodyCoercions.push(coercion);
        if (coercion === 'html' && options.html !== undefined)
          return answer({ kind: 'ok', value: options.html }, callback);
        return answer(body, callback);
      },
    },
  };
  if (options.session !== 'missing') {
    const session = options.session || { kind: 'fail', message: 'KeyNotFound' };
    item.sessionData = {
      getAsync(name: string, callback: (result: unknown) => void) {
        calls.sessionKeys.push(name);
        if (options.sessionValues) {
          const value = options.sessionValues[name];
          return answer(
            value === undefined ? { kind: 'fail', message: 'KeyNotFound' } : { kind: 'ok', value },
            callback,
          );
        }
        return answer(session, callback);
      },
    };
  }

  const context: Record<string, unknown> = {
    mailbox: options.noItem ? { userProfile: { emailAddress: 'me@example.com' } } : { item },
    requirements: {
      isSetSupported(name: string, version?: string) {
        return name === 'Mailbox' && sets.indexOf(version || '1.1') >= 0;
      },
    },
  };
  if (options.settings !== 'missing') {
    context.roamingSettings = {
      get(name: string) {
        calls.settingsKeys.push(name);
        return options.settings;
      },
    };
  }

  // host: 'outlook' makes the mock hand out plain values without load()/sync().
  const office = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context,
  });
  (globalThis as { Office?: unknown }).Office = office;
  return { office, calls };
}

export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** A send event that records every completed() call. */
export function sendEvent(): SendEvent & { calls: SendCompletion[] } {
  const calls: SendCompletion[] = [];
  return {
    calls,
    completed(options?: SendCompletion) {
      calls.push(options as SendCompletion);
    },
  };
}
