import type { Edge, Member } from '../facts/Fact';
import { accountLine, FUND_GROUPS, isAccountWithin, readLabel, type AccountId, type FundGroupId, type Label, type NumberingStyle } from '../vocabulary';
import type { AxisLine } from './readAxes';
import { rememberByText } from '../text/rememberByText';

/**
 * A hierarchy edge between two values of one dimension within a table: the 合计 over the funds it lists, 养老保险
 * over its three funds, 基金收入 over its 其中 lines. The relations catalogue writes the sums and the bounds from
 * these edges for every fact of the table, whatever axis the dimension sits on.
 */
export interface DimensionEdge {
  dim: 'fund' | 'account';
  parent: string;
  child: string;
  kind: 'sum' | 'part';
}

/** One run of equal labels at one depth of an axis: a single line at the innermost depth. */
interface Block {
  label: Label;
  text: string;
  members: number[];
  hasData: boolean;
  parent: Block | null;
  edge: Edge | null;
  covered: boolean;
  /** The fund and account the block stands for, once the outline is read. */
  fund: string;
  account: string;
}

export interface AxisOutline {
  members: Member[];
  edges: DimensionEdge[];
}

/**
 * Read an axis's outline: at each depth of its labels (an outer label column over an inner one), the runs of
 * equal labels are lines of an outline read from the layout words — a 合计 first or last closes its section, 小计
 * and a grouping's name sum the lines they cover, numbering nests (一、 over (一) over 1.), 其中 and the lines that
 * follow it are parts of the line above, an account's parts named without 其中 are parts too, a line without
 * figures heads the lines that name what it does not. `idPrefix` makes the names of lines no list knows unique.
 */
export function readOutline(lines: AxisLine[], idPrefix: string): AxisOutline {
  const members: Member[] = lines.map((line) => ({
    index: line.index,
    path: line.path,
    labelCell: null,
    label: mergedLabel(line.path),
    hasData: line.hasData,
    parent: null,
    edge: null,
    fund: '',
    account: '',
    hidden: false,
  }));
  inheritMeasureHeadings(members);
  const edges: DimensionEdge[] = [];
  const depth = Math.max(0, ...lines.map((l) => l.path.length));
  const byMember: Block[][] = members.map(() => []);
  const walk = (level: number, indexes: number[]) => {
    const blocks = blocksAt(level, indexes, lines, members);
    outline(blocks);
    resolve(blocks, `${idPrefix}:${level}`);
    for (const block of blocks) for (const i of block.members) byMember[i].push(block);
    for (const block of blocks) {
      const edge = dimensionEdge(block);
      if (edge) edges.push(edge);
    }
    if (level + 1 < depth) for (const block of blocks) walk(level + 1, block.members);
  };
  if (members.length) walk(0, members.map((_, i) => i));
  // A line's fund and account: the innermost block that says one, else what its parent line stands for.
  const innermost = byMember.map((blocks) => blocks[blocks.length - 1]);
  const memberOf = new Map(innermost.map((block, i) => [block, i]));
  members.forEach((member, i) => {
    const blocks = byMember[i];
    for (let b = blocks.length - 1; b >= 0; b--) {
      if (!member.fund && blocks[b].fund) member.fund = blocks[b].fund;
      if (!member.account && blocks[b].account) member.account = blocks[b].account;
    }
    const block = innermost[i];
    if (block?.parent) {
      member.parent = memberOf.get(block.parent) ?? null;
      member.edge = member.parent === null ? null : block.edge;
    }
  });
  // A line that names only a measure (`增幅%` under `本年收入`, `上年收入`) is of the account of the lines before it.
  members.forEach((member, i) => {
    const label = member.label;
    const measureOnly = member.hasData && !member.account && !member.fund && !label.total && !label.group && !label.bareBalance && (label.derivation || label.period || label.scenario || label.year !== undefined);
    const before = members[i - 1];
    if (measureOnly && before && before.account && !before.label.fund && !before.label.total) member.account = before.account;
  });
  inheritItemHeadings(members);
  // `结余` alone beside 收入 and 支出 of the same heading (2020年: 收入, 支出, 结余) is their year's 收支结余.
  members.forEach((member) => {
    if (!member.label.bareBalance || member.account) return;
    const outer = member.path.slice(0, -1).join('\u0001');
    const beside = members.filter((m) => m !== member && m.path.slice(0, -1).join('\u0001') === outer).map((m) => m.account);
    if (beside.includes('income') && beside.includes('expenditure')) member.account = 'netBalance';
  });
  // Inherit down the outline what a line does not say itself (a 其中 line's fund, a heading's account).
  const inherit = (i: number, seen: Set<number>): void => {
    const member = members[i];
    if (member.parent === null || seen.has(i)) return;
    seen.add(i);
    inherit(member.parent, seen);
    const parent = members[member.parent];
    if (!member.fund) member.fund = parent.fund;
    if (!member.account) member.account = parent.account;
  };
  members.forEach((_, i) => inherit(i, new Set()));
  return { members, edges: dedupe(edges) };
}

