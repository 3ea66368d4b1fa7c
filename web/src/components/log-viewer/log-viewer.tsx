import { Box, Button, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { levelOf, type LevelFilter } from './log-levels.js';
import { copyLine, copyUnnumbered } from './copy-line.js';
import { drawing, logBoxStyle } from './log-box.js';
import { LOG_LINE_HEIGHT, LogRow, rowStyle } from './log-row.js';
import { MissingRow } from './missing-row.js';
import type { SearchOptions } from './log-search.js';
import { LogToolbar } from './log-toolbar.js';
import { OlderLinesStatus } from './older-lines-status.js';
import { OlderLinesSearch } from './older-lines-search.js';
import type { OlderSearchQuery } from '../../lib/log-search-stream.js';
import { useLogRows } from './use-log-rows.js';
import { useOlderLines, type OlderLinesSource } from './use-older-lines.js';
import { useUniformRows } from './use-uniform-rows.js';
import { useWrapAnchor } from './use-wrap-anchor.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** How close to the bottom (px) still counts as "at the end". */
const BOTTOM_SLACK = LOG_LINE_HEIGHT * 1.5;

interface Props {
  lines: readonly string[];
  /** Bumps on every append (the `lines` array is appended in place). */
  revision: number;
  /** Estimated viewport height (px) before the element is measured. */
  height?: number;
  /** The number in the whole log of `lines[0]` (1 + lines dropped before it). */
  firstLine?: number;
  /** A line (number in the whole log) to scroll to and mark, e.g. from `?line=N`. */
  targetLine?: number | null;
  /** A line number was clicked (the page puts it in its address); none: numbers are not links. */
  onLineLink?: (line: number) => void;
  /** The server-side search of this log (for lines older than `firstLine`); none: not offered. */
  olderSearchUrl?: (q: OlderSearchQuery) => string;
  /**
   * Where the lines before `firstLine` are read by number: given, the list spans the whole log
   * (line 1 at the top), pages of it read as they come into view and dropped when far from it.
   */
  olderLines?: OlderLinesSource;
  /** The lines' numbers are not known yet (a stream's preview): none are shown or linked. */
  unnumbered?: boolean;
}

/**
 * Virtualised, monospace log lines, numbered (a number is a link to its line), errors and
 * warnings marked; a search over the lines in memory with next/previous, a level filter and
 * wrapping. Follows the tail while the user is at the bottom; scrolling up (or a jump to a line
 * or a match) pauses following and offers "Jump to latest".
 */
export function LogViewer({
  lines,
  revision,
  height = 400,
  firstLine = 1,
  targetLine = null,
  onLineLink,
  olderSearchUrl,
  olderLines,
  unnumbered = false,
}: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(targetLine === null);
  const shownTarget = useRef<number | null>(null);
  const [search, setSearch] = useState<SearchOptions>({
    text: '',
    regex: false,
    caseSensitive: false,
  });
  const [filter, setFilter] = useState<LevelFilter>('all');
  const [wrap, setWrap] = useState(false);
  const [current, setCurrent] = useState(-1);
  const view = useLogRows(lines, revision, filter, search);
  const lineAt = (row: number) => (view.rows ? (view.rows[row] ?? 0) : row);
  // rows before the lines held: the older lines, read by page (only unfiltered)
  const lead = olderLines && view.rows === null ? firstLine - 1 : 0;
  const count = (view.rows ? view.rows.length : lines.length) + lead;
  // Unwrapped, every row is one line high: which are in view is arithmetic (use-uniform-rows.ts),
  // whatever the count (a 1M-line log spans a million rows). Wrapped, rows are measured.
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; re-renders on every append
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LOG_LINE_HEIGHT,
    overscan: 30,
    initialRect: { width: 800, height },
    enabled: wrap,
  });
  // drawn on the server while following: its last rows, shown at the bottom of the box (which
  // cannot be scrolled there before the console's code runs)
  const drawnAtEnd = drawing && following && !wrap;
  const uniform = useUniformRows({
    count,
    rowHeight: LOG_LINE_HEIGHT,
    overscan: 30,
    scrollRef,
    initialHeight: height,
    enabled: !wrap,
    // a drawn page shows what the view will: the end of the log while following it
    drawnAtEnd: drawnAtEnd,
  });
  const totalSize = wrap ? virtualizer.getTotalSize() : uniform.totalSize;

  const scrollToEnd = useCallback(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  useEffect(() => {
    if (following && count > 0) scrollToEnd();
  }, [following, count, revision, scrollToEnd]);

  useEffect(() => {
    virtualizer.measure();
  }, [wrap, virtualizer]);

  const keepViewOnWrap = useWrapAnchor({
    wrap,
    following,
    rowHeight: LOG_LINE_HEIGHT,
    scrollRef,
    wrappedTop: () => virtualizer.range?.startIndex ?? 0,
    scrollWrappedTo: (row) => virtualizer.scrollToIndex(row, { align: 'start' }),
    scrollToEnd,
  });
  const onWrap = (next: boolean) => {
    keepViewOnWrap();
    setWrap(next);
  };

  const scrollToRow = uniform.scrollToIndex;
  const showRow = useCallback(
    (row: number) => {
      setFollowing(false);
      if (wrap) virtualizer.scrollToIndex(row, { align: 'center' });
      else scrollToRow(row);
    },
    [wrap, virtualizer, scrollToRow],
  );

  // Scroll to the target line once it has arrived (the log may still be streaming in).
  const targetIndex = targetLine === null ? -1 : targetLine - firstLine;
  const targetRow =
    targetLine !== null && targetLine <= lead
      ? targetLine - 1
      : view.rows
        ? view.rows.indexOf(targetIndex)
        : targetIndex + lead;
  useEffect(() => {
    if (targetLine === null || shownTarget.current === targetLine) return;
    if (targetRow < 0 || targetRow >= count) return;
    shownTarget.current = targetLine;
    showRow(targetRow);
    scrollRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [targetLine, targetRow, count, showRow]);

  const onSearch = (s: SearchOptions) => {
    setSearch(s);
    setCurrent(-1);
  };
  const step = (delta: 1 | -1) => {
    const n = view.matches.length;
    if (n === 0) return;
    const next = current < 0 ? (delta > 0 ? 0 : n - 1) : (current + delta + n) % n;
    setCurrent(next);
    showRow((view.matches[next] ?? 0) + lead);
  };
  const currentRow = current >= 0 ? (view.matches[current] ?? 0) + lead : undefined;
  const matchSet = view.search ? new Set(view.matches) : null;

  const items = wrap ? virtualizer.getVirtualItems() : uniform.items;
  const olderFirst = (items[0]?.index ?? lead) + 1;
  const olderLast = Math.min(lead, (items.at(-1)?.index ?? -1) + 1);
  const older = useOlderLines(
    lead > 0 && olderFirst <= olderLast ? olderLines : undefined,
    olderFirst,
    olderLast,
  );

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK;
    setFollowing(atBottom);
  };

  const jumpToLatest = () => {
    setFollowing(true);
    scrollToEnd();
  };

  return (
    <Box pos="relative">
      <LogToolbar
        search={search}
        onSearch={onSearch}
        matches={view.matches.length}
        current={current}
        searchError={view.searchError}
        onStep={step}
        filter={filter}
        onFilter={(f) => {
          setFilter(f);
          setCurrent(-1);
        }}
        wrap={wrap}
        onWrap={onWrap}
      />
      <OlderLinesSearch
        search={search}
        firstLine={firstLine}
        {...(olderSearchUrl ? { url: olderSearchUrl } : {})}
        {...(olderLines && onLineLink ? { onPick: onLineLink } : {})}
      />
      {lead > 0 && <OlderLinesStatus count={lead} loading={older.loading} />}
      <div
        ref={scrollRef}
        onScroll={onScroll}
        data-testid="log-scroll"
        tabIndex={0}
        aria-label={t('Log output')}
        translate="no"
        role="log"
        style={logBoxStyle(firstLine + lines.length - 1, drawnAtEnd)}
      >
        {count === 0 ? (
          <Text c="gray.5" size="sm" p="sm" ff="monospace">
            {lines.length === 0 ? t('Waiting for log lines…') : t('No line matches the filter.')}
          </Text>
        ) : (
          <div style={{ height: totalSize, position: 'relative', minWidth: '100%', flexShrink: 0 }}>
            {items.map((item) => {
              const style = rowStyle(item.start, wrap);
              const isOlder = item.index < lead;
              const number = isOlder ? item.index + 1 : firstLine + lineAt(item.index - lead);
              const text = isOlder ? older.line(number) : (lines[number - firstLine] ?? '');
              if (typeof text !== 'string')
                return (
                  <MissingRow
                    key={item.key}
                    number={number}
                    failed={text?.state === 'failed'}
                    current={number === targetLine}
                    rowIndex={item.index}
                    style={style}
                  />
                );
              return (
                <LogRow
                  key={item.key}
                  ref={wrap ? virtualizer.measureElement : undefined}
                  rowIndex={item.index}
                  index={isOlder ? number : number - firstLine + 1}
                  number={number}
                  numbered={!unnumbered}
                  level={levelOf(text)}
                  current={number === targetLine}
                  search={!isOlder && matchSet?.has(item.index - lead) ? view.search : null}
                  currentMatch={item.index === currentRow}
                  wrap={wrap}
                  text={text}
                  onNumberClick={onLineLink}
                  onCopy={unnumbered ? copyUnnumbered : copyLine}
                  style={style}
                />
              );
            })}
          </div>
        )}
      </div>
      {!following && totalSize > (scrollRef.current?.clientHeight ?? 0) && (
        <Button size="xs" pos="absolute" bottom={12} right={24} onClick={jumpToLatest} radius="xl">
          Jump to latest
        </Button>
      )}
    </Box>
  );
}
