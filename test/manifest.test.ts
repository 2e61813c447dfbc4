/**
 * Offline checks of manifest.xml. Microsoft's validator (office-addin-manifest validate) needs
 * the internet, so the rules it would enforce and the contracts between the manifest and the
 * code are checked here with a real XML parser. Each check is also run against a broken copy
 * of the manifest to prove it fails when the manifest breaks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { COMPOSE_PANE_COMMAND_ID, SEND_HANDLER_NAME } from '../src/commands/ids';
import { decideSend } from '../src/commands/decide';
import type { Finding } from '../src/core/types';

const ROOT = resolve(__dirname, '..');
const MANIFEST_PATH = resolve(ROOT, 'manifest.xml');
// The two send-check entries: classic Outlook's script and the browser runtimes' one.
const HANDLER_SOURCE_PATHS = [resolve(ROOT, 'src/commands/classic.ts'), resolve(ROOT, 'src/commands/web.ts')];

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

/** Dev origin; the production build replaces it. Asset URLs under it map to files in assets/. */
const DEV_ORIGIN = 'https://localhost:3000';

// Child sequences from the mail add-in schemas (MS-OWEMXML) and Microsoft's
// "How to find the proper order of manifest elements".
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting',
  'VersionOverrides',
];
const OFFICE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'FormSettings',
  'Permissions',
  'Rule',
];
const VERSION_OVERRIDES_ORDER = [
  'Description',
  'Requirements',
  'Hosts',
  'Resources',
  'EquivalentAddins',
  'WebApplicationInfo',
  'VersionOverrides',
];
const MAIL_HOST_ORDER = ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'];
const DESKTOP_FORM_FACTOR_ORDER = ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'];
const RESOURCES_ORDER = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const CONTROL_ORDER = ['Label', 'Supertip', 'Icon', 'Action'];
const SUPERTIP_ORDER = ['Title', 'Description'];
const SHOW_TASKPANE_ORDER = ['SourceLocation', 'SupportsPinning', 'SupportsNoItemContext', 'SupportsMultiSelect'];
const LAUNCH_EVENT_POINT_ORDER = ['LaunchEvents', 'SourceLocation'];

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Schema limits on resource strings. */
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const MAX_RESID_LENGTH = 32;

function elementChildren(node: XmlElement | XmlDocument): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child.nodeType === 1) out.push(child as XmlElement);
  }
  return out;
}

