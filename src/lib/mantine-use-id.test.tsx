import { render } from '@testing-library/react';
import { useId } from './mantine-use-id';

function Field({ id, renders }: { id?: string; renders: string[] }) {
  const fieldId = useId(id);
  renders.push(fieldId);
  return <input id={fieldId} aria-label="Field" />;
}

describe("Mantine's ids, from React", () => {
  it('gives each component an id of its own from its first render, which needs no second one', () => {
    const renders: string[] = [];
    render(
      <>
        <Field renders={renders} />
        <Field renders={renders} />
      </>,
    );
    expect(renders).toHaveLength(2);
    expect(new Set(renders).size).toBe(2);
    for (const id of renders) expect(document.getElementById(id)).toBeInstanceOf(HTMLInputElement);
  });

  it('keeps the id a component is given', () => {
    const renders: string[] = [];
    render(<Field id="order-search" renders={renders} />);
    expect(renders).toEqual(['order-search']);
  });
});
