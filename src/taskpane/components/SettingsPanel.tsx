import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RuleInfo } from '../../core';
import type { ReplyCoachSettings, SendCheckLevel } from '../../core/settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    margin: 0,
    border: 'none',
  },
  days: { display: 'flex', flexWrap: 'wrap' },
  legend: {
    padding: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function listToText(list: string[]): string {
  return list.join(', ');
}
function textToList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

interface Draft {
  days: number[];
  start: string;
  end: string;
  timeZone: string;
  holidays: string;
  slaHours: string;
  ownDomains: string;
  colleagues: string;
  clientDomains: string;
  sendCheck: SendCheckLevel;
  disabled: Set<string>;
  phrases: string;
  graphClientId: string;
}

function toDraft(s: ReplyCoachSettings): Draft {
  const h = s.schedule.holidays;
  return {
    days: s.schedule.days.slice(),
    start: s.schedule.start,
    end: s.schedule.end,
    timeZone: s.schedule.timeZone || '',
    holidays: h ? [h.country, h.state, h.region].filter(Boolean).join('-') : '',
    slaHours: String(s.slaMinutes / 60),
    ownDomains: listToText(s.ownDomains),
    colleagues: listToText(s.colleagues),
    clientDomains: listToText(s.clientDomains),
    sendCheck: s.sendCheck,
    disabled: new Set(Object.keys(s.rules).filter((id) => s.rules[id].enabled === false)),
    phrases: s.customPhrases.map((p) => `${p.phrase} => ${p.replacement}`).join('\n'),
    graphClientId: s.graphClientId,
  };
}

/** Validate the form; returns the settings or the first problem in words. */
function fromDraft(d: Draft, base: ReplyCoachSettings): { settings: ReplyCoachSettings } | { error: string } {
  if (d.days.length === 0) return { error: 'Pick at least one working day.' };
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.start) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(d.end) || d.start >= d.end) {
    return { error: 'Working hours need a start before the end, as HH:MM (24 h).' };
  }
  const sla = Number(d.slaHours);
  if (!(sla > 0 && sla <= 24 * 30))
    return { error: 'The reply target must be between a few minutes and 720 business hours.' };
  const holidayParts = d.holidays.trim() ? d.holidays.trim().split('-') : [];
  if (holidayParts.length > 0 && !/^[A-Za-z]{2}$/.test(holidayParts[0])) {
    return { error: 'Holidays region must start with a two-letter country code, e.g. US, GB-ENG or DE-BY.' };
  }
  const customPhrases: ReplyCoachSettings['customPhrases'] = [];
  for (const line of d.phrases.split('\n')) {
    if (!line.trim()) continue;
    const [phrase, replacement] = line.split('=>');
    if (!phrase || !phrase.trim() || replacement === undefined) {
      return { error: `Custom phrases take the form "phrase => rewrite": "${line.trim()}"` };
    }
    customPhrases.push({ phrase: phrase.trim(), replacement: replacement.trim(), category: 'vague-commitment' });
  }
  const rules: ReplyCoachSettings['rules'] = {};
  for (const id of Object.keys(base.rules)) if (!d.disabled.has(id)) rules[id] = { ...base.rules[id], enabled: true };
  d.disabled.forEach((id) => (rules[id] = { ...base.rules[id], enabled: false }));
  return {
    settings: {
      ...base,
      schedule: {
        days: d.days.slice().sort(),
        start: d.start,
        end: d.end,
        timeZone: d.timeZone.trim() || null,
        holidays: holidayParts.length
          ? {
              country: holidayParts[0].toUpperCase(),
              ...(holidayParts[1] ? { state: holidayParts[1].toUpperCase() } : {}),
              ...(holidayParts[2] ? { region: holidayParts[2].toUpperCase() } : {}),
            }
          : null,
      },
      slaMinutes: Math.round(sla * 60),
      ownDomains: textToList(d.ownDomains),
      colleagues: textToList(d.colleagues),
      clientDomains: textToList(d.clientDomains),
      sendCheck: d.sendCheck,
      rules,
      customPhrases,
      graphClientId: d.graphClientId.trim(),
    },
  };
}