const MEASURE_KEYS = ['scenario', 'budgetKind', 'period', 'year', 'derivation', 'percent'] as const;

/**
 * A line without figures that names only a measure (`预算数`, `完成数`, `完成预算` above the lines they head, in
 * the same label column) is their heading: the lines under it take its measure, up to the next such heading.
 */
function inheritMeasureHeadings(members: Member[]): void {
  let heading: Label | null = null;
  for (const member of members) {
    const label = member.label;
    const names = !!(label.fund || label.group || label.total || label.wholeFund || label.account || label.subtotal);
    const measure = MEASURE_KEYS.some((key) => label[key] !== undefined);
    if (!member.hasData && measure && !names) {
      heading = label;
      continue;
    }
    if (!heading || MEASURE_KEYS.some((key) => label[key] !== undefined && key !== 'percent')) continue;
    const inherited: Label = { ...label };
    for (const key of MEASURE_KEYS) if (inherited[key] === undefined && heading[key] !== undefined) Object.assign(inherited, { [key]: heading[key] });
    member.label = { ...inherited, known: true };
  }
}

/**
 * A line without figures that names a fund or an account (`一、企业职工基本养老保险`, `合计` over the 完成数 and
 * 上年完成数 lines under it) heads the lines after it: they are of its fund (or account) while they name none of
 * their own, up to the next such heading or a line that names one.
 */
function inheritItemHeadings(members: Member[]): void {
  for (const dim of ['fund', 'account'] as const) {
    let heading = '';
    for (const member of members) {
      // (A 其中 line left empty is a part without figures, no heading: 其中：省级统筹 under a fund.)
      if (!member.hasData && member[dim] && !member.label.ofWhich) {
        heading = member[dim];
        continue;
      }
      if (member[dim]) heading = '';
      else if (heading) member[dim] = heading;
    }
  }
}

/**
 * The labels of a path as one: inner words win over outer ones, layout words are the innermost label's. Made once
 * per distinct path (a province's sheets share their headers); the label is shared and never changed.
 */
function mergedLabel(path: string[]): Label {
  return path.length === 1 ? readLabel(path[0]) : mergedLabelOfKey(path.join(PATH_SEPARATOR));
}

const PATH_SEPARATOR = '\u0001';
const mergedLabelOfKey = rememberByText((key) => mergePath(key.split(PATH_SEPARATOR)));

function mergePath(path: string[]): Label {
  const labels = path.map(readLabel);
  const merged: Label = { word: labels[labels.length - 1]?.word ?? '', known: labels.some((l) => l.known) };
  for (const label of labels) {
    for (const [key, value] of Object.entries(label)) {
      if (value === undefined || key === 'word' || key === 'known') continue;
      if (LAYOUT_KEYS.has(key) && label !== labels[labels.length - 1]) continue;
      Object.assign(merged, { [key]: value });
    }
  }
  return merged;
}

/** What kind of line a line is comes from its innermost label: an outer 合计 or 养老保险 heads it, it is none. */
const LAYOUT_KEYS = new Set(['ofWhich', 'numbering', 'subtotal', 'title', 'total', 'wholeFund', 'group', 'includes']);

function blocksAt(level: number, indexes: number[], lines: AxisLine[], members: Member[]): Block[] {
  const blocks: Block[] = [];
  for (const i of indexes) {
    const text = lines[i].path[level] ?? '';
    const last = blocks[blocks.length - 1];
    const innermost = level === lines[i].path.length - 1 || lines[i].path.length <= level;
    if (last && last.text === text && text !== '' && !innermost) {
      last.members.push(i);
      last.hasData ||= members[i].hasData;
      continue;
    }
    const label = level === lines[i].path.length - 1 ? mergedLabel(lines[i].path) : readLabel(text);
    blocks.push({ label, text, members: [i], hasData: members[i].hasData, parent: null, edge: null, covered: false, fund: '', account: '' });
  }
  return blocks;
}

type Kinds = { fund: boolean; account: boolean };

function kinds(label: Label): Kinds {
  return { fund: !!(label.fund || label.group || label.total), account: !!label.account };
}

