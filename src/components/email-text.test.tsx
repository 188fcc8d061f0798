import { render } from '@testing-library/react';
import { EmailText } from './email-text';

describe('an e-mail address shown in a narrow column', () => {
  it('reads and copies as the address, with a place to wrap after its "@" and each dot only', () => {
    const { container } = render(
      <p>
        <EmailText email="thomas.dupont70@skynet.example" />
      </p>,
    );
    const shown = container.querySelector('p')!;
    expect(shown.textContent).toBe('thomas.dupont70@skynet.example');
    expect([...shown.childNodes].map((node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join('')).toBe('thomas.|dupont70@|skynet.|example');
  });
});
