import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  cellKey,
  PRESET_CHOICES,
  type PlannedFill,
  paragraphsOfText,
  toA1,
  type Analysis,
  type CellRef,
  type Finding,
  type ReportDocument,
  type SheetVisibility,
  type WorkbookGrid,
} from '../core';
import type { FillMode, OccupiedCell, Outcome, StoredSettings, WorkbookHost } from '../hosts/WorkbookHost';
import { analyseOffThread } from './analysis/analyseOffThread';
import { exportTable } from './exportTable';
import { readReportFile, ReportFileError } from './analysis/readReportFile';
import { yieldToPane } from './analysis/yieldToPane';
import { checkNotice, fillNotice, restoreNotice, withMarks, type Notice } from './notices';
import { DEFAULT_SETTINGS } from './policyFromSettings';
import { problemMessage } from './problemMessage';
import { t, type StringKey } from './strings';

export type { Notice };

export type Phase = 'reading' | 'analysing' | 'highlighting' | 'filling' | 'clearing' | 'undoing';

export interface Busy {
  phase: Phase;
  done?: number;
  total?: number;
  /** Sheets being checked, for the analysing phase. */
  sheets?: number;
  /** Whether the cancel button works now: reading and analysing only, never midway through a write. */
  cancellable: boolean;
}

/** What the pane shows beside a sheet's name in the list. */
export interface SheetState {
  visibility: SheetVisibility;
  protected: boolean;
}

export interface FundCheckState {
  busy: Busy | null;
  analysis: Analysis | null;
  sheets: ReadonlyMap<string, SheetState>;
  notice: Notice | null;
  /** Non-empty cells a fill would replace, while the pane asks what to do. */
  confirm: OccupiedCell[] | null;
  settings: StoredSettings;
  /** The number format of each finding's cell (by cellKey), so the pane shows its figures as the sheet does. */
  formats: ReadonlyMap<string, string>;
  /** Cells an earlier check marked (the pane opened on a marked workbook), until they are cleared or checked again. */
  leftMarks: number;
  /** 填写得分's list of what it will write, shown before anything is written. */
  preview: PlannedFill[] | null;
  /** The cells the last 填写得分 wrote (`Sheet!A1`), listed until 撤销填写. */
  written: string[];
  /** The sheet 导出核对结果 wrote in this session, until it is deleted. */
  exported: string | null;
}

/**
 * The pane's workflow over the host: 一键核对 reads, analyses (in a worker, cancellable) and marks; 填写得分 fills
 * after a check and asks before replacing anything; 清除标记 and 撤销填写 restore from what the workbook stored.
 * Every outcome ends as a notice in Chinese; nothing throws into the components.
 */