/** The two lines say different kinds of thing (one an account, the other a fund): one heads the other. */
function complements(heading: Label, line: Label): boolean {
  const h = kinds(heading);
  const l = kinds(line);
  return (h.fund || h.account) && (l.fund || l.account) && !(h.fund && l.fund) && !(h.account && l.account);
}

function namesOnlyMeasure(label: Label): boolean {
  const k = kinds(label);
  return !k.fund && !k.account && !label.subtotal && (label.scenario !== undefined || label.period !== undefined || label.year !== undefined || label.derivation !== undefined);
}

function setParent(block: Block, parent: Block, edge: Edge): void {
  if (block === parent || block.parent) return;
  block.parent = parent;
  block.edge = edge;
}

function outline(blocks: Block[]): void {
  markIncludedFunds(blocks);
  // `社会保险基金本年收支结余` among fund lines is their 合计; above 支出 and 结余 it only says whose they are.
  const namesFunds = blocks.filter((b) => b.label.fund || b.label.group).length > 0;
  // Without figures it heads them (社会保险基金收入 over the funds' 收入 lines).
  for (const block of blocks) if (block.label.wholeFund && namesFunds && block.hasData && !block.label.total) block.label = { ...block.label, total: true };
  let section: { total: Block | null; tops: Block[] } = { total: null, tops: [] };
  let numbered: { style: NumberingStyle; block: Block }[] = [];
  let lastLine: Block | null = null;
  let partParent: Block | null = null;
  let lastPart: Block | null = null;
  let heading: Block | null = null;
  let groupFirst: Block | null = null;
  const closeSection = () => {
    // A bare 小计 closing lines that no summing line covers is their 合计 (小计 typed for 合计): it sums them all.
    const last = section.tops[section.tops.length - 1];
    if (!section.total && last?.label.subtotal && !last.label.group && section.tops.some((t) => t !== last && !t.covered && !t.label.subtotal && !t.label.group)) {
      last.label = { ...last.label, total: true };
      section.total = last;
    }
    if (section.total) for (const top of section.tops) if (top !== section.total && !top.parent && !top.covered) setParent(top, section.total, 'sum');
    section = { total: null, tops: [] };
    numbered = [];
    heading = null;
  };
  for (const block of blocks) {
    const label = block.label;
    if (block.parent) {
      // Already placed: a fund its neighbour's (含生育) includes, a part whose own 其中 lines may follow.
      lastLine = lastLine ?? block;
      partParent = block.parent;
      lastPart = block;
      continue;
    }
    if (label.ofWhich && lastLine) {
      // 其中 right under a part that it lies within is that part's (其中：保险费收入 under 其中：生育保险基金收入).
      const parent: Block = partParent && lastPart && nestsUnder(label, lastPart.label) ? lastPart : lastLine;
      setParent(block, parent, 'part');
      partParent = parent;
      lastPart = block;
      continue;
    }
    if (partParent && continuesParts(label, partParent.label)) {
      setParent(block, partParent, 'part');
      lastPart = block;
      continue;
    }
    partParent = null;
    lastPart = null;
    // A bare 小计 that nothing precedes opens its lines as a 合计 does (the 小计 of fund lines under it).
    const opensAsTotal = label.subtotal && !label.group && !label.total && section.total === null && sinceLastSubtotal(section.tops.filter((t) => !t.covered)).length === 0;
    if ((label.total && !label.subtotal) || opensAsTotal) {
      if (opensAsTotal) block.label = { ...label, total: true };
      if (section.total === null && section.tops.length > 0) {
        section.total = block;
        closeSection();
      } else {
        closeSection();
        section.total = block;
      }
      lastLine = block;
      groupFirst = null;
      // A 合计 without figures heads the lines of its measures under it (合计 over 完成数, 上年完成数).
      heading = block.hasData ? null : block;
      continue;
    }
    if ((label.subtotal || label.group) && !label.numbering) {
      const open = section.tops.filter((t) => !t.covered);
      const group = label.group ? FUND_GROUPS.find((g) => g.id === label.group) : undefined;
      const children = group ? open.filter((t) => t.label.fund && group.funds.includes(t.label.fund)) : sinceLastSubtotal(open);
      for (const child of children) {
        setParent(child, block, 'sum');
        child.covered = true;
      }
      groupFirst = group && children.length === 0 ? block : null;
      section.tops.push(block);
      lastLine = block;
      heading = null;
      continue;
    }
    // A fund of the grouping whose 小计 came first (养老保险小计 over 一、企业职工…, 二、机关事业…) is its line.
    const inGroupFirst = !!groupFirst?.label.group && !!label.fund && FUND_GROUPS.find((g) => g.id === groupFirst!.label.group)!.funds.includes(label.fund);
    if (label.numbering) {
      const level = numbered.findIndex((entry) => entry.style === label.numbering);
      if (level >= 0) numbered.length = level;
      const parent = numbered[numbered.length - 1]?.block;
      if (parent) setParent(block, parent, 'sum');
      else if (inGroupFirst) setParent(block, groupFirst!, 'sum');
      else section.tops.push(block);
      numbered.push({ style: label.numbering, block });
      lastLine = block;
      heading = block;
      continue;
    }
    if (inGroupFirst) {
      setParent(block, groupFirst!, 'sum');
      lastLine = block;
      continue;
    }
    groupFirst = null;
    // 预算数, 完成数 alone above the lines they head: a heading of measures (inheritMeasureHeadings), no line here.
    if (!block.hasData && namesOnlyMeasure(label)) {
      heading = null;
      continue;
    }
    if (lastLine && accountNests(label, lastLine.label)) {
      setParent(block, lastLine, 'part');
      partParent = lastLine;
      continue;
    }
    // Lines that name what their heading does not (funds under 一、基金收入), or only a measure under a heading
    // without figures (完成数, 上年完成数 under 一、企业职工基本养老保险), are the heading's.
    // (A heading without figures over funds only names their account: they stay lines of the section, summed by
    // its 合计, and take the account from it (inheritItemHeadings).)
    if (heading && ((heading.hasData && complements(heading.label, label)) || (!heading.hasData && namesOnlyMeasure(label)))) {
      setParent(block, heading, heading.hasData ? 'sum' : 'inherit');
      lastLine = block;
      continue;
    }
    section.tops.push(block);
    lastLine = block;
    heading = block;
  }
  closeSection();
}

