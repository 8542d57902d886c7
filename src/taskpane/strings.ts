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
  | 'tableReportText'
  | 'pastedReportName'
  | 'textNoCell'
  | 'reportTextLabel'
  | 'reportTextHint'
  | 'checkReport'
  | 'chooseReportFile'
  | 'documentTableNoCell'
  | 'chooseReportFileHint'
  | 'reportFileOld'
  | 'reportFileDamaged'
  | 'reportFileNotWord'
  | 'reportFileNotText'
  | 'reportFileTooLarge'
  | 'reportTextHeading'
  | 'paragraphLabel'
  | 'textSelectHint'
  | 'statedInText'
  | 'tableSelfEvaluation'
  | 'fillDone'
  | 'fillNothing'
  | 'fillSkippedFormulas'
  | 'fillSkippedOccupied'
  | 'fillSkippedProtected'
  | 'marksCapped'
  | 'marksDone'
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
  | 'problemHiddenSheet'
  | 'problemVeryHiddenSheet'
  | 'problemCancelled'
  | 'problemTooManyCells'
  | 'privacyNote'
  | 'difference'
  | 'noteLine'
  | 'noteValues'
  | 'marksNoNotes'
  | 'exportSheetName'
  | 'exportWhen'
  | 'exportPolicy'
  | 'exportCounts'
  | 'exportSheet'
  | 'exportCell'
  | 'exportSeverity'
  | 'exportProblem'
  | 'exportCause'
  | 'exportStated'
  | 'exportAction'
  | 'exportDone'
  | 'exportUndo'
  | 'exportRemoved'
  | 'exportNothing'
  | 'fillPreviewTitle'
  | 'fillPreviewBody'
  | 'fillPreviewConflict'
  | 'fillPreviewConfirm'
  | 'writtenTitle'
  | 'legendFilled'
  | 'leftMarks'
  | 'recheck'
  | 'legendTitle'
  | 'legendError'
  | 'legendWarning'
  | 'legendInfo'
  | 'findingsTitle'
  | 'relatedCells'
  | 'sheetIndex'
  | 'sheetIndexItem'
  | 'foldSheet'
  | 'help'
  | 'versionLabel'
  | 'moreCells'
  | 'dismiss'
  | 'analysisFailed'
  | 'phaseAnalysingSheets'
  | 'cancel'
  | 'introWhat'
  | 'introHow'
  | 'introTables'
  | 'noTablesTitle'
  | 'noTablesBody'
  | 'noTablesKinds'
  | 'clickToSelect'
  | 'sheetHidden'
  | 'sheetVeryHidden'
  | 'sheetProtected'
  | 'hiddenNoSelect'
  | 'showMore'
  | 'hostErrorAccessDenied'
  | 'hostErrorNotFound'
  | 'hostErrorTooLarge'
  | 'hostErrorApiNotFound'
  | 'hostErrorBusy'
  | 'hostErrorGeneral'

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
  phaseReading: '正在读取工作簿…',
  phaseReadingCells: '正在读取工作簿：{done} / {total} 个单元格',
  phaseAnalysing: '正在核对计算…',
  phaseHighlighting: '正在表中标出有问题的单元格…',
  phaseFilling: '正在填写得分…',
  phaseClearing: '正在清除标记…',
  phaseUndoing: '正在撤销填写…',
  summaryTitle: '核对结果',
  summaryTables: '识别的表格',
  summaryErrors: '错误',
  summaryWarnings: '警告',
  summaryFills: '待填写单元格',
  summaryReview: '需人工评定的指标',
  checkDone: '核对完成：{errors} 个错误，{warnings} 个警告。',
  checkDoneClean: '核对完成：未发现计算错误。',
  noTables: '没有找到可核对的报表表格，详见下方说明。',
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
  tableReportText: '报告正文',
  pastedReportName: '粘贴的报告正文',
  textNoCell: '此问题在报告正文第 {paragraph} 段，表中没有与之对应的单元格。',
  reportTextLabel: '报告正文（可从 Word 复制粘贴）',
  reportTextHint: '粘贴绩效评价报告的正文，将其中的数字与本工作簿的表格一并核对；文字只在本窗格中处理，不会上传。',
  checkReport: '核对报告正文',
  chooseReportFile: '选择报告文件（.docx 或 .txt）并核对',
  documentTableNoCell: '此问题在报告文件的表格「{sheet}」中，工作簿里没有与之对应的单元格。',
  chooseReportFileHint: '文件只在本窗格中读取，不会上传。',
  reportFileOld: '“{name}”是旧版 Word 文档（.doc）或设有打开密码，无法读取。请在 Word 或 WPS 中另存为 .docx（不设密码）后再选择。',
  reportFileDamaged: '“{name}”已损坏或不是 Word 文档（.docx），无法读取。',
  reportFileNotWord: '“{name}”不是 Word 文档：其中没有正文。',
  reportFileNotText: '“{name}”不是纯文本文件，也不是 Word 文档（.docx），无法作为报告正文读取。',
  reportFileTooLarge: '“{name}”解压后过大，不像报告正文，未读取。',
  reportTextHeading: '报告正文「{name}」',
  paragraphLabel: '第 {paragraph} 段',
  textSelectHint: '按 Enter 或空格选中表中与之对应的单元格',
  statedInText: '文中',
  tableSelfEvaluation: '绩效自评表',
  fillDone: '已填写 {count} 个单元格。可用“撤销填写”恢复原样。',
  fillNothing: '没有需要填写的单元格。',
  fillSkippedFormulas: '{count} 个单元格含公式，未填写：{cells}',
  fillSkippedOccupied: '{count} 个已有内容的单元格保持不变：{cells}',
  fillSkippedProtected: '{count} 个单元格在受保护的工作表中不允许修改，未填写：{cells}',
  marksDone: '已在表中为 {count} 个单元格标色。',
  marksCapped: '另有 {count} 个有问题的单元格未标色（标色数量已达上限，已优先标出错误），请在下方列表中查看。',
  marksProtected: '工作表{sheets}受保护，其中的问题只在下方列出，未在表中标色。',
  marksGradient: '{count} 个单元格使用渐变底色，标色后无法还原，因此未标色：{cells}',
  restoreProtected: '工作表{sheets}受保护，其中的单元格暂未恢复；撤销工作表保护后再点一次即可。',
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
  goneSheets: '工作表{sheets}已删除，其中的记录已忽略。',
  problemNoCheck: '请先点击“一键核对”。',
  problemMissingSheets: '工作表{sheets}已不存在（核对后被删除或改名）。工作簿未改动，请重新核对。',
  problemProtectedSheets: '工作表{sheets}受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护），工作簿未改动。',
  problemChangedCells: '核对后以下单元格已被修改：{cells}。工作簿未改动，请重新核对。',
  problemCellEditMode: '表格正处于单元格编辑状态。请按 Enter 或 Esc 退出编辑后重试，工作簿未改动。',
  problemHiddenSheet: '工作表“{sheet}”已隐藏，无法选中其中的单元格。如需查看，请右键单击工作表标签，选择“取消隐藏”。',
  problemVeryHiddenSheet: '工作表“{sheet}”被设为“深度隐藏”，无法在表格中直接显示，因此不能选中其中的单元格。',
  problemCancelled: '已取消，工作簿未改动。',
  problemTooManyCells: '要记录的单元格过多（{count} 个），无法保存撤销所需的记录。工作簿未改动，请分批处理。',
  privacyNote: '全部计算在本机完成，数据不会离开工作簿。',
  difference: '相差 {gap}',
  noteLine: 'FundCheck {severity}：{message}{values}',
  noteValues: '（表中 {stated}，应为 {expected}）',
  marksNoNotes: '这个版本的 Excel 不能写入批注（需要较新的 Microsoft 365），问题只以颜色标出，原因请看下方列表。',
  exportSheetName: '核对结果',
  exportWhen: '核对时间：{when}',
  exportPolicy: '评分规则：{policy}',
  exportCounts: '识别表格 {tables} 个；错误 {errors} 处，警告 {warnings} 处，连带问题 {infos} 处。',
  exportSheet: '工作表',
  exportCell: '单元格',
  exportSeverity: '严重程度',
  exportProblem: '问题',
  exportCause: '原因 / 由…引起',
  exportStated: '表中数',
  exportAction: '导出核对结果',
  exportDone: '已把 {rows} 条核对结果写入工作表「{sheet}」（点击“单元格”列可跳到该单元格）。其他工作表未改动。',
  exportUndo: '删除导出的工作表',
  exportRemoved: '已删除工作表「{sheet}」。',
  exportNothing: '没有可删除的导出工作表。',
  fillPreviewTitle: '将填写 {count} 个单元格',
  fillPreviewBody: '以下单元格将填入算出的数值（按表格列出）。已有其他数值的单元格标有“现为”，写入前还会再问一次；含公式的单元格不会被改写。',
  fillPreviewConflict: '（现为 {current}）',
  fillPreviewConfirm: '填写',
  writtenTitle: '已填写的 {count} 个单元格（表中浅绿色标出，点击可选中）',
  legendFilled: '已填写',
  leftMarks: '上次核对留下 {count} 处标记。',
  recheck: '重新核对',
  legendTitle: '表中颜色',
  legendError: '错误',
  legendWarning: '警告',
  legendInfo: '连带问题',
  findingsTitle: '问题列表',
  relatedCells: '相关单元格',
  sheetIndex: '按工作表跳转',
  sheetIndexItem: '{sheet}（{count}）',
  foldSheet: '折叠或展开工作表「{sheet}」的问题',
  help: '帮助',
  versionLabel: '版本 {version}',
  moreCells: '等 {count} 个',
  dismiss: '关闭',
  analysisFailed: '核对时出错，工作簿未改动（{message}）。请把这段文字发给技术支持。',
  phaseAnalysingSheets: '正在核对 {sheets} 张工作表中的表格…',
  cancel: '取消',
  introWhat: '核对社会保险基金绩效评价报告中各表格的计算：合计、增减、增长率、执行率、结余和自评得分。',
  introHow: '点击“一键核对”开始。有问题的单元格会在表中标色，并按工作表列在下方；“填写得分”可把算出的执行率、得分填入空白单元格，“撤销填写”“清除标记”可随时恢复原样。',
  introTables: '能识别的表格：基金收支（余）情况表、收支分析表、决算收支明细表、项目支出绩效自评表。',
  noTablesTitle: '没有找到报表表格',
  noTablesBody: '工作簿中没有识别出可核对的表格，因此无法判断计算是否正确（这不等于没有问题）。',
  noTablesKinds: '能识别的表格是：基金收支（余）情况表或收支分析表（各险种的收入、支出、结余，含上年数、本年数、增减额、增长率）；决算收支明细表（合计与其中项）；项目支出绩效自评表（年度指标值、实际完成值、分值、得分）。请确认表头文字完整、表格没有被拆成图片。',
  clickToSelect: '点击可选中单元格',
  sheetHidden: '（隐藏的工作表）',
  sheetVeryHidden: '（深度隐藏的工作表）',
  sheetProtected: '（受保护，未标色）',
  hiddenNoSelect: '此工作表已隐藏，无法选中单元格',
  showMore: '再显示 {count} 个（共 {total} 个）',
  hostErrorAccessDenied: '表格程序拒绝了这次修改，可能是工作表或工作簿受保护，或文件为只读。',
  hostErrorNotFound: '要修改的工作表或单元格已不存在，请重新核对。',
  hostErrorTooLarge: '一次要读写的数据超出了表格程序的限制。',
  hostErrorApiNotFound: '这个版本的 Excel 不支持本加载项用到的功能。请使用 Microsoft 365、Office 2021 或更高版本，或 Excel 网页版。',
  hostErrorBusy: '表格程序正忙，暂时无法完成操作，请稍后再试。',
  hostErrorGeneral: '表格程序未能完成操作（错误代码 {code}）。请重试；如仍出错，请把错误代码告诉技术支持。',
};

export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A list of cells or sheets for a message: the first few, then "等 N 个". */
/** Sheet names as a sentence names them: each in 「」, so a name with spaces or dashes stays one name. */
export function sheetsOf(names: string[], shown = 5): string {
  return listOf(names.map((name) => `「${name}」`), shown);
}

export function listOf(items: string[], shown = 5): string {
  const head = items.slice(0, shown).join('、');
  return items.length > shown ? `${head} ${t('moreCells', { count: items.length })}` : head;
}
