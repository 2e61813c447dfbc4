import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PaneHost } from '../office/paneHost';
import type { PaneController } from './controller';
import { FindingList } from './components/FindingList';
import { WaitHeader } from './components/WaitHeader';
import { VISUALLY_HIDDEN } from './styles';

// Settings are opened rarely: their form controls load on first use, keeping the pane quick to open.
const SettingsPanel = lazy(() =>
  import(/* webpackChunkName: "settings" */ './components/SettingsPanel').then((m) => ({ default: m.SettingsPanel })),
);

/**
 * How often the open draft is re-read while the pane is visible (Outlook has no change event). An
 * unchanged body costs one getAsync and a string comparison; 150 ms keeps an edit's findings within
 * 300 ms even when the analysis itself takes 100 ms.
 */
export const POLL_MS = 150;

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    minWidth: '280px',
  },
  visuallyHidden: VISUALLY_HIDDEN,
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  center: { padding: tokens.spacingVerticalXXL, display: 'flex', justifyContent: 'center' },
});

export interface AppProps {
  controller: PaneController;
  host: Pick<PaneHost, 'theme'>;
}

function themeFor(name: ReturnType<PaneHost['theme']>) {
  if (name === 'dark') return webDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return webLightTheme;
}

export function App({ controller, host }: AppProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const [view, setView] = useState<'coach' | 'settings'>('coach');
  const styles = useStyles();
  const theme = themeFor(host.theme());
  const mainRef = useRef<HTMLElement>(null);

  // Apply, Ignore, Turn off and Undo remove the button that had focus. Keyboard and screen reader
  // users would be dropped at the top of the page, so once the action has settled, focus goes to
  // the notice that reports it (Apply, Turn off) or to the next finding (Ignore, which reports nothing).
  const keepFocus = (action: Promise<unknown>, reportedBy: 'notice' | 'next') => {
    void action.then(() =>
      setTimeout(() => {
        const active = document.activeElement;
        const main = mainRef.current;
        if (!main || (active && active !== document.body && active.isConnected)) return;
        const notice = main.querySelector<HTMLElement>('[data-testid="notice"]');
        const next =
          main.querySelector<HTMLElement>('[data-testid="finding"] button') ||
          main.querySelector<HTMLElement>('[data-testid="clean"] button');
        const target = reportedBy === 'notice' ? notice || next : next || notice;
        if (target) target.focus();
      }, 0),
    );
  };

  // Poll while visible; re-check at once when the pane regains focus.
  useEffect(() => {
    const tick = () => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') void controller.refresh();
    };
    const timer = setInterval(tick, POLL_MS);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [controller]);

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root} aria-label="Reply Coach" ref={mainRef}>
        <h1 className={styles.visuallyHidden}>Reply Coach</h1>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as 'coach' | 'settings')}
        >
          <Tab value="coach">Coach</Tab>
          <Tab value="settings">Settings</Tab>
        </TabList>

        {state.settingsNotice && (
          <MessageBar intent="warning">
            <MessageBarBody>{state.settingsNotice}</MessageBarBody>
          </MessageBar>
        )}

        {state.notice && (
          <MessageBar intent={state.notice.kind} data-testid="notice" tabIndex={-1}>
            <MessageBarBody>{state.notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  aria-label="Dismiss"
                  onClick={() => keepFocus(Promise.resolve(controller.dismissNotice()), 'next')}
                >
                  ✕
                </Button>
              }
            >
              {state.canUndo && state.notice.kind === 'success' && (
                <Button size="small" onClick={() => keepFocus(controller.undo(), 'notice')}>
                  Undo
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        )}

        {view === 'settings' ? (
          <Suspense fallback={<Spinner label="Opening settings…" />}>
            <SettingsPanel
              settings={state.settings}
              rules={state.rules}
              onSave={(next) => controller.saveSettings(next)}
            />
          </Suspense>
        ) : state.status === 'loading' ? (
          <div className={styles.center}>
            <Spinner label="Reading the thread…" />
          </div>
        ) : state.status === 'error' ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Couldn't read this email</MessageBarTitle>
              {state.error}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void controller.start()}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        ) : state.status === 'no-item' ? (
          <MessageBar intent="info">
            <MessageBarBody>Open a message or start a reply to see how long your client has waited.</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <WaitHeader summary={state.summary} mode={state.item ? state.item.mode : 'compose'} />
            {state.item && state.item.mode === 'compose' && (
              <FindingList
                state={state}
                onApply={(f, s) => keepFocus(controller.apply(f, s), 'notice')}
                onIgnore={(f) => keepFocus(controller.ignore(f), 'next')}
                onTurnOff={(ruleId) => keepFocus(controller.turnOffRule(ruleId), 'notice')}
                onUndo={() => keepFocus(controller.undo(), 'notice')}
                onSendNow={() => void controller.sendNow()}
              />
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
