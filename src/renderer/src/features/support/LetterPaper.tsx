import { Fragment } from 'react';
import type { MergedLetter } from '../../../../shared/support/letters/merge';

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((l, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {l}
        </Fragment>
      ))}
    </>
  );
}

/**
 * A merged letter drawn as React text on a paper-like card. Every line is plain text (React
 * escapes it), so nothing in a template or a person's details can become markup: the preview is
 * built from the merged structure, never from HTML.
 */
export function LetterPaper({ letter, label }: { letter: MergedLetter; label?: string }) {
  const [first, ...rest] = letter.letterhead;
  return (
    <article className="wm-letter" aria-label={label ?? `${letter.title} preview`}>
      {first !== undefined && (
        <div className="wm-letterhead">
          <div className="wm-letterhead-first">{first}</div>
          {rest.length > 0 && (
            <div>
              <Lines lines={rest} />
            </div>
          )}
        </div>
      )}
      {letter.body.map((b, i) => (
        <p key={i}>
          <Lines lines={b} />
        </p>
      ))}
      {letter.signOff.length > 0 && (
        <p className="wm-sign-off">
          <Lines lines={letter.signOff} />
        </p>
      )}
    </article>
  );
}
