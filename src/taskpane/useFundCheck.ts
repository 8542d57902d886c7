import { useCallback, useEffect, useRef, useState } from 'react';
import { analyseWorkbook, toA1, type Analysis, type Finding } from '../core';
import type { FillMode, OccupiedCell, Outcome, RestoreResult, StoredSettings, WorkbookHost } from '../hosts/WorkbookHost';
import { DEFAULT_SETTINGS, policyFromSettings } from './policyFromSettings';
import { problemMessage } from './problemMessage';
import { listOf, t, type StringKey } from './strings';

export type Phase = 'reading' | 'analysing' | 'highlighting' | 'filling' | 'clearing' | 'undoing';

export interface Busy {
  phase: Phase;
  done?: number;
  total?: number;
}

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

export interface FundCheckState {
  busy: Busy | null;
  analysis: Analysis | null;
  notice: Notice | null;
  /** Non-empty cells a fill would replace, while the pane asks what to do. */
  confirm: OccupiedCell[] | null;
  settings: StoredSettings;
}

/** Let the browser paint (the progress bar) and handle input before the next long step. */
const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The pane's workflow over the host: 一键核对 reads, analyses and highlights; 填写得分 fills after a check and asks
 * before replacing anything; 清除标记 and 撤销填写 restore from what the workbook stored. Every outcome ends as a
 * notice in Chinese; nothing throws into the components.
 */