/**
 * A bare 小计 covers the lines listed since the previous 小计; where the lines right above it are the funds of one
 * grouping (企业职工, 机关事业 under 工伤, 失业), only those: a 小计 after pension funds is the 养老保险's.
 */
function sinceLastSubtotal(open: Block[]): Block[] {
  let start = 0;
  open.forEach((block, i) => {
    if (block.label.subtotal || block.label.group) start = i + 1;
  });
  const since = open.slice(start);
  const last = since[since.length - 1]?.label.fund;
  const group = last ? FUND_GROUPS.find((g) => g.funds.includes(last)) : undefined;
  if (!group) return since;
  let from = since.length;
  while (from > 0 && since[from - 1].label.fund && group.funds.includes(since[from - 1].label.fund!)) from--;
  return since.length - from >= 2 ? since.slice(from) : since;
}

/**
 * After `其中：`, an unnumbered line is one more part while it names no line of another kind: a fund only where
 * its line includes it (`含生育`), an account only where the domain's lists put it under its line's (基金支出
 * after 基金收入's 其中 lines is the next line, not a part).
 */
function continuesParts(label: Label, parent: Label): boolean {
  if (label.numbering || label.total || label.subtotal || label.group) return false;
  if (label.fund) return !!parent.includes?.includes(label.fund);
  if (label.account && parent.account) return label.account !== parent.account && isAccountWithin(label.account as AccountId, parent.account as AccountId);
  return true;
}

/**
 * A 其中 line nests in the part above it where its account lies within the part's: 其中：基本养老金 under 其中：社会
 * 保险待遇支出, 其中：保险费收入 under 其中：生育保险基金收入.
 */
function nestsUnder(label: Label, part: Label): boolean {
  if (label.numbering || label.total || label.subtotal || label.group || label.fund) return false;
  if (!label.account || !part.account || label.account === part.account) return false;
  return isAccountWithin(label.account as AccountId, part.account as AccountId);
}

/** `利息收入` listed under `基金收入` without 其中: a part the domain's lists name. */
function accountNests(label: Label, above: Label): boolean {
  if (!label.account || !above.account || label.account === above.account || label.numbering) return false;
  if (label.fund && label.fund !== above.fund) return false;
  return isAccountWithin(label.account as AccountId, above.account as AccountId);
}

/** A 生育保险 line beside 职工医疗保险（含生育）is counted there already: a part of it, not an addend. */
function markIncludedFunds(blocks: Block[]): void {
  blocks.forEach((block, at) => {
    const fund = block.label.fund;
    if (!fund) return;
    const includes = (b: Block) => b !== block && !!b.label.includes?.includes(fund);
    // The nearest line above that includes it (收入's 职工医疗 for 收入's 生育, 支出's for 支出's), else below.
    const above = blocks.slice(0, at).reverse().find(includes);
    const including = above ?? blocks.slice(at + 1).find(includes);
    if (including) setParent(block, including, 'part');
  });
}

