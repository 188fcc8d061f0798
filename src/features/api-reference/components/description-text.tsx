import { Code } from '@mantine/core';
import { inlineCodeParts } from '../lib/inline-code';

/** A description of the OpenAPI document, its code spans shown as code. */
export function DescriptionText({ text }: { text: string }) {
  return inlineCodeParts(text).map((part, index) => (part.code ? <Code key={index}>{part.text}</Code> : part.text));
}