export function useFundCheck(host: WorkbookHost) {
  const [state, setState] = useState<FundCheckState>({ busy: null, analysis: null, notice: null, confirm: null, settings: DEFAULT_SETTINGS });
  const settingsRef = useRef(state.settings);
  const set = (patch: Partial<FundCheckState>) => setState((s) => ({ ...s, ...patch }));
  const fail = (outcome: Extract<Outcome<unknown>, { ok: false }>) => set({ busy: null, notice: { intent: 'error', text: problemMessage(outcome.problem) } });

  useEffect(() => {
    void host.loadSettings().then((loaded) => {
      if (loaded.ok && loaded.value) {
        settingsRef.current = loaded.value;
        set({ settings: loaded.value });
      }
    });
  }, [host]);

  /** Read and analyse; returns the analysis, or null after showing why not. */
  const analyse = useCallback(async (): Promise<Analysis | null> => {
    set({ busy: { phase: 'reading' }, notice: null });
    await nextMacrotask();
    const read = await host.read((done, total) => set({ busy: { phase: 'reading', done, total } }));
    if (!read.ok) {
      fail(read);
      return null;
    }
    set({ busy: { phase: 'analysing' } });
    await nextMacrotask();
    const analysis = analyseWorkbook(read.value, { policy: policyFromSettings(settingsRef.current) });
    set({ analysis });
    return analysis;
  }, [host]);

  const highlight = async (analysis: Analysis, done: Notice | null): Promise<boolean> => {
    set({ busy: { phase: 'highlighting' } });
    await nextMacrotask();
    const marked = await host.highlight(analysis.findings);
    if (!marked.ok) {
      fail(marked);
      return false;
    }
    const { unmarked, protectedSheets, gradientCells } = marked.value;
    const lines = done ? [done.text] : [];
    if (unmarked > 0) lines.push(t('marksCapped', { count: unmarked }));
    if (protectedSheets.length > 0) lines.push(t('marksProtected', { sheets: listOf(protectedSheets) }));
    if (gradientCells.length > 0) lines.push(t('marksGradient', { count: gradientCells.length, cells: listOf(gradientCells) }));
    set({ busy: null, notice: done ? { ...done, text: lines.join(' ') } : null });
    return true;
  };

  const check = useCallback(async () => {
    const analysis = await analyse();
    if (analysis) await highlight(analysis, checkNotice(analysis));
  }, [analyse]);

  const runFill = useCallback(
    async (mode: FillMode) => {
      set({ confirm: null });
      const analysis = state.analysis ?? (await analyse());
      if (!analysis) return;
      if (analysis.fills.length === 0) {
        set({ busy: null, notice: { intent: 'info', text: t('fillNothing') } });
        return;
      }
      set({ busy: { phase: 'filling' } });
      await nextMacrotask();
      const filled = await host.fill(analysis.fills, mode, analysis.tables);
      if (!filled.ok) return fail(filled);
      if (filled.value.kind === 'needsConfirmation') {
        set({ busy: null, confirm: filled.value.occupied });
        return;
      }
      const { written, skippedFormulas, skippedOccupied, skippedProtected } = filled.value;
      const lines = [t('fillDone', { count: written.length })];
      if (skippedFormulas.length > 0) lines.push(t('fillSkippedFormulas', { count: skippedFormulas.length, cells: listOf(skippedFormulas) }));
      if (skippedOccupied.length > 0) lines.push(t('fillSkippedOccupied', { count: skippedOccupied.length, cells: listOf(skippedOccupied) }));
      if (skippedProtected.length > 0) lines.push(t('fillSkippedProtected', { count: skippedProtected.length, cells: listOf(skippedProtected) }));
      // The filled cells change what the check finds: check again so list and marks match the workbook.
      const again = await analyse();
      if (again) await highlight(again, { intent: skippedFormulas.length + skippedProtected.length > 0 ? 'warning' : 'success', text: lines.join(' ') });
    },
    [host, analyse, state.analysis],
  );

  const cancelFill = useCallback(() => set({ confirm: null, notice: { intent: 'info', text: t('fillCancelled') } }), []);

  const clear = useCallback(async () => {
    set({ busy: { phase: 'clearing' }, notice: null });
    await nextMacrotask();
    const cleared = await host.clearHighlights();
    if (!cleared.ok) return fail(cleared);
    const { restored } = cleared.value;
    set({ busy: null, notice: { intent: restored > 0 ? 'success' : 'info', text: restoreText(restored > 0 ? t('clearDone', { count: restored }) : t('clearNothing'), cleared.value) } });
  }, [host]);

  const undo = useCallback(async () => {
    set({ busy: { phase: 'undoing' }, notice: null });
    await nextMacrotask();
    const undone = await host.undoFill();
    if (!undone.ok) return fail(undone);
    const { restored } = undone.value;
    const text = restoreText(restored > 0 ? t('undoDone', { count: restored }) : t('undoNothing'), undone.value);
    if (restored === 0 || !state.analysis) return set({ busy: null, notice: { intent: 'info', text } });
    const again = await analyse();
    if (again) await highlight(again, { intent: 'success', text });
  }, [host, analyse, state.analysis]);

  const select = useCallback(
    async (finding: Finding) => {
      const selected = await host.select(finding.at.sheet, toA1(finding.at.row, finding.at.col));
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

  const dismiss = useCallback(() => set({ notice: null }), []);

  return { state, check, fill: () => runFill('ask'), confirmFill: runFill, cancelFill, clear, undo, select, updateSettings, dismiss };
}

function checkNotice(analysis: Analysis): Notice {
  if (analysis.tables.length === 0) return { intent: 'warning', text: t('noTables') };
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) return { intent: 'success', text: t('checkDoneClean') };
  return { intent: errors > 0 ? 'warning' : 'info', text: t('checkDone', { errors, warnings }) };
}

/** What 清除标记 or 撤销填写 did, and what it left and why. */
function restoreText(text: string, result: RestoreResult): string {
  const lines = [text];
  if (result.goneSheets.length > 0) lines.push(t('goneSheets', { sheets: listOf(result.goneSheets) }));
  if (result.protectedSheets.length > 0) lines.push(t('restoreProtected', { sheets: listOf(result.protectedSheets) }));
  if (result.editedCells.length > 0) lines.push(t('restoreEdited', { count: result.editedCells.length, cells: listOf(result.editedCells) }));
  return lines.join(' ');
}

export const PHASE_TEXT: Record<Phase, StringKey> = {
  reading: 'phaseReading',
  analysing: 'phaseAnalysing',
  highlighting: 'phaseHighlighting',
  filling: 'phaseFilling',
  clearing: 'phaseClearing',
  undoing: 'phaseUndoing',
};
