/**
 * Every word the pane shows, in one typed zh-CN dictionary: the key union is declared apart from the texts, so a
 * missing text fails to compile. Placeholders are {name}, filled by `t()`.
 */
export type StringKey =
  | 'appTitle'
  | 'check'
  | 'fill'
  | 'clear'
  | 'undo'
  | 'settings'
  | 'settingsPreset'
  | 'settingsDecimals'
  | 'settingsSaved'
  | 'presetDefault'
  | 'presetDeviation'
  | 'phaseReading'
  | 'phaseReadingCells'
  | 'phaseAnalysing'
  | 'phaseHighlighting'
  | 'phaseFilling'
  | 'phaseClearing'
  | 'phaseUndoing'
  | 'summaryTitle'
  | 'summaryTables'
  | 'summaryErrors'
  | 'summaryWarnings'
  | 'summaryFills'
  | 'summaryReview'
  | 'checkDone'
  | 'checkDoneClean'
  | 'noTables'
  | 'filterLabel'
  | 'severityError'
  | 'severityWarning'
  | 'severityInfo'
  | 'findingsNone'
  | 'findingsFilteredOut'
  | 'otherCells'
  | 'stated'
  | 'expected'
  | 'empty'
  | 'consequences'
  | 'consequencesHide'
  | 'causedBy'
  | 'selectHint'
  | 'tableFundBalance'
  | 'tableFundBalanceTransposed'
  | 'tableLineItems'
  | 'tableNumeric'
  | 'tableSelfEvaluation'
  | 'fillDone'
  | 'fillNothing'
  | 'fillSkippedFormulas'
  | 'fillSkippedOccupied'
  | 'fillSkippedProtected'
  | 'marksCapped'
  | 'marksProtected'
  | 'marksGradient'
  | 'restoreProtected'
  | 'restoreEdited'
  | 'confirmTitle'
  | 'confirmBody'
  | 'confirmCell'
  | 'confirmOverwrite'
  | 'confirmBlanksOnly'
  | 'confirmCancel'
  | 'fillCancelled'
  | 'clearDone'
  | 'clearNothing'
  | 'undoDone'
  | 'undoNothing'
  | 'goneSheets'
  | 'problemNoCheck'
  | 'problemMissingSheets'
  | 'problemProtectedSheets'
  | 'problemChangedCells'
  | 'problemCellEditMode'
  | 'problemHost'
  | 'problemHiddenSheet'
  | 'problemVeryHiddenSheet'
  | 'problemCancelled'
  | 'problemTooManyCells'
  | 'privacyNote'
  | 'moreCells'
  | 'dismiss';