function descendants(node: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (parent: XmlElement): void => {
    for (const child of elementChildren(parent)) {
      if (!localName || child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

function xsiType(element: XmlElement): string | null {
  return element.getAttributeNS(XSI, 'type');
}

function path(element: XmlElement): string {
  const parts: string[] = [];
  let node: XmlElement | null = element;
  while (node && node.nodeType === 1) {
    const type = xsiType(node);
    const id = node.getAttribute('id');
    parts.unshift(`${node.localName}${type ? `[${type}]` : ''}${id ? `#${id}` : ''}`);
    node = node.parentNode as XmlElement | null;
  }
  return parts.join('/');
}

/** Problems with the order (and membership) of an element's children against a schema sequence. */
function checkOrder(parent: XmlElement, order: readonly string[], problems: string[]): void {
  let last = -1;
  for (const child of elementChildren(parent)) {
    const index = order.indexOf(child.localName || '');
    if (index < 0) {
      problems.push(`${path(parent)}: unexpected child <${child.localName}>`);
      continue;
    }
    if (index < last)
      problems.push(`${path(parent)}: <${child.localName}> is out of order (expected ${order.join(', ')})`);
    last = Math.max(last, index);
  }
}

function only(parent: XmlElement, localName: string, problems: string[]): XmlElement | null {
  const found = elementChildren(parent).filter((child) => child.localName === localName);
  if (found.length !== 1) {
    problems.push(`${path(parent)}: expected exactly one <${localName}>, found ${found.length}`);
    return null;
  }
  return found[0];
}

interface ManifestFacts {
  composeButtonIds: string[];
  readButtonIds: string[];
  launchFunctionNames: string[];
}

interface ManifestReport {
  problems: string[];
  facts: ManifestFacts;
}

function pngSize(file: string): { width: number; height: number } {
  const png = PNG.sync.read(readFileSync(file));
  return { width: png.width, height: png.height };
}

/** Maps an https asset URL of the add-in's origin to its file in the repository, or null. */
function assetFile(url: string, origin: string): string | null {
  if (!url.startsWith(`${origin}/assets/`)) return null;
  return resolve(ROOT, url.slice(origin.length + 1));
}

/** Runs every check; returns the problems found (empty means the manifest is fine). */
function inspectManifest(xml: string, handlerSource: string, origin = DEV_ORIGIN): ManifestReport {
  const problems: string[] = [];
  const facts: ManifestFacts = { composeButtonIds: [], readButtonIds: [], launchFunctionNames: [] };
  const parseErrors: string[] = [];
  let doc: XmlDocument;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') parseErrors.push(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    return { problems: [`not well-formed XML: ${String(error)}`], facts };
  }
  if (parseErrors.length) return { problems: parseErrors.map((m) => `not well-formed XML: ${m}`), facts };

  const root = doc.documentElement;
  if (!root || root.localName !== 'OfficeApp' || root.namespaceURI !== NS.officeApp) {
    return { problems: ['root element must be <OfficeApp> in the appforoffice/1.1 namespace'], facts };
  }
  if (xsiType(root) !== 'MailApp') problems.push('OfficeApp xsi:type must be MailApp');

  // --- OfficeApp (base manifest) ---
  checkOrder(root, OFFICE_APP_ORDER, problems);
  const rootChildren = elementChildren(root).map((c) => c.localName);
  for (const name of OFFICE_APP_REQUIRED) {
    if (rootChildren.indexOf(name) < 0) problems.push(`OfficeApp: missing required <${name}>`);
  }
  const text = (name: string): string => {
    const el = elementChildren(root).find((c) => c.localName === name);
    return el ? (el.textContent || '').trim() : '';
  };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id')))
    problems.push('Id must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(text('Version'))) problems.push('Version must be n.n.n.n');
  if (text('DefaultLocale') !== 'en-US') problems.push('DefaultLocale must be en-US');
  if (text('Permissions') !== 'ReadWriteItem') problems.push('Permissions must be ReadWriteItem');
  const displayName = elementChildren(root).find((c) => c.localName === 'DisplayName');
  if (!displayName || displayName.getAttribute('DefaultValue') !== 'Reply Coach')
    problems.push('DisplayName must be "Reply Coach"');

  const hosts = elementChildren(root).find((c) => c.localName === 'Hosts');
  const hostNames = hosts ? elementChildren(hosts).map((h) => h.getAttribute('Name')) : [];
  if (hostNames.join() !== 'Mailbox') problems.push('Hosts must name only Mailbox');

  const baseSets = descendants(root, 'Set').filter((s) => s.namespaceURI === NS.officeApp);
  if (!baseSets.some((s) => s.getAttribute('Name') === 'Mailbox' && s.getAttribute('MinVersion') === '1.1')) {
    problems.push('base Requirements must ask for Mailbox MinVersion 1.1');
  }

  const forms = descendants(root, 'Form').filter((f) => f.namespaceURI === NS.officeApp);
  for (const type of ['ItemRead', 'ItemEdit']) {
    const form = forms.find((f) => xsiType(f) === type);
    const location = form && descendants(form, 'SourceLocation')[0];
    if (!location || location.getAttribute('DefaultValue') !== `${origin}/taskpane.html`) {
      problems.push(`FormSettings ${type} must load ${origin}/taskpane.html`);
    }
  }

  const ruleTypes = descendants(root, 'Rule')
    .filter((r) => xsiType(r) === 'ItemIs')
    .map((r) => `${r.getAttribute('ItemType')}/${r.getAttribute('FormType')}`);
  for (const expected of ['Message/Read', 'Message/Edit']) {
    if (ruleTypes.indexOf(expected) < 0) problems.push(`Rule must activate on ${expected}`);
  }

  // --- VersionOverrides: V1_0 wrapping V1_1 ---
  const vo10 = elementChildren(root).find((c) => c.localName === 'VersionOverrides');
  if (!vo10 || vo10.namespaceURI !== NS.vo10 || xsiType(vo10) !== 'VersionOverridesV1_0') {
    problems.push('OfficeApp must end with VersionOverrides of type VersionOverridesV1_0');
    return { problems, facts };
  }
  checkOrder(vo10, VERSION_OVERRIDES_ORDER, problems);
  const vo11 = elementChildren(vo10).find((c) => c.localName === 'VersionOverrides');
  if (!vo11 || vo11.namespaceURI !== NS.vo11 || xsiType(vo11) !== 'VersionOverridesV1_1') {
    problems.push('VersionOverridesV1_0 must contain a VersionOverridesV1_1');
    return { problems, facts };
  }
  checkOrder(
    vo11,
    VERSION_OVERRIDES_ORDER.filter((n) => n !== 'VersionOverrides'),
    problems,
  );

  const requirements = only(vo11, 'Requirements', problems);
  const sets = requirements && only(requirements, 'Sets', problems);
  if (sets) {
    const mailbox = elementChildren(sets).find((s) => s.getAttribute('Name') === 'Mailbox');
    const version = mailbox && (mailbox.getAttribute('MinVersion') || sets.getAttribute('DefaultMinVersion'));
    if (version !== '1.12') problems.push('VersionOverridesV1_1 must require Mailbox 1.12 (launch events)');
  }

  // --- Resources ---
  const resources = only(vo11, 'Resources', problems);
  const resourceIds: Record<ResourceKind, Map<string, string>> = {
    Images: new Map(),
    Urls: new Map(),
    ShortStrings: new Map(),
    LongStrings: new Map(),
  };
  if (resources) {
    checkOrder(resources, RESOURCES_ORDER, problems);
    for (const group of elementChildren(resources)) {
      const kind = group.localName as ResourceKind;
      if (!resourceIds[kind] || group.namespaceURI !== NS.bt) continue;
      for (const entry of elementChildren(group)) {
        const id = entry.getAttribute('id') || '';
        const value = entry.getAttribute('DefaultValue') || '';
        if (resourceIds[kind].has(id)) problems.push(`duplicate resource id ${id}`);
        resourceIds[kind].set(id, value);
        if (id.length > MAX_RESID_LENGTH)
          problems.push(`resource id ${id} is longer than ${MAX_RESID_LENGTH} characters`);
        if (kind === 'ShortStrings' && value.length > MAX_SHORT_STRING) problems.push(`short string ${id} is too long`);
        if (kind === 'LongStrings' && value.length > MAX_LONG_STRING) problems.push(`long string ${id} is too long`);
        if (!value) problems.push(`resource ${id} has no DefaultValue`);
      }
    }
  }

  /** Which resource group a resid must point into, by the element that carries it. */
  const expectedKind = (element: XmlElement): ResourceKind | null => {
    switch (element.localName) {
      case 'Image':
        return 'Images';
      case 'SourceLocation':
      case 'Runtime':
      case 'Override':
      case 'FunctionFile':
        return 'Urls';
      case 'Label':
      case 'Title':
        return 'ShortStrings';
      case 'Description':
        return 'LongStrings';
      default:
        return null;
    }
  };
  for (const element of descendants(vo11)) {
    const resid = element.getAttribute('resid');
    if (!resid) continue;
    const kind = expectedKind(element);
    if (!kind) problems.push(`${path(element)}: resid on an element that takes none`);
    else if (!resourceIds[kind].has(resid)) problems.push(`${path(element)}: resid "${resid}" is not in bt:${kind}`);
    if (resid.length > MAX_RESID_LENGTH) problems.push(`${path(element)}: resid longer than ${MAX_RESID_LENGTH}`);
  }

  // --- Host ---
  const hostsOverride = only(vo11, 'Hosts', problems);
  const host = hostsOverride && only(hostsOverride, 'Host', problems);
  if (!host || xsiType(host) !== 'MailHost') {
    problems.push('VersionOverridesV1_1 must have one Host of type MailHost');
    return { problems, facts };
  }
  checkOrder(host, MAIL_HOST_ORDER, problems);

  const runtimes = only(host, 'Runtimes', problems);
  const runtime = runtimes && only(runtimes, 'Runtime', problems);
  const runtimeResid = runtime ? runtime.getAttribute('resid') || '' : '';
  if (runtime) {
    const override = only(runtime, 'Override', problems);
    if (override && override.getAttribute('type') !== 'javascript')
      problems.push('Runtime Override must be type="javascript"');
    const jsUrl = override ? resourceIds.Urls.get(override.getAttribute('resid') || '') || '' : '';
    if (!/\/commands\.js$/.test(jsUrl))
      problems.push('Runtime Override must point at commands.js (classic Outlook loads only it)');
    if (!/\/commands\.html$/.test(resourceIds.Urls.get(runtimeResid) || ''))
      problems.push('Runtime must point at commands.html');
  }

  const desktop = only(host, 'DesktopFormFactor', problems);
  if (!desktop) return { problems, facts };
  checkOrder(desktop, DESKTOP_FORM_FACTOR_ORDER, problems);

  const points = elementChildren(desktop).filter((c) => c.localName === 'ExtensionPoint');
  const controls = descendants(desktop, 'Control');
  const controlIds = controls.map((c) => c.getAttribute('id') || '');
  controlIds.forEach((id, index) => {
    if (!id) problems.push('every Control needs an id');
    else if (controlIds.indexOf(id) !== index) problems.push(`duplicate Control id ${id}`);
  });
  for (const control of controls) {
    checkOrder(control, CONTROL_ORDER, problems);
    const supertip = elementChildren(control).find((c) => c.localName === 'Supertip');
    if (supertip) checkOrder(supertip, SUPERTIP_ORDER, problems);
    const action = only(control, 'Action', problems);
    if (action && xsiType(action) === 'ShowTaskpane') {
      checkOrder(action, SHOW_TASKPANE_ORDER, problems);
      const pinning = elementChildren(action).find((c) => c.localName === 'SupportsPinning');
      if (!pinning || (pinning.textContent || '').trim() !== 'true')
        problems.push(`${path(control)}: task pane must support pinning`);
      const location = elementChildren(action).find((c) => c.localName === 'SourceLocation');
      const url = location ? resourceIds.Urls.get(location.getAttribute('resid') || '') : undefined;
      if (url !== `${origin}/taskpane.html`) problems.push(`${path(control)}: task pane must load taskpane.html`);
    }
    const icons = descendants(control, 'Image');
    const sizes = icons.map((i) => i.getAttribute('size')).sort();
    for (const size of ['16', '32', '80'])
      if (sizes.indexOf(size) < 0) problems.push(`${path(control)}: missing ${size} px icon`);
  }

  const buttonsOn = (surface: string): string[] =>
    points
      .filter((p) => xsiType(p) === surface)
      .flatMap((p) => descendants(p, 'Control'))
      .filter((c) => xsiType(c) === 'Button' && descendants(c, 'Action').some((a) => xsiType(a) === 'ShowTaskpane'))
      .map((c) => c.getAttribute('id') || '');
  facts.composeButtonIds = buttonsOn('MessageComposeCommandSurface');
  facts.readButtonIds = buttonsOn('MessageReadCommandSurface');
  if (facts.composeButtonIds.length === 0) problems.push('no task pane button on MessageComposeCommandSurface');
  if (facts.readButtonIds.length === 0) problems.push('no task pane button on MessageReadCommandSurface');

  const launchPoints = points.filter((p) => xsiType(p) === 'LaunchEvent');
  if (launchPoints.length !== 1)
    problems.push(`expected one LaunchEvent extension point, found ${launchPoints.length}`);
  for (const point of launchPoints) {
    checkOrder(point, LAUNCH_EVENT_POINT_ORDER, problems);
    const events = descendants(point, 'LaunchEvent');
    const onSend = events.filter((e) => e.getAttribute('Type') === 'OnMessageSend');
    if (onSend.length !== 1) problems.push(`expected exactly one OnMessageSend LaunchEvent, found ${onSend.length}`);
    for (const event of onSend) {
      facts.launchFunctionNames.push(event.getAttribute('FunctionName') || '');
      if (event.getAttribute('SendMode') !== 'PromptUser') problems.push('OnMessageSend SendMode must be PromptUser');
    }
    const location = only(point, 'SourceLocation', problems);
    if (location && location.getAttribute('resid') !== runtimeResid) {
      problems.push('LaunchEvent SourceLocation must name the same resource as the Runtime');
    }
  }

  // --- The code side of the contracts ---
  const associated: string[] = [];
  const associateCall = /Office\.actions\.associate\(\s*(["'])([^"']+)\1/g;
  let match: RegExpExecArray | null;
  while ((match = associateCall.exec(handlerSource)) !== null) associated.push(match[2]);
  for (const name of facts.launchFunctionNames) {
    if (associated.indexOf(name) < 0)
      problems.push(`FunctionName "${name}" has no Office.actions.associate("${name}", …) in the send-check entry`);
  }
  if (facts.composeButtonIds.indexOf(COMPOSE_PANE_COMMAND_ID) < 0) {
    problems.push(`compose button id must be "${COMPOSE_PANE_COMMAND_ID}" (the send check's commandId)`);
  }

  // --- URLs and icon files ---
  const urls: { where: string; url: string }[] = [];
  for (const element of descendants(root)) {
    const value = element.getAttribute('DefaultValue');
    if (value && /^[a-z][a-z0-9+.-]*:/i.test(value)) urls.push({ where: path(element), url: value });
    if (element.localName === 'AppDomain') urls.push({ where: path(element), url: (element.textContent || '').trim() });
  }
  for (const { where, url } of urls) {
    if (!/^https:\/\/[^\s/]+/.test(url)) problems.push(`${where}: URL must be https: ${url}`);
  }

  const checkIcon = (where: string, url: string | undefined, size: number): void => {
    const file = url ? assetFile(url, origin) : null;
    if (!file) {
      problems.push(`${where}: icon URL must be ${origin}/assets/…: ${url}`);
    } else if (!existsSync(file)) {
      problems.push(`${where}: icon file missing: ${file}`);
    } else {
      const actual = pngSize(file);
      if (actual.width !== size || actual.height !== size) {
        problems.push(`${where}: ${file} is ${actual.width}x${actual.height}, expected ${size}x${size}`);
      }
    }
  };
  const rootUrl = (name: string): string | undefined => {
    const el = elementChildren(root).find((c) => c.localName === name);
    return el ? el.getAttribute('DefaultValue') || undefined : undefined;
  };
  checkIcon('IconUrl', rootUrl('IconUrl'), 64);
  checkIcon('HighResolutionIconUrl', rootUrl('HighResolutionIconUrl'), 128);
  for (const image of descendants(desktop, 'Image')) {
    const resid = image.getAttribute('resid') || '';
    checkIcon(path(image), resourceIds.Images.get(resid), Number(image.getAttribute('size')));
  }

  return { problems, facts };
}

const manifestXml = readFileSync(MANIFEST_PATH, 'utf8');
const handlerSources = HANDLER_SOURCE_PATHS.map((path) => readFileSync(path, 'utf8'));
const handlerSource = handlerSources[0];

describe('manifest.xml', () => {
  const report = inspectManifest(manifestXml, handlerSource);

  it('passes every structural and contract check', () => {
    expect(report.problems).toEqual([]);
  });

  it('declares the send handler under the name the code registers', () => {
    expect(report.facts.launchFunctionNames).toEqual([SEND_HANDLER_NAME]);
    for (const source of handlerSources) {
      expect(source).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*['"]${SEND_HANDLER_NAME}['"]`));
    }
  });

  it('has the compose pane button the send dialog opens', () => {
    expect(report.facts.composeButtonIds).toContain(COMPOSE_PANE_COMMAND_ID);
    const finding: Finding = {
      ruleId: 'test.rule',
      category: 'excuse',
      severity: 'serious',
      start: 0,
      end: 4,
      text: 'busy',
      message: 'm',
      suggestions: [],
    };
    const completion = decideSend({
      findings: [finding],
      sendCheck: 'serious',
      features: { takeAction: true, markdown: true },
    });
    expect(report.facts.composeButtonIds).toContain(completion.commandId);
  });
});

describe('the manifest built into dist/', () => {
  const built = resolve(ROOT, 'dist/manifest.xml');

  it('passes the same checks with the origin the build put in', () => {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run npm run build first (npm test builds before testing).`);
    const xml = readFileSync(built, 'utf8');
    const origin = (/<IconUrl DefaultValue="(https:\/\/[^/"]+)\//.exec(xml) || [])[1];
    expect(origin).toMatch(/^https:\/\//);
    expect(inspectManifest(xml, handlerSource, origin).problems).toEqual([]);
  });
});

/** Each mutation breaks one rule; the inspector must name the problem. */
const MUTATIONS: { name: string; mutate: (xml: string) => string; expect: RegExp }[] = [
  {
    name: 'Runtimes after DesktopFormFactor',
    mutate: (xml) => {
      const runtimes = xml.match(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/)![0];
      return xml.replace(runtimes, '').replace('</DesktopFormFactor>', `</DesktopFormFactor>${runtimes}`);
    },
    expect: /Runtimes> is out of order|DesktopFormFactor> is out of order/,
  },
  {
    name: 'Permissions before FormSettings',
    mutate: (xml) =>
      xml
        .replace('  <Permissions>ReadWriteItem</Permissions>\n', '')
        .replace('<FormSettings>', '<Permissions>ReadWriteItem</Permissions><FormSettings>'),
    expect: /out of order/,
  },
  {
    name: 'Resources before Hosts in VersionOverridesV1_1',
    mutate: (xml) => {
      const resources = xml.match(/\s*<Resources>[\s\S]*?<\/Resources>/)![0];
      return xml.replace(resources, '').replace(/(\s*<Hosts>\s*<Host xsi:type="MailHost">)/, `${resources}$1`);
    },
    expect: /out of order/,
  },
  {
    name: 'ExtensionPoint before FunctionFile',
    mutate: (xml) => xml.replace('</DesktopFormFactor>', '<FunctionFile resid="Taskpane.Url"/></DesktopFormFactor>'),
    expect: /FunctionFile> is out of order/,
  },
  {
    name: 'dangling resid',
    mutate: (xml) => xml.replace('resid="ComposeButton.Label"', 'resid="Nope.Label"'),
    expect: /"Nope\.Label" is not in bt:ShortStrings/,
  },
  {
    name: 'resid of the wrong kind',
    mutate: (xml) => xml.replace('<Label resid="ReadButton.Label"/>', '<Label resid="ReadButton.Tooltip"/>'),
    expect: /"ReadButton\.Tooltip" is not in bt:ShortStrings/,
  },
  {
    name: 'FunctionName mismatch',
    mutate: (xml) => xml.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'),
    expect: /FunctionName "onSend"/,
  },
  {
    name: 'Block send mode',
    mutate: (xml) => xml.replace('SendMode="PromptUser"', 'SendMode="Block"'),
    expect: /SendMode must be PromptUser/,
  },
  {
    name: 'http URL',
    mutate: (xml) => xml.replace(`${DEV_ORIGIN}/commands.js`, 'http://localhost:3000/commands.js'),
    expect: /must be https/,
  },
  {
    name: 'icon of the wrong size',
    mutate: (xml) => xml.replace('assets/icon-80.png', 'assets/icon-64.png'),
    expect: /expected 80x80/,
  },
  {
    name: 'missing icon file',
    mutate: (xml) => xml.replace('assets/icon-16.png', 'assets/icon-17.png'),
    expect: /icon file missing/,
  },
  {
    name: 'wider permission',
    mutate: (xml) =>
      xml.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'),
    expect: /ReadWriteItem/,
  },
  {
    name: 'compose button renamed',
    mutate: (xml) => xml.replace(`id="${COMPOSE_PANE_COMMAND_ID}"`, 'id="Other.Button"'),
    expect: /compose button id/,
  },
  {
    name: 'no Override for classic Outlook',
    mutate: (xml) => xml.replace(/<Override[^>]*\/>/, ''),
    expect: /exactly one <Override>/,
  },
  {
    name: 'requirement set too low',
    mutate: (xml) => xml.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.5"'),
    expect: /Mailbox 1\.12/,
  },
  {
    name: 'unpinnable pane',
    mutate: (xml) => xml.replace('<SupportsPinning>true</SupportsPinning>', ''),
    expect: /support pinning/,
  },
  { name: 'not well-formed', mutate: (xml) => xml.replace('</Hosts>', ''), expect: /not well-formed/ },
];

describe('manifest inspector catches broken manifests', () => {
  it.each(MUTATIONS)('$name', ({ mutate, expect: pattern }) => {
    const broken = mutate(manifestXml);
    expect(broken).not.toBe(manifestXml);
    const { problems } = inspectManifest(broken, handlerSource);
    expect(problems.join('\n')).toMatch(pattern);
  });

  it('catches a handler file that registers another name', () => {
    const { problems } = inspectManifest(
      manifestXml,
      handlerSource.replace(/associate\((['"])onMessageSendHandler\1/g, "associate('other'"),
    );
    expect(problems.join('\n')).toMatch(/no Office\.actions\.associate/);
  });
});
