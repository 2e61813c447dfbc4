import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../../core/categories';
import { findingKey } from '../../core/findingKey';
import type { Category, Finding, Suggestion } from '../../core/types';
import type { PaneState } from '../controller';
import { previewSuggestion } from '../../core/preview';
import { wordDiff } from '../diff';
import { VISUALLY_HIDDEN } from '../styles';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  groupTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  fromSend: { outline: `2px solid ${tokens.colorPaletteRedBorder2}` },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
  },
  diff: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
    lineHeight: tokens.lineHeightBase300,
  },
  removed: {
    textDecorationLine: 'line-through',
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  added: {
    textDecorationLine: 'none',
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  visuallyHidden: VISUALLY_HIDDEN,
  clean: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const SEVERITY_COLOR = { serious: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingListProps {
  state: PaneState;
  onApply(finding: Finding, suggestion: Suggestion): void;
  onIgnore(finding: Finding): void;
  onTurnOff(ruleId: string): void;
  onUndo(): void;
  onSendNow(): void;
}

export function FindingList({ state, onApply, onIgnore, onTurnOff, onUndo, onSendNow }: FindingListProps) {
  const styles = useStyles();
  const fromSend = new Set(state.fromSend);
  const stopped = state.findings.filter((f) => fromSend.has(findingKey(f)));

  if (state.language && state.language.code !== 'en') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{state.language.note || 'This draft is not in English, so it is not coached.'}</MessageBarBody>
      </MessageBar>
    );
  }

  if (state.findings.length === 0) {
    return (
      <section className={styles.clean} data-testid="clean" aria-live="polite">
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Ready to send</MessageBarTitle>
            Nothing in this reply should cost you the client’s trust.
          </MessageBarBody>
          {state.canUndo && (
            <MessageBarActions>
              <Button size="small" onClick={onUndo}>
                Undo last rewrite
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
        {state.fromSend.length > 0 && state.canSendNow && (
          <Button appearance="primary" onClick={onSendNow}>
            Send now
          </Button>
        )}
      </section>
    );
  }

  const groups = new Map<Category, Finding[]>();
  for (const f of state.findings) {
    const list = groups.get(f.category) || [];
    list.push(f);
    groups.set(f.category, list);
  }
  const ordered = CATEGORY_ORDER.filter((c) => groups.has(c));
  // Findings that stopped the send lead, so their categories come first.
  const stoppedCategories = new Set(stopped.map((f) => f.category));
  ordered.sort((a, b) => (stoppedCategories.has(a) ? 0 : 1) - (stoppedCategories.has(b) ? 0 : 1));

  return (
    <div className={styles.list} data-testid="findings" aria-live="polite">
      {stopped.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Your send was paused</MessageBarTitle>
            Fix or ignore what is outlined in red, then send again.
          </MessageBarBody>
          {state.canSendNow && (
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={onSendNow}>
                Send now
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <Caption1>
        {state.findings.length === 1 ? '1 thing to fix' : `${state.findings.length} things to fix`} before you send
      </Caption1>
      {ordered.map((category) => {
        const list = groups.get(category) || [];
        const headingId = `group-${category}`;
        return (
          <section key={category} className={styles.group} aria-labelledby={headingId} data-category={category}>
            <div className={styles.groupTitle}>
              <Subtitle2 as="h2" id={headingId} style={{ margin: 0 }}>
                {CATEGORY_LABELS[category]}
              </Subtitle2>
              <Badge appearance="filled" color="subtle" size="small">
                {list.length}
              </Badge>
            </div>
            {list.map((finding) => (
              <FindingCard
                key={`${findingKey(finding)}@${finding.start}`}
                finding={finding}
                text={state.text}
                stopped={fromSend.has(findingKey(finding))}
                className={styles}
                onApply={onApply}
                onIgnore={onIgnore}
                onTurnOff={onTurnOff}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

interface CardProps {
  finding: Finding;
  text: string;
  stopped: boolean;
  className: ReturnType<typeof useStyles>;
  onApply(finding: Finding, suggestion: Suggestion): void;
  onIgnore(finding: Finding): void;
  onTurnOff(ruleId: string): void;
}

function FindingCard({ finding, text, stopped, className: styles, onApply, onIgnore, onTurnOff }: CardProps) {
  return (
    <article
      className={`${styles.card} ${stopped ? styles.fromSend : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      aria-label={`${CATEGORY_LABELS[finding.category]}: ${finding.text}`}
    >
      <blockquote className={styles.quote}>{finding.text}</blockquote>
      <Body1>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} size="small">
          {finding.severity}
        </Badge>{' '}
        {finding.message}
      </Body1>
      {finding.suggestions.map((suggestion, index) => {
        const preview = previewSuggestion(text, finding, suggestion.edits);
        const parts = wordDiff(preview.before, preview.after);
        return (
          <div key={index} data-testid="suggestion">
            <Caption1>{suggestion.label}</Caption1>
            {/* Screen readers ignore aria-label on a paragraph and read the diff as one run of
                old and new words, so they get the rewritten passage as text and the diff stays visual. */}
            <p className={styles.diff}>
              <span className={styles.visuallyHidden}>{`Rewrite: ${preview.after || '(remove the passage)'}`}</span>
              <span aria-hidden="true" data-testid="diff">
                {parts.map((part, i) =>
                  part.kind === 'same' ? (
                    <span key={i}>{part.text}</span>
                  ) : part.kind === 'removed' ? (
                    <del key={i} className={styles.removed}>
                      {part.text}
                    </del>
                  ) : (
                    <ins key={i} className={styles.added}>
                      {part.text}
                    </ins>
                  ),
                )}
              </span>
            </p>
            <div className={styles.actions}>
              <Button
                size="small"
                appearance={index === 0 ? 'primary' : 'secondary'}
                onClick={() => onApply(finding, suggestion)}
                aria-label={`Apply rewrite: ${suggestion.label}`}
              >
                Apply
              </Button>
            </div>
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={() => onIgnore(finding)}>
          Ignore
        </Button>
        <Button size="small" appearance="subtle" onClick={() => onTurnOff(finding.ruleId)}>
          Turn off this rule
        </Button>
      </div>
    </article>
  );
}