const zhCN: Record<StringKey, string> = {
  appTitle: '报表核对',
  check: '一键核对',
  fill: '填写得分',
  clear: '清除标记',
  undo: '撤销填写',
  settings: '评分设置',
  settingsPreset: '评分规则',
  settingsDecimals: '得分小数位数',
  settingsSaved: '评分设置已保存在本工作簿中。',
  presetDefault: '默认（财预〔2020〕10号）',
  presetDeviation: '反向指标按偏离度计分',
  phaseReading: '正在读取工作簿…',
  phaseReadingCells: '正在读取工作簿：{done} / {total} 个单元格',
  phaseAnalysing: '正在核对计算…',
  phaseHighlighting: '正在标记有问题的单元格…',
  phaseFilling: '正在填写得分…',
  phaseClearing: '正在清除标记…',
  phaseUndoing: '正在撤销填写…',
  summaryTitle: '核对结果',
  summaryTables: '识别的表格',
  summaryErrors: '错误',
  summaryWarnings: '警告',
  summaryFills: '待填写单元格',
  summaryReview: '需人工评定的指标',
  checkDone: '核对完成：{errors} 个错误，{warnings} 个警告，已在表中标出。',
  checkDoneClean: '核对完成：未发现计算错误。',
  noTables: '没有识别到收支表或绩效自评表。请确认工作簿中包含报表的表格。',
  filterLabel: '显示',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  findingsNone: '没有发现问题。',
  findingsFilteredOut: '当前筛选下没有问题，可勾选其他类别查看。',
  otherCells: '其他单元格',
  stated: '表中',
  expected: '应为',
  empty: '（空）',
  consequences: '展开 {count} 个连带问题',
  consequencesHide: '收起连带问题',
  causedBy: '由 {cell} 引起',
  selectHint: '按 Enter 或空格在表中选中此单元格',
  tableFundBalance: '收支余情况表',
  tableFundBalanceTransposed: '收支分析表',
  tableLineItems: '决算表',
  tableNumeric: '数值表（由数值关系识别）',
  tableSelfEvaluation: '绩效自评表',
  fillDone: '已填写 {count} 个单元格。可用“撤销填写”恢复原样。',
  fillNothing: '没有需要填写的单元格。',
  fillSkippedFormulas: '{count} 个单元格含公式，未填写：{cells}',
  fillSkippedOccupied: '{count} 个已有内容的单元格保持不变：{cells}',
  fillSkippedProtected: '{count} 个单元格在受保护的工作表中不允许修改，未填写：{cells}',
  marksCapped: '另有 {count} 个有问题的单元格未标色（标色数量已达上限，已优先标出错误），请在下方列表中查看。',
  marksProtected: '工作表 {sheets} 受保护，其中的问题只在下方列出，未在表中标色。',
  marksGradient: '{count} 个单元格使用渐变底色，标色后无法还原，因此未标色：{cells}',
  restoreProtected: '工作表 {sheets} 受保护，其中的单元格暂未恢复；撤销工作表保护后再点一次即可。',
  restoreEdited: '{count} 个单元格在填写后又被修改过，保持现状：{cells}',
  confirmTitle: '覆盖已有内容？',
  confirmBody: '以下单元格已有内容，与计算结果不同：',
  confirmCell: '{cell}：现为 {current}，计算为 {value}',
  confirmOverwrite: '全部覆盖',
  confirmBlanksOnly: '只填空白单元格',
  confirmCancel: '取消',
  fillCancelled: '已取消填写，工作簿未改动。',
  clearDone: '已清除 {count} 个单元格的标记，恢复原有底色。',
  clearNothing: '没有需要清除的标记。',
  undoDone: '已撤销填写，{count} 个单元格恢复原样。',
  undoNothing: '没有可撤销的填写。',
  goneSheets: '工作表 {sheets} 已删除，其中的记录已忽略。',
  problemNoCheck: '请先点击“一键核对”。',
  problemMissingSheets: '工作表 {sheets} 已不存在（核对后被删除或改名）。工作簿未改动，请重新核对。',
  problemProtectedSheets: '工作表 {sheets} 受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护），工作簿未改动。',
  problemChangedCells: '核对后以下单元格已被修改：{cells}。工作簿未改动，请重新核对。',
  problemCellEditMode: 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 退出编辑后重试，工作簿未改动。',
  problemHost: '未能完成对工作簿的操作（{code}）：{message}',
  problemHiddenSheet: '工作表“{sheet}”已隐藏，无法选中其中的单元格。如需查看，请右键单击工作表标签，选择“取消隐藏”。',
  problemVeryHiddenSheet: '工作表“{sheet}”被设为“深度隐藏”，无法在表格中直接显示，因此不能选中其中的单元格。',
  problemCancelled: '已取消，工作簿未改动。',
  problemTooManyCells: '要记录的单元格过多（{count} 个），无法保存撤销所需的记录。工作簿未改动，请分批处理。',
  privacyNote: '全部计算在本机完成，数据不会离开工作簿。',
  moreCells: '等 {count} 个',
  dismiss: '关闭',
};

export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A list of cells or sheets for a message: the first few, then "等 N 个". */
export function listOf(items: string[], shown = 5): string {
  const head = items.slice(0, shown).join('、');
  return items.length > shown ? `${head} ${t('moreCells', { count: items.length })}` : head;
}
