import { Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../hosts/WorkbookHost';
import { useEffect, useRef } from 'react';
import { fromA1 } from '../../core';
import { t } from '../strings';
import { VERSION } from '../version';
import { useFundCheck } from '../useFundCheck';
import { ActionBar } from './ActionBar';
import { FillPreview } from './FillPreview';
import { FindingsView } from './FindingsView';
import { WrittenCells } from './WrittenCells';
import { Intro } from './Intro';
import { OverwriteDialog } from './OverwriteDialog';
import { ProgressBanner } from './ProgressBanner';
import { ReportTextPanel } from './ReportTextPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatusNotice } from './StatusNotice';
import { Summary } from './Summary';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  privacy: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  export: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** The task pane. All workbook access goes through `host` (Excel or WPS), so the pane renders the same with the simulated host. */
export function App({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const fundCheck = useFundCheck(host);
  const { state, check, checkReport, checkReportFile, cancel, fill, confirmFill, cancelFill, clear, undo, select, selectCell, updateSettings, dismiss } =
    fundCheck;
  const busy = state.busy !== null;
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const fillButton = useRef<HTMLButtonElement>(null);
  const dialogShown = useRef(false);
  // After a check, focus goes to its summary, which a screen reader then reads out.
  useEffect(() => {
    if (state.analysis) summaryHeading.current?.focus();
  }, [state.analysis]);
  // After the overwrite dialog, focus comes back to 填写得分 once it can take it again.
  useEffect(() => {
    if (state.confirm || state.preview) dialogShown.current = true;
    else if (dialogShown.current && !busy && !state.preview) {
      dialogShown.current = false;
      fillButton.current?.focus();
    }
  }, [state.confirm, state.preview, busy]);
  return (
    <main className={styles.root} aria-busy={busy}>
      <h1 className={styles.title}>{t('appTitle')}</h1>
      <ActionBar
        busy={busy}
        fillRef={fillButton}
        onCheck={() => void check()}
        onFill={() => void fill()}
        onClear={() => void clear()}
        onUndo={() => void undo()}
      />
      <SettingsPanel settings={state.settings} disabled={busy} onChange={(s) => void updateSettings(s)} />
      <ReportTextPanel busy={busy} onCheck={(text) => void checkReport(text)} onCheckFile={(file) => void checkReportFile(file)} />
      {!state.analysis && !state.busy && <Intro />}
      {state.busy && <ProgressBanner busy={state.busy} onCancel={cancel} />}
      {state.notice && <StatusNotice notice={state.notice} onDismiss={dismiss} />}
      {state.leftMarks > 0 && !state.analysis && !busy && (
        <MessageBar intent="info" layout="multiline" data-testid="leftMarks">
          <MessageBarBody>{t('leftMarks', { count: state.leftMarks })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void clear()}>
              {t('clear')}
            </Button>
            <Button size="small" onClick={() => void check()}>
              {t('recheck')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.analysis && <Summary analysis={state.analysis} headingRef={summaryHeading} />}
      {state.analysis && state.analysis.findings.length > 0 && (
        <div className={styles.export}>
          <Button size="small" disabled={busy} onClick={() => void fundCheck.exportFindings()}>
            {t('exportAction')}
          </Button>
          {state.exported && (
            <Button size="small" appearance="subtle" disabled={busy} onClick={() => void fundCheck.removeExport()}>
              {t('exportUndo')}
            </Button>
          )}
        </div>
      )}
      {state.analysis && (
        <FindingsView
          analysis={state.analysis}
          sheets={state.sheets}
          formats={state.formats}
          onSelect={(f) => void select(f)}
          onSelectCell={(ref) => void selectCell(ref)}
        />
      )}
      {state.written.length > 0 && !busy && <WrittenCells written={state.written} onSelect={(sheet, cell) => void selectCell({ sheet, ...fromA1(cell) })} />}
      {state.preview && (
        <FillPreview fills={state.preview} tables={state.analysis?.tables ?? []} onConfirm={fundCheck.confirmPreview} onCancel={fundCheck.cancelPreview} />
      )}
      {state.confirm && <OverwriteDialog occupied={state.confirm} onChoose={(mode) => void confirmFill(mode)} onCancel={cancelFill} />}
      <p className={styles.privacy}>{t('privacyNote')}</p>
      <footer className={styles.footer}>
        {/* The help page ships with the add-in (help.html beside the pane): nothing is fetched from elsewhere. */}
        <Link href="help.html" target="_blank" rel="noopener">
          {t('help')}
        </Link>
        <span>{t('versionLabel', { version: VERSION })}</span>
      </footer>
    </main>
  );
}
