import Anser from 'anser';
import { memo, type CSSProperties } from 'react';

function styleOf(entry: Anser.AnserJsonEntry): CSSProperties | undefined {
  const style: CSSProperties = {};
  if (entry.fg) style.color = `rgb(${entry.fg})`;
  if (entry.bg) style.backgroundColor = `rgb(${entry.bg})`;
  if (entry.decorations.includes('bold')) style.fontWeight = 700;
  if (entry.decorations.includes('italic')) style.fontStyle = 'italic';
  if (entry.decorations.includes('dim')) style.opacity = 0.7;
  if (entry.decorations.includes('underline')) style.textDecoration = 'underline';
  return Object.keys(style).length > 0 ? style : undefined;
}

/** One log line with its ANSI colours as styled spans; plain lines render as plain text. */
export const AnsiText = memo(function AnsiText({ text }: { text: string }) {
  if (!text.includes('\u001b')) return <>{text}</>;
  const entries = Anser.ansiToJson(text, { json: true, remove_empty: true, use_classes: false });
  return (
    <>
      {entries.map((entry, i) => (
        <span key={i} style={styleOf(entry)}>
          {entry.content}
        </span>
      ))}
    </>
  );
});