/**
 * What each block stands for: its own fund and account, and for a line that sums others, the total of what they
 * differ in — `total` (or the grouping) over funds; over account lines, the account the domain's lists put them
 * under, else a name of its own. A 合计 that sums nothing says all funds.
 */
function resolve(blocks: Block[], idPrefix: string): void {
  // A label no list knows names a line of its own where its neighbours are lines (funds, accounts), not measures.
  const amongLines = blocks.some((b) => kinds(b.label).fund || kinds(b.label).account);
  for (const block of blocks) {
    block.fund = block.label.fund ?? block.label.group ?? '';
    block.account = block.label.account ?? '';
    const unknown = !block.label.known && block.label.word && !block.label.subtotal;
    if (unknown && (amongLines || block.parent)) block.account = `line:${block.label.word}`;
  }
  // Children before their parents: a 合计 written above its lines (and a 小计 among them) needs theirs first.
  const depth = (b: Block) => {
    let d = 0;
    for (let p = b.parent; p && d <= blocks.length; p = p.parent) d++;
    return d;
  };
  const deepestFirst = blocks.map((block, at) => ({ block, at, depth: depth(block) })).sort((a, b) => b.depth - a.depth || a.at - b.at);
  deepestFirst.forEach(({ block, at }) => {
    // A heading without figures among the lines (社会保险基金收入 over the funds) says nothing of what they differ in.
    const children = blocks.filter((b) => b.parent === block && b.edge === 'sum');
    const funds = new Set(children.filter((c) => c.hasData || c.fund).map((c) => c.fund));
    const accounts = new Set(children.filter((c) => c.hasData || c.account).map((c) => c.account));
    if (children.length === 0) {
      if (!block.fund && !block.account && block.label.total) block.fund = 'total';
      return;
    }
    const totalLabel = block.label.total || block.label.wholeFund;
    const fundsVary = funds.size > 1 || (funds.size === 1 && !funds.has('') && !funds.has(block.fund) && totalLabel);
    if (!block.fund && fundsVary && !funds.has('')) block.fund = subtotalFund(block, [...funds], idPrefix, at);
    if (!block.account && !accounts.has('')) {
      // Lines of one account summed over funds: the 合计 is of that account; over several accounts, of their parent.
      if (accounts.size === 1 && fundsVary) block.account = [...accounts][0];
      else if (accounts.size > 1 || (accounts.size === 1 && !fundsVary)) block.account = commonParent([...accounts]) ?? `total:${idPrefix}:${at}`;
    }
  });
}

/** The account the domain's lists put all these lines under (保险费收入, 利息收入 → 基金收入), if one. */
function commonParent(accounts: string[]): string | null {
  const parents = new Set(accounts.map((a) => (a.startsWith('line:') || a.startsWith('total:') ? null : accountLine(a as AccountId)?.parent ?? null)));
  return parents.size === 1 ? [...parents][0] : null;
}

function subtotalFund(block: Block, funds: string[], idPrefix: string, at: number): string {
  if (block.label.total || block.label.wholeFund) return 'total';
  const group = FUND_GROUPS.find((g) => funds.every((f) => (g.funds as readonly string[]).includes(f)));
  return group ? (group.id as FundGroupId) : `subtotal:${idPrefix}:${at}`;
}

/** The dimension a block differs from its parent in, when exactly one. */
function dimensionEdge(block: Block): DimensionEdge | null {
  const parent = block.parent;
  if (!parent || (block.edge !== 'sum' && block.edge !== 'part')) return null;
  const fundDiffers = !!block.fund && !!parent.fund && block.fund !== parent.fund;
  const accountDiffers = !!block.account && !!parent.account && block.account !== parent.account;
  if (fundDiffers && !accountDiffers && (!block.account || block.account === parent.account || !parent.account)) {
    return { dim: 'fund', parent: parent.fund, child: block.fund, kind: block.edge };
  }
  if (accountDiffers && !fundDiffers) return { dim: 'account', parent: parent.account, child: block.account, kind: block.edge };
  // A part naming only its account under a line of a fund (其中：保险费收入 under 企业…基金收入).
  if (!block.fund && block.account && parent.account && block.account !== parent.account) {
    return { dim: 'account', parent: parent.account, child: block.account, kind: block.edge };
  }
  if (!block.account && block.fund && parent.fund && block.fund !== parent.fund) {
    return { dim: 'fund', parent: parent.fund, child: block.fund, kind: block.edge };
  }
  return null;
}

function dedupe(edges: DimensionEdge[]): DimensionEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.dim}|${e.parent}|${e.child}|${e.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