export function useFundCheck(host: WorkbookHost) {
  const [state, setState] = useState<FundCheckState>({
    busy: null,
    analysis: null,
    sheets: new Map(),
    notice: null,
    confirm: null,
    settings: DEFAULT_SETTINGS,
    formats: new Map(),
    leftMarks: 0,
    preview: null,
    written: [],
    exported: null,
  });
  const settingsRef = useRef(state.settings);
  const abortRef = useRef<AbortController | null>(null);
  /** The workbook's sheets as last read: the highlight that follows a check needs them before React draws them. */
  const sheetsRef = useRef<ReadonlyMap<string, SheetState>>(new Map());
  const notesWarned = useRef(false);
  const set = (patch: Partial<FundCheckState>) => setState((s) => ({ ...s, ...patch }));
  const fail = (outcome: Extract<Outcome<unknown>, { ok: false }>) =>
    set({ busy: null, notice: { intent: outcome.problem.kind === 'cancelled' ? 'info' : 'error', text: problemMessage(outcome.problem) } });

  useEffect(() => {
    void host.loadSettings().then((loaded) => {
      if (loaded.ok && loaded.value) {
        settingsRef.current = loaded.value;
        set({ settings: loaded.value });
      }
    });
    // Coloured cells from an earlier session explain themselves: the pane says how many, beside 清除标记 and 重新核对.
    void host.leftBehind().then((left) => {
      if (left.ok && left.value.marks > 0) setState((s) => (s.analysis ? s : { ...s, leftMarks: left.value.marks }));
    });
  }, [host]);

  /** Read and analyse (with the report's text, when given); returns the analysis, or null after showing why not. */
  const analyse = useCallback(
    async (documents: ReportDocument[] = []): Promise<Analysis | null> => {
      const abort = new AbortController();
      abortRef.current = abort;
      set({ busy: { phase: 'reading', cancellable: true }, notice: null, leftMarks: 0 });
      await yieldToPane();
      const read = await host.read((done, total) => set({ busy: { phase: 'reading', done, total, cancellable: true } }), abort.signal);
      if (!read.ok) {
        fail(read);
        return null;
      }
      set({ busy: { phase: 'analysing', sheets: read.value.sheets.length, cancellable: true } });
      const sheets = new Map(read.value.sheets.map((s) => [s.name, { visibility: s.visibility ?? 'visible', protected: s.protected === true }]));
      try {
        const analysed = await analyseOffThread(read.value, settingsRef.current, abort.signal, documents);
        // A table inside the report's document is checked, never filled: it is no sheet of the workbook.
        const analysis = documents.length ? { ...analysed, fills: analysed.fills.filter((f) => sheets.has(f.at.sheet)) } : analysed;
        // A transition: React draws the results in slices, so a long list never freezes the pane.
        sheetsRef.current = sheets;
        const formats = findingFormats(read.value, analysis.findings);
        startTransition(() => set({ analysis, sheets, formats }));
        return analysis;
      } catch (error) {
        if (abort.signal.aborted) fail({ ok: false, problem: { kind: 'cancelled' } });
        else set({ busy: null, notice: { intent: 'error', text: t('analysisFailed', { message: error instanceof Error ? error.message : String(error) }) } });
        return null;
      } finally {
        abortRef.current = null;
      }
    },
    [host],
  );

  const highlight = async (analysis: Analysis, done: Notice): Promise<void> => {
    set({ busy: { phase: 'highlighting', cancellable: false } });
    await yieldToPane();
    // The report's findings are listed, never marked: their figures are in its text or its own tables, not in a cell.
    const marked = await host.highlight(
      analysis.findings.filter((f) => !f.text && sheetsRef.current.has(f.at.sheet)),
      noteText,
    );
    if (!marked.ok) return fail(marked);
    // That this Excel cannot write notes is said once a session, not after every check.
    const notesUnsupported = marked.value.notesUnsupported === true && !notesWarned.current;
    if (notesUnsupported) notesWarned.current = true;
    set({ busy: null, notice: withMarks(done, { ...marked.value, notesUnsupported }) });
  };

  const check = useCallback(async () => {
    const analysis = await analyse();
    if (analysis) await highlight(analysis, checkNotice(analysis));
  }, [analyse]);

  /** 核对报告正文: the workbook checked with the report's text pasted into the pane; nothing leaves the pane. */
  const checkReport = useCallback(
    async (text: string) => {
      const analysis = await analyse([paragraphsOfText(t('pastedReportName'), text)]);
      if (analysis) await highlight(analysis, checkNotice(analysis));
    },
    [analyse],
  );

  /** 核对报告正文 from a file picked in the pane (.docx or .txt): read here, never uploaded. */
  const checkReportFile = useCallback(
    async (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) => {
      let document: ReportDocument;
      try {
        document = readReportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        set({ notice: { intent: 'error', text: error instanceof ReportFileError ? error.message : t('reportFileDamaged', { name: file.name }) } });
        return;
      }
      const analysis = await analyse([document]);
      if (analysis) await highlight(analysis, checkNotice(analysis));
    },
    [analyse],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const runFill = useCallback(
    async (mode: FillMode) => {
      set({ confirm: null });
      const analysis = state.analysis ?? (await analyse());
      if (!analysis) return;
      if (analysis.fills.length === 0) {
        set({ busy: null, notice: { intent: 'info', text: t('fillNothing') } });
        return;
      }
      set({ busy: { phase: 'filling', cancellable: false } });
      await yieldToPane();
      const filled = await host.fill(analysis.fills, mode, analysis.tables);
      if (!filled.ok) return fail(filled);
      if (filled.value.kind === 'needsConfirmation') {
        set({ busy: null, confirm: filled.value.occupied });
        return;
      }
      const notice = fillNotice(filled.value);
      set({ written: filled.value.written });
      // The filled cells change what the check finds: check again so list and marks match the workbook.
      const again = await analyse();
      if (again) await highlight(again, notice);
    },
    [host, analyse, state.analysis],
  );

  const cancelFill = useCallback(() => set({ confirm: null, notice: { intent: 'info', text: t('fillCancelled') } }), []);

  /** 填写得分: first the list of what would be written (after a check, made now if there is none), then the writing. */
  const previewFill = useCallback(async () => {
    const analysis = state.analysis ?? (await analyse());
    if (!analysis) return;
    if (analysis.fills.length === 0) return set({ busy: null, notice: { intent: 'info', text: t('fillNothing') } });
    set({ busy: null, preview: analysis.fills });
  }, [analyse, state.analysis]);
  const confirmPreview = useCallback(() => {
    set({ preview: null });
    void runFill('ask');
  }, [runFill]);
  const cancelPreview = useCallback(() => set({ preview: null, notice: { intent: 'info', text: t('fillCancelled') } }), []);

  const clear = useCallback(async () => {
    set({ busy: { phase: 'clearing', cancellable: false }, notice: null, leftMarks: 0 });
    await yieldToPane();
    const cleared = await host.clearHighlights();
    if (!cleared.ok) return fail(cleared);
    set({ busy: null, notice: restoreNotice('clear', cleared.value) });
  }, [host]);

  const undo = useCallback(async () => {
    set({ busy: { phase: 'undoing', cancellable: false }, notice: null });
    await yieldToPane();
    const undone = await host.undoFill();
    if (!undone.ok) return fail(undone);
    set({ written: [] });
    const notice = restoreNotice('undo', undone.value);
    if (undone.value.restored === 0 || !state.analysis) return set({ busy: null, notice });
    const again = await analyse();
    if (again) await highlight(again, notice);
  }, [host, analyse, state.analysis]);

  const select = useCallback(
    async (finding: Finding) => {
      // A figure of the report (its text, or a table inside it) has no cell: the workbook cell it disagrees with is
      // selected, when there is one.
      const inWorkbook = (ref: Finding['at']) => state.sheets.has(ref.sheet);
      const target = !finding.text && inWorkbook(finding.at) ? finding.at : finding.related.find(inWorkbook);
      if (!target) {
        const text = finding.text ? t('textNoCell', { paragraph: finding.text.paragraph }) : t('documentTableNoCell', { sheet: finding.at.sheet });
        set({ notice: { intent: 'info', text } });
        return;
      }
      const selected = await host.select(target.sheet, toA1(target.row, target.col));
      if (!selected.ok) fail(selected);
    },
    [host, state.sheets],
  );

  /** A related cell of a finding (`相关单元格`), on whatever sheet of the workbook it is. */
  const selectCell = useCallback(
    async (ref: CellRef) => {
      const selected = await host.select(ref.sheet, toA1(ref.row, ref.col));
      if (!selected.ok) fail(selected);
    },
    [host],
  );

  const updateSettings = useCallback(
    async (settings: StoredSettings) => {
      settingsRef.current = settings;
      set({ settings });
      const saved = await host.saveSettings(settings);
      set({ notice: saved.ok ? { intent: 'success', text: t('settingsSaved') } : { intent: 'error', text: problemMessage(saved.problem) } });
    },
    [host],
  );

  /** 导出核对结果: the findings into a sheet of their own (replacing the one exported before), and its undo. */
  const exportFindings = useCallback(async () => {
    const analysis = state.analysis;
    if (!analysis) return;
    const label = PRESET_CHOICES.find((choice) => choice.name === settingsRef.current.preset)?.label ?? settingsRef.current.preset;
    const written = await host.exportFindings(exportTable(analysis, state.formats, new Date(), label));
    if (!written.ok) return fail(written);
    set({ exported: written.value.sheet, notice: { intent: 'success', text: t('exportDone', { rows: written.value.rows, sheet: written.value.sheet }) } });
  }, [host, state.analysis, state.formats]);
  const removeExport = useCallback(async () => {
    const removed = await host.removeExport();
    if (!removed.ok) return fail(removed);
    const sheet = removed.value.removed;
    set({ exported: null, notice: { intent: 'info', text: sheet ? t('exportRemoved', { sheet }) : t('exportNothing') } });
  }, [host]);

  const dismiss = useCallback(() => set({ notice: null }), []);

  return {
    state,
    check,
    checkReport,
    checkReportFile,
    cancel,
    fill: () => void previewFill(),
    confirmPreview,
    cancelPreview,
    confirmFill: runFill,
    cancelFill,
    clear,
    undo,
    select,
    selectCell,
    updateSettings,
    dismiss,
    exportFindings,
    removeExport,
  };
}

/** The note (批注) a marked cell gets: each of its findings with what the cell states and what it should be. */
function noteText(findings: Finding[]): string {
  return findings
    .map((f) => {
      const values = f.expected !== null ? t('noteValues', { stated: f.stated ?? t('empty'), expected: f.expected }) : '';
      return t('noteLine', {
        severity: t(f.severity === 'error' ? 'severityError' : f.severity === 'warning' ? 'severityWarning' : 'severityInfo'),
        message: f.message,
        values,
      });
    })
    .join('\n');
}

/** The number formats of the cells findings are about: one pass over the sheets that have findings. */
function findingFormats(grid: WorkbookGrid, findings: Finding[]): Map<string, string> {
  const wanted = new Set(findings.filter((f) => !f.text).map((f) => cellKey(f.at)));
  const sheets = new Set(findings.map((f) => f.at.sheet));
  const formats = new Map<string, string>();
  for (const sheet of grid.sheets) {
    if (!sheets.has(sheet.name)) continue;
    for (const cell of sheet.cells) {
      if (!cell.numberFormat) continue;
      const key = cellKey({ sheet: sheet.name, row: cell.row, col: cell.col });
      if (wanted.has(key)) formats.set(key, cell.numberFormat);
    }
  }
  return formats;
}

export const PHASE_TEXT: Record<Phase, StringKey> = {
  reading: 'phaseReading',
  analysing: 'phaseAnalysing',
  highlighting: 'phaseHighlighting',
  filling: 'phaseFilling',
  clearing: 'phaseClearing',
  undoing: 'phaseUndoing',
};
