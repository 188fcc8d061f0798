import { Text } from '@mantine/core';
import classes from './typed-text.module.css';

/**
 * Text a person typed (a reason, a note, a name), placed inside a sentence: isolated, so right-to-
 * left marks or overrides in it cannot reorder the words around it. Such text is only ever
 * rendered as text, never passed to `t()` as a key, a default or a template.
 */
export function TypedText({ text }: { text: string }) {
  return <bdi className={classes.typed}>{text}</bdi>;
}

/** A message a person typed, as a paragraph of its own: its line breaks kept, a pasted link wrapped rather than widening the page. */
export function TypedParagraph({ text }: { text: string }) {
  return (
    <Text size="sm" className={classes.paragraph}>
      {text}
    </Text>
  );
}
