// The playground page: an editable draft (standing in for Outlook's compose window), a picker
// of sample threads, and the real task pane in an iframe wired to a simulated mailbox.
import { PLAYGROUND_USER, buildSamples, type Sample } from './samples';
import { SimulatedMailbox, type DraftSurface, type SettingsStorage, type SimulatedItem } from './simulatedMailbox';

export interface PlaygroundBridge {
  mailbox: SimulatedMailbox;
  theme: 'light' | 'dark';
}

declare global {
  interface Window {
    __replyCoachPlayground?: PlaygroundBridge;
  }
}

const STORAGE_KEY = 'replyCoach.playground.roamingSettings';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing`);
  return el as T;
}

const params = new URLSearchParams(location.search);
const samples = buildSamples(params.get('now') ? new Date(params.get('now') as string) : new Date());
const editor = byId<HTMLDivElement>('draft');
const sampleSelect = byId<HTMLSelectElement>('sample');
const widthSelect = byId<HTMLSelectElement>('width');
const themeSelect = byId<HTMLSelectElement>('theme');
const failBox = byId<HTMLInputElement>('fail');
const frame = byId<HTMLIFrameElement>('pane');

const surface: DraftSurface = {
  getHtml: () => editor.innerHTML,
  setHtml: (html) => {
    editor.innerHTML = html;
  },
  getText: () => editor.innerText,
  setText: (text) => {
    editor.textContent = text;
  },
  isHtml: () => true,
  getSelection: () => {
    const selection = window.getSelection();
    return selection && editor.contains(selection.anchorNode) ? selection.toString() : '';
  },
  replaceSelection: (text) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !editor.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
  },
};

const storage: SettingsStorage = {
  load: () => {
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  },
  save: (values) => localStorage.setItem(STORAGE_KEY, JSON.stringify(values)),
};

function toItem(sample: Sample): SimulatedItem {
  return {
    mode: sample.mode,
    conversationId: `playground-${sample.id}`,
    subject: sample.subject,
    from: sample.from,
    dateTimeCreated: sample.receivedAt,
    initializationContext: params.get('context') || undefined,
  };
}

function show(sample: Sample): void {
  // Samples are the playground's own markup, not mail from outside.
  editor.innerHTML = sample.html;
  editor.contentEditable = sample.mode === 'compose' ? 'true' : 'false';
  document.body.classList.toggle('readonly', sample.mode === 'read');
  byId('subject').textContent = sample.subject;
  byId('to').textContent = sample.from
    ? `${PLAYGROUND_USER.displayName} <${PLAYGROUND_USER.emailAddress}>`
    : sample.to || '';
}

for (const sample of samples) {
  const option = document.createElement('option');
  option.value = sample.id;
  option.textContent = sample.title;
  sampleSelect.appendChild(option);
}
const initial = samples.find((s) => s.id === params.get('sample')) || samples[0];
sampleSelect.value = initial.id;
widthSelect.value = params.get('width') || '360';
themeSelect.value = params.get('theme') === 'dark' ? 'dark' : 'light';
show(initial);

const mailbox = new SimulatedMailbox(surface, PLAYGROUND_USER, storage, toItem(initial));
window.__replyCoachPlayground = { mailbox, theme: themeSelect.value as 'light' | 'dark' };

function loadPane(): void {
  frame.style.width = `${widthSelect.value}px`;
  frame.src = 'playground-pane.html';
}

sampleSelect.addEventListener('change', () => {
  const sample = samples.find((s) => s.id === sampleSelect.value) || samples[0];
  show(sample);
  mailbox.switchItem(toItem(sample));
});
widthSelect.addEventListener('change', () => {
  frame.style.width = `${widthSelect.value}px`;
});
themeSelect.addEventListener('change', () => {
  window.__replyCoachPlayground = { mailbox, theme: themeSelect.value as 'light' | 'dark' };
  loadPane();
});
failBox.addEventListener('change', () => {
  mailbox.failBodyReads = failBox.checked;
});
byId<HTMLButtonElement>('reset').addEventListener('click', () => {
  localStorage.removeItem(STORAGE_KEY);
  location.reload();
});

loadPane();
