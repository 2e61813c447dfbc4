import { Badge, Caption1, Subtitle2, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { DateTime } from 'luxon';
import {
  formatBusinessDuration,
  formatDuration,
  formatPerson,
  slaLabel,
  type ThreadSummary,
} from '../../thread/summary';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  ok: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  'due-soon': { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  overdue: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  unknown: { borderLeftColor: tokens.colorNeutralStroke1 },
  none: { borderLeftColor: tokens.colorNeutralStroke1 },
  row: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  wait: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  who: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  focusable: { cursor: 'help', borderRadius: tokens.borderRadiusSmall },
  tipHost: { position: 'relative' },
  tip: {
    position: 'absolute',
    top: '100%',
    left: 0,
    zIndex: 1,
    marginTop: tokens.spacingVerticalXS,
    width: 'max-content',
    maxWidth: 'min(260px, 80vw)',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorTransparentStroke}`,
    boxShadow: tokens.shadow16,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  hidden: { display: 'none' },
});

/**
 * The exact times behind the headline, shown while it is hovered or focused (Escape hides it).
 * A plain positioned tip: the header needs nothing of a full popup positioning engine.
 */
function ExactTime({ exact, className, children }: { exact: string; className: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId('exact-time');
  const [shown, setShown] = useState(false);
  return (
    <span className={styles.tipHost} onMouseEnter={() => setShown(true)} onMouseLeave={() => setShown(false)}>
      <span
        tabIndex={0}
        className={className}
        aria-describedby={id}
        data-testid="wait"
        onFocus={() => setShown(true)}
        onBlur={() => setShown(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setShown(false);
        }}
      >
        {children}
      </span>
      <span role="tooltip" id={id} className={mergeClasses(styles.tip, !shown && styles.hidden)}>
        {exact}
      </span>
    </span>
  );
}

const BADGE: Record<string, 'success' | 'warning' | 'danger' | 'informative'> = {
  ok: 'success',
  'due-soon': 'warning',
  overdue: 'danger',
  unknown: 'informative',
  none: 'informative',
};

export interface WaitHeaderProps {
  summary: ThreadSummary | null;
  mode: 'compose' | 'read';
}

function firstName(name: string | null | undefined): string {
  if (!name) return 'The client';
  return name.trim().split(/\s+/)[0];
}

/** "Dana wrote Thu 9:05 — 1 day 1 hour of business time" */
function exactLine(summary: ThreadSummary): string {
  if (!summary.waitingSince) return '';
  const when = DateTime.fromISO(summary.waitingSince, { zone: summary.timeZone.zone });
  const written = when.isValid ? when.toFormat('ccc d LLL, HH:mm') : summary.waitingSince;
  const business = summary.waited.businessMinutes;
  const who = firstName(summary.client ? summary.client.name || summary.client.address : null);
  return `${who} wrote ${written} (${summary.timeZone.zone})${
    business === null ? '' : ` — ${formatDuration(business)} of business time`
  }`;
}

export function WaitHeader({ summary, mode }: WaitHeaderProps) {
  const styles = useStyles();
  if (!summary) {
    return (
      <section
        className={`${styles.card} ${styles.unknown}`}
        aria-label="Client waiting time"
        data-testid="wait-header"
      >
        <Subtitle2>Waiting time unknown</Subtitle2>
        <Caption1 className={styles.muted}>
          {mode === 'read' ? 'This message has no arrival time.' : 'No earlier client message was found in this reply.'}
        </Caption1>
      </section>
    );
  }
  const state = summary.sla.state;
  const calendar = summary.waited.calendarMinutes;
  const business = summary.waited.businessMinutes;
  const who = summary.client ? formatPerson(summary.client) : null;

  let headline: string;
  let detail: string;
  if (state === 'none') {
    headline = summary.messages.length === 0 ? 'No earlier messages' : 'Nobody is waiting on you';
    detail =
      summary.messages.length === 0
        ? 'This reply has no quoted history to time.'
        : summary.client
          ? 'You replied last in this thread.'
          : 'Only you and colleagues wrote in this thread.';
  } else if (state === 'unknown' || calendar === null || business === null) {
    headline = 'Waiting time unknown';
    detail = 'The date of the client’s message could not be read, so no number is shown rather than a wrong one.';
  } else {
    headline = formatDuration(calendar);
    detail = `${formatBusinessDuration(business)} · target ${formatBusinessDuration(summary.sla.targetMinutes, 'short')}`;
  }
  const exact = exactLine(summary);

  return (
    <section
      className={`${styles.card} ${styles[state] || ''}`}
      aria-label="Client waiting time"
      data-testid="wait-header"
      data-sla={state}
    >
      {who && (
        <Text weight="semibold" className={styles.who} data-testid="client">
          {who}
        </Text>
      )}
      <div className={styles.row}>
        {exact ? (
          <ExactTime exact={exact} className={`${styles.wait} ${styles.focusable}`}>
            {headline}
          </ExactTime>
        ) : (
          <span className={styles.wait} data-testid="wait">
            {headline}
          </span>
        )}
        {state !== 'none' && (
          <Badge appearance="tint" color={BADGE[state]} data-testid="sla">
            {state === 'unknown' ? 'unknown' : slaLabel(state)}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.muted}>
        {mode === 'read' && state !== 'none' ? `Since this message arrived · ${detail}` : detail}
      </Caption1>
      {summary.timeZone.fallback && (
        <Caption1 className={styles.muted}>
          Your time zone was not recognised; times are in UTC. Set it in Settings.
        </Caption1>
      )}
    </section>
  );
}
