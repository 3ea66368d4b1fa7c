import { Box, Button, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LogRow } from './log-row.js';

export const LOG_LINE_HEIGHT = 20;
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
  /** A line number was clicked (the page puts it in its address). */
  onLineLink?: (line: number) => void;
}

/** Fits the panel in the window under the job details, within sensible bounds. */
const VIEWPORT_HEIGHT = 'clamp(300px, calc(100vh - 520px), 720px)';

/**
 * Virtualised, monospace log lines. Follows the tail while the user is at the bottom; scrolling up
 * pauses following and offers "Jump to latest".
 */
export function LogViewer({
  lines,
  revision,
  height = 400,
  firstLine = 1,
  targetLine = null,
  onLineLink,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(targetLine === null);
  const shownTarget = useRef<number | null>(null);
  const count = lines.length;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; re-renders on every append
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LOG_LINE_HEIGHT,
    overscan: 30,
    initialRect: { width: 800, height },
  });

  const scrollToEnd = useCallback(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, []);

  useEffect(() => {
    if (following && count > 0) scrollToEnd();
  }, [following, count, revision, scrollToEnd]);

  // Scroll to the target line once it has arrived (the log may still be streaming in).
  const targetIndex = targetLine === null ? -1 : targetLine - firstLine;
  useEffect(() => {
    if (targetLine === null || shownTarget.current === targetLine) return;
    if (targetIndex < 0 || targetIndex >= count) return;
    shownTarget.current = targetLine;
    setFollowing(false);
    virtualizer.scrollToIndex(targetIndex, { align: 'center' });
    scrollRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [targetLine, targetIndex, count, virtualizer]);

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
      <div
        ref={scrollRef}
        onScroll={onScroll}
        data-testid="log-scroll"
        tabIndex={0}
        aria-label="Log output"
        role="log"
        style={{
          height: VIEWPORT_HEIGHT,
          overflow: 'auto',
          background: '#14161a',
          color: '#e6e6e6',
          borderRadius: 6,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 12.5,
        }}
      >
        {count === 0 ? (
          <Text c="gray.5" size="sm" p="sm" ff="monospace">
            Waiting for log lines…
          </Text>
        ) : (
          <div
            style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%' }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <LogRow
                key={item.key}
                index={item.index + 1}
                number={firstLine + item.index}
                current={firstLine + item.index === targetLine}
                text={lines[item.index] ?? ''}
                onNumberClick={onLineLink}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  minWidth: '100%',
                  transform: `translateY(${item.start}px)`,
                  height: LOG_LINE_HEIGHT,
                  lineHeight: `${LOG_LINE_HEIGHT}px`,
                }}
              />
            ))}
          </div>
        )}
      </div>
      {!following && count > 0 && (
        <Button size="xs" pos="absolute" bottom={12} right={24} onClick={jumpToLatest} radius="xl">
          Jump to latest
        </Button>
      )}
    </Box>
  );
}