export interface SettingsPanelProps {
  settings: ReplyCoachSettings;
  /** The rules to list (from the engine, once loaded). */
  rules: RuleInfo[];
  onSave(settings: ReplyCoachSettings): Promise<boolean>;
}

export function SettingsPanel({ settings, rules, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setDraft(toDraft(settings)), [settings]);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    const result = fromDraft(draft, settings);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    setSaving(true);
    await onSave(result.settings);
    setSaving(false);
  };

  return (
    <form
      className={styles.form}
      aria-label="Settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.section}>
        <legend className={styles.legend}>Working hours</legend>
        <div className={styles.days} role="group" aria-label="Working days">
          {DAY_NAMES.map((name, i) => (
            <Checkbox
              key={name}
              label={name}
              checked={draft.days.includes(i + 1)}
              onChange={(_, data) =>
                update({ days: data.checked ? [...draft.days, i + 1] : draft.days.filter((d) => d !== i + 1) })
              }
            />
          ))}
        </div>
        <div className={styles.row}>
          <Field label="Start">
            <Input value={draft.start} onChange={(_, d) => update({ start: d.value })} style={{ width: 90 }} />
          </Field>
          <Field label="End">
            <Input value={draft.end} onChange={(_, d) => update({ end: d.value })} style={{ width: 90 }} />
          </Field>
        </div>
        <Field label="Time zone" hint="IANA name such as Europe/London; empty uses Outlook's zone.">
          <Input value={draft.timeZone} onChange={(_, d) => update({ timeZone: d.value })} />
        </Field>
        <Field label="Public holidays" hint="Country or region code, e.g. US, GB-ENG, DE-BY; empty for none.">
          <Input value={draft.holidays} onChange={(_, d) => update({ holidays: d.value })} />
        </Field>
        <Field label="Reply target (business hours)">
          <Input type="number" value={draft.slaHours} onChange={(_, d) => update({ slaHours: d.value })} />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Who is who</legend>
        <Field label="Your organisation's domains" hint="People at these domains are colleagues, not clients.">
          <Input value={draft.ownDomains} onChange={(_, d) => update({ ownDomains: d.value })} />
        </Field>
        <Field label="Colleagues' addresses">
          <Input value={draft.colleagues} onChange={(_, d) => update({ colleagues: d.value })} />
        </Field>
        <Field label="Client domains" hint="Always clients, even at your own domain.">
          <Input value={draft.clientDomains} onChange={(_, d) => update({ clientDomains: d.value })} />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Check on send</legend>
        <RadioGroup value={draft.sendCheck} onChange={(_, d) => update({ sendCheck: d.value as SendCheckLevel })}>
          <Radio value="serious" label="Stop only for serious problems" />
          <Radio value="all" label="Stop for every warning" />
          <Radio value="off" label="Don't check on send" />
        </RadioGroup>
        <Caption1 className={styles.muted}>
          Classic Outlook on Windows checks excuses, personal problems and blame itself; the other problems it stops for
          are the ones this pane has found in the draft.
        </Caption1>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Rules</legend>
        {rules.map((rule) => (
          <Switch
            key={rule.id}
            label={rule.description}
            checked={!draft.disabled.has(rule.id)}
            onChange={(_, d) => {
              const disabled = new Set(draft.disabled);
              if (d.checked) disabled.delete(rule.id);
              else disabled.add(rule.id);
              update({ disabled });
            }}
          />
        ))}
        <Field label="Your own phrases" hint='One per line: "phrase => rewrite".'>
          <Textarea value={draft.phrases} onChange={(_, d) => update({ phrases: d.value })} resize="vertical" />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>Exact times (optional)</legend>
        <Field
          label="Microsoft Entra app (client) id"
          hint="With an app registration, Reply Coach reads exact message times from Microsoft Graph. Without it, times come from the quoted history and nothing leaves your computer."
        >
          <Input value={draft.graphClientId} onChange={(_, d) => update({ graphClientId: d.value })} />
        </Field>
      </fieldset>

      {error && (
        <Caption1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {error}
        </Caption1>
      )}
      <Button appearance="primary" type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
